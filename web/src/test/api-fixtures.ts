// API payloads for tests, as they travel on the wire (ISO strings for timestamps). Each builder
// checks its result against the shared schema, so a fixture cannot drift from the real API.
import type { z } from 'zod';
import {
  activity,
  actor,
  completenessResponse,
  idea,
  ideaComment,
  ideaDetail,
  indicator,
  initiative,
  meResponse,
  measurement,
  meeting,
  meetingListItem,
  meetingSeries,
  member,
  type Role,
} from '@ci/shared';

export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

const NOW = '2025-05-02T09:30:00.000Z';

function checked<S extends z.ZodType>(schema: S, value: z.input<S>): z.input<S> {
  schema.parse(value);
  return value;
}

export const INITIATIVE_ID = uuid(1);

export function meWire(role: Role, actorIds: string[] = []) {
  return checked(meResponse, {
    user: { id: uuid(900), email: `${role}@example.test`, name: `${role[0]!.toUpperCase()}${role.slice(1)} Person`, locale: 'en', emailPreference: 'digest', mustChangePassword: false },
    memberships: [{ initiativeId: INITIATIVE_ID, initiativeName: 'Northside Together', role, actorIds }],
  });
}

export function initiativeWire(overrides: Partial<z.input<typeof initiative>> = {}) {
  return checked(initiative, {
    id: INITIATIVE_ID,
    name: 'Northside Together',
    area: 'Northside',
    vision: 'Every young person in Northside finds a way through school into work.',
    description: '',
    locale: 'en',
    publicView: false,
    publicThreshold: 5,
    requiresApproval: false,
    lockedThrough: null,
    reportingDeadlineDays: 30,
    autoLock: false,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  });
}

export function actorWire(n: number, name: string, overrides: Partial<z.input<typeof actor>> = {}) {
  return checked(actor, {
    id: uuid(100 + n),
    name,
    sector: 'civil_society',
    role: 'partner',
    description: '',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    website: '',
    joinedOn: null,
    leftOn: null,
    competences: [],
    needs: [],
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  });
}

export function indicatorWire(n: number, code: string, name: string, overrides: Partial<z.input<typeof indicator>> = {}) {
  return checked(indicator, {
    id: uuid(200 + n),
    code,
    name,
    definition: '',
    source: '',
    unit: 'people',
    decimals: 0,
    measureType: 'number',
    direction: 'increase',
    frequency: 'quarter',
    actorAggregation: 'sum',
    timeAggregation: 'sum',
    baselineValue: null,
    baselinePeriod: null,
    targetValue: null,
    targetPeriod: null,
    goalId: null,
    archived: false,
    position: n,
    targets: [],
    expectedActorIds: null,
    reportingFrom: '2024-Q1',
    numeratorCanExceedDenominator: false,
    dimensions: [],
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  });
}

export function measurementWire(n: number, overrides: Partial<z.input<typeof measurement>> & { indicatorId: string; period: string }) {
  return checked(measurement, {
    id: uuid(300 + n),
    actorId: null,
    categoryId: null,
    value: null,
    numerator: null,
    denominator: null,
    note: '',
    status: 'submitted',
    returnReason: null,
    enteredBy: uuid(901),
    enteredByName: 'Kim Jensen',
    enteredAt: NOW,
    updatedAt: NOW,
    version: 1,
    ...overrides,
  });
}

export function memberWire(n: number, overrides: Partial<z.input<typeof member>> = {}) {
  return checked(member, {
    id: uuid(400 + n),
    userId: uuid(500 + n),
    email: `person${n}@example.test`,
    name: `Person ${n}`,
    role: 'partner',
    actorIds: [],
    createdAt: NOW,
    ...overrides,
  });
}

export function completenessWire(value: z.input<typeof completenessResponse>) {
  return checked(completenessResponse, value);
}

/** A paged measurement list answer. */
export function measurementPage(items: unknown[]) {
  return { items, total: items.length, limit: 1000, offset: 0 };
}

export function activityWire(n: number, title: string, overrides: Partial<z.input<typeof activity>> = {}) {
  return checked(activity, {
    id: uuid(700 + n),
    title,
    description: '',
    leadActorId: null,
    participantActorIds: [],
    workingGroupId: null,
    goalIds: [],
    indicatorIds: [],
    how: '',
    when: '',
    who: '',
    startDate: null,
    endDate: null,
    status: 'planned',
    priority: n,
    ideaId: null,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  });
}

export function meetingWire(n: number, title: string, overrides: Partial<z.input<typeof meeting>> = {}) {
  return checked(meeting, {
    id: uuid(800 + n),
    seriesId: null,
    title,
    kind: 'partner_meeting',
    startsAt: '2025-03-11T17:00:00.000Z',
    endsAt: '2025-03-11T19:00:00.000Z',
    place: 'Library',
    status: 'held',
    minutes: '',
    agendaItems: [],
    attendance: [],
    decisions: [],
    actionItems: [],
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  });
}

export function meetingListWire(m: z.input<typeof meeting>) {
  // The list carries counts instead of the records themselves.
  const { minutes, agendaItems, attendance, decisions, actionItems, ...base } = m;
  return checked(meetingListItem, {
    ...base,
    agendaItemCount: agendaItems?.length ?? 0,
    attendanceCount: attendance?.length ?? 0,
    peopleCount: (attendance ?? []).reduce((n, a) => n + a.people, 0),
    decisionCount: decisions?.length ?? 0,
    actionItemCount: actionItems?.length ?? 0,
    openActionItemCount: (actionItems ?? []).filter((a) => !a.done).length,
  });
}

export function seriesWire(n: number, name: string, overrides: Partial<z.input<typeof meetingSeries>> = {}) {
  return checked(meetingSeries, {
    id: uuid(850 + n),
    name,
    kind: 'partner_meeting',
    rrule: 'FREQ=MONTHLY;INTERVAL=3',
    startsAt: '2025-01-14T17:00:00.000Z',
    durationMinutes: 120,
    timezone: 'Europe/Stockholm',
    place: 'Library',
    workingGroupId: null,
    defaultAgenda: [],
    nextOccurrences: ['2025-07-14T16:00:00.000Z'],
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  });
}

export function ideaWire(n: number, title: string, overrides: Partial<z.input<typeof idea>> = {}) {
  const supporters = overrides.supporters ?? [];
  return checked(idea, {
    id: uuid(950 + n),
    title,
    description: '',
    how: '',
    when: '',
    who: '',
    goalIds: [],
    actorId: null,
    actorName: null,
    proposedByUserId: null,
    proposedByName: null,
    status: 'proposed',
    supportCount: supporters.length,
    supporters,
    decisionReason: null,
    decidedAt: null,
    activityId: null,
    commentCount: 0,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  });
}

/** An idea's page: the list fields plus its decisions and the meetings that have it on their agenda. */
export function ideaDetailWire(base: z.input<typeof idea>, overrides: Partial<z.input<typeof ideaDetail>> = {}) {
  return checked(ideaDetail, { ...base, decisions: [], meetings: [], ...overrides });
}

export function ideaCommentWire(n: number, ideaId: string, overrides: Partial<z.input<typeof ideaComment>> = {}) {
  return checked(ideaComment, {
    id: uuid(980 + n),
    ideaId,
    authorId: null,
    authorName: null,
    text: '',
    createdAt: NOW,
    editedAt: null,
    deletedAt: null,
    ...overrides,
  });
}
