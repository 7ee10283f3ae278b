// A demo initiative as plain data. Goals, actors, working groups, indicators and meeting series
// are referred to by local keys; load.ts turns the keys into ids. Dates are ISO `YYYY-MM-DD`
// strings computed relative to today (see calendar.ts), so the demo always reaches the present.
import type {
  ActivityStatus,
  ActorAggregation,
  ActorRole,
  Direction,
  Frequency,
  IdeaStatus,
  Locale,
  MeasureType,
  MeetingKind,
  Sector,
  TimeAggregation,
} from '@ci/shared';

export interface DemoInitiative {
  name: string;
  area: string;
  vision: string;
  description: string;
  locale: Locale;
  publicView: boolean;
  publicThreshold: number;
  requiresApproval: boolean;
  reportingDeadlineDays: number;
  /** Period key through which past periods are locked, or null. */
  lockedThrough: string | null;
  timezone: string;
  /** Seed of the deterministic generator of values, attendance and timestamps. */
  seed: number;
  /** First day of the shared-measurement history; every indicator's baseline period contains it. */
  dataFrom: string;
  goals: DemoGoal[];
  actors: DemoActor[];
  /** Key of the actor the demo partner user speaks for. */
  partnerActor: string;
  workingGroups: DemoWorkingGroup[];
  indicators: DemoIndicator[];
  narratives: DemoNarrative[];
  activities: DemoActivity[];
  meetingSeries: DemoMeetingSeries[];
  meetings: DemoMeeting[];
  /** Proposals of the member organisations, in every state of their way to a decision. */
  ideas: DemoIdea[];
  /** Words in the initiative's language used by generated measurements and minutes. */
  words: DemoWords;
}

export interface DemoWords {
  attendance: string;
  organisations: string;
  people: string;
  decisions: string;
  actionItems: string;
  due: string;
  /** Reasons a steering group gives when it returns a value. */
  returnReasons: string[];
  /** Notes a partner sometimes writes next to a value. */
  measurementNotes: string[];
  /** A short exchange on a returned value: the organisation's answer, then the backbone's reply. */
  returnedThread: [string, string];
}

export interface DemoGoal {
  key: string;
  title: string;
  description: string;
}

export interface DemoActor {
  key: string;
  name: string;
  sector: Sector;
  role: ActorRole;
  description: string;
  /** A role title, never a person's name. */
  contactName: string;
  contactEmail: string;
  website?: string;
  joinedOn: string;
  leftOn?: string;
  competences: string[];
  needs: string[];
}

export interface DemoWorkingGroup {
  key: string;
  name: string;
  purpose: string;
  members: string[];
}

/** How the invented values move relative to the straight line from baseline to target. */
export type DemoTrend = 'on_track' | 'at_risk' | 'off_track';

export interface DemoIndicator {
  key: string;
  goal: string;
  code: string;
  name: string;
  definition: string;
  source: string;
  unit: string;
  decimals: number;
  measureType: MeasureType;
  direction: Direction;
  frequency: Frequency;
  actorAggregation: ActorAggregation;
  timeAggregation: TimeAggregation;
  /** A running total that never falls (with timeAggregation `last`). */
  cumulative?: boolean;
  /** Aggregate value in the baseline period (for a percentage: the percentage). */
  baseline: number;
  /** Aggregate value aimed for at the end of the target year. */
  target: number;
  /** Target year relative to the current year (2 = the year after next). */
  targetYearOffset: number;
  trend: DemoTrend;
  /** Actors that report the indicator; empty with actorAggregation `none` (the backbone reports it). */
  reporters: string[];
  /** For a percentage: the usual denominator of one reporter (e.g. pupils in a school). */
  denominator?: number;
  /** Intermediate targets at the end of a year relative to the current one. */
  yearTargets?: { yearOffset: number; value: number }[];
  disaggregation?: { name: string; categories: { name: string; share: number }[] };
}

export interface DemoNarrative {
  indicator: string;
  /** Periods before the current one in the indicator's frequency (1 = the previous period). */
  periodsAgo: number;
  whatHappened: string;
  why: string;
  nextSteps: string;
}

export interface DemoActivity {
  title: string;
  description: string;
  status: ActivityStatus;
  lead: string;
  participants: string[];
  workingGroup?: string;
  goals: string[];
  indicators: string[];
  how: string;
  when: string;
  who: string;
  startDate?: string;
  endDate?: string;
}

export interface DemoMeetingSeries {
  key: string;
  name: string;
  kind: MeetingKind;
  /** RFC 5545 rule without DTSTART. */
  rrule: string;
  /** The series starts at its first occurrence on or after this date. */
  from: string;
  /** Local time of day, `HH:MM`. */
  time: string;
  durationMinutes: number;
  place: string;
  workingGroup?: string;
  /** Who is invited: every actor, the steering group (and backbone), or the working group's members. */
  audience: 'all' | 'steering_group' | 'working_group';
  defaultAgenda: string[];
}

export interface DemoAgendaItem {
  title: string;
  notes?: string;
  durationMinutes?: number;
  indicator?: string;
}

export interface DemoMeeting {
  series: string;
  /** Occurrence of the series relative to today: 0 = the next one, -1 = the latest past one. */
  occurrence: number;
  title: string;
  cancelled?: boolean;
  agenda: DemoAgendaItem[];
  /** Share of the invited actors that came (past meetings). */
  turnout?: number;
  /** A few sentences of minutes before the generated agenda, decisions and action items. */
  summary?: string;
  decisions?: string[];
  actionItems?: { title: string; owner: string; dueInDays: number; done: boolean }[];
}

/** A demo user by role; the partner exists in the first initiative only. */
export type DemoUserRole = 'admin' | 'backbone' | 'steering' | 'partner';

/** A meeting of the demo by its series and occurrence (0 = the next one, -1 = the latest past one). */
export interface DemoMeetingRef {
  series: string;
  occurrence: number;
}

/**
 * An idea. Its dates are days before today: created `daysAgo`, taken up for discussion and decided
 * (accepted or declined) `discussedAfter` and `decidedAfter` days after it was created.
 */
export interface DemoIdea {
  title: string;
  description: string;
  how: string;
  when: string;
  who: string;
  goals: string[];
  /** The proposing organisation. */
  actor: string;
  /** The demo user who wrote it down, where one speaks for the organisation. */
  proposedBy?: DemoUserRole;
  daysAgo: number;
  status: IdeaStatus;
  discussedAfter?: number;
  decidedAfter?: number;
  /** Why it was declined (required then), or the decision's words. */
  reason?: string;
  /** Supporting organisations, in the order they voted (spread between creation and decision). */
  supporters: string[];
  /** Supporters whose votes the backbone recorded at a past meeting. */
  votedAt?: DemoMeetingRef & { actors: string[] };
  /** The activity an accepted idea became; starts `startInDays` from today. */
  activity?: { status: 'planned' | 'ongoing'; startInDays: number; endInDays?: number };
  /** An upcoming meeting that has the idea on its agenda. */
  agenda?: DemoMeetingRef;
  comments?: { by: DemoUserRole; daysAfter: number; text: string }[];
}
