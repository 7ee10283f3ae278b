// Writes the demo's ideas in the caller's transaction: the proposals, their goals, the support of
// the organisations (one vote each, some recorded at a past meeting), the decision history, the
// discussion, the activities accepted ideas became, and the open ideas on an upcoming agenda.
// Every date is checked against the organisations' membership and today: the demo stays true
// to the app's rules whichever day it is loaded.
import { randomUUID } from 'node:crypto';
import type { Tx } from '../server/src/db/client.js';
import {
  activities,
  activityActors,
  activityGoals,
  agendaItems,
  ideaComments,
  ideaDecisions,
  ideaGoals,
  ideas,
  ideaVotes,
} from '../server/src/db/schema/index.js';
import { daysFromToday, isoDate } from './calendar.js';
import type { LoadedInitiative } from './load.js';
import type { DemoIdea, DemoInitiative, DemoUserRole } from './types.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Words of the agenda item that puts an idea before a meeting, per language. */
const AGENDA_TITLE: Record<string, (title: string) => string> = {
  sv: (title) => `Förslag att ta ställning till: ${title}`,
  da: (title) => `Forslag til drøftelse: ${title}`,
  en: (title) => `Proposal to weigh: ${title}`,
};

export async function loadIdeas(tx: Tx, demo: DemoInitiative, loaded: LoadedInitiative, users: Partial<Record<DemoUserRole, string>>) {
  const now = Date.now();
  const midnight = Date.parse(`${daysFromToday(0)}T00:00:00Z`);
  /** A moment `days` before today at a working hour; never later than now. */
  const daysAgo = (days: number, hour = 9) => {
    const at = new Date(midnight - days * DAY_MS + hour * HOUR_MS);
    if (at.getTime() > now) throw new Error(`A demo idea's date lies in the future (${days} days ago)`);
    return at;
  };
  // A demo user is missing when the demo is loaded again beside accounts that already exist: the
  // rows then name nobody, as after a removed account.
  const userOf = (role: DemoUserRole) => users[role] ?? null;
  const actorsByKey = new Map(demo.actors.map((a) => [a.key, a]));
  const activeOn = (key: string, at: Date, what: string) => {
    const actor = actorsByKey.get(key);
    const day = isoDate(at);
    if (!actor) throw new Error(`${what}: unknown actor ${key}`);
    if (actor.joinedOn > day || (actor.leftOn && actor.leftOn < day)) throw new Error(`${what}: ${key} is not a member on ${day}`);
    return loaded.actorId(key);
  };

  const ideaRows: (typeof ideas.$inferInsert)[] = [];
  const goalRows: (typeof ideaGoals.$inferInsert)[] = [];
  const voteRows: (typeof ideaVotes.$inferInsert)[] = [];
  const decisionRows: (typeof ideaDecisions.$inferInsert)[] = [];
  const commentRows: (typeof ideaComments.$inferInsert)[] = [];
  const activityRows: (typeof activities.$inferInsert)[] = [];
  const activityGoalRows: (typeof activityGoals.$inferInsert)[] = [];
  const activityActorRows: (typeof activityActors.$inferInsert)[] = [];
  const agendaRows: (typeof agendaItems.$inferInsert)[] = [];
  const agendaCount = new Map<string, number>();

  for (const idea of demo.ideas) {
    const id = randomUUID();
    const what = `Idea "${idea.title}"`;
    const createdAt = daysAgo(idea.daysAgo);
    const discussedAt = idea.discussedAfter === undefined ? null : daysAgo(idea.daysAgo - idea.discussedAfter, 14);
    const decidedAt = idea.decidedAfter === undefined ? null : daysAgo(idea.daysAgo - idea.decidedAfter, 15);
    checkSteps(idea, what, createdAt, discussedAt, decidedAt);

    ideaRows.push({
      id,
      initiativeId: loaded.initiativeId,
      title: idea.title,
      description: idea.description,
      how: idea.how,
      when: idea.when,
      who: idea.who,
      actorId: activeOn(idea.actor, createdAt, what),
      proposedByUserId: idea.proposedBy ? userOf(idea.proposedBy) : null,
      status: idea.status,
      decisionReason: idea.reason ?? null,
      decidedAt,
      createdAt,
      updatedAt: decidedAt ?? discussedAt ?? createdAt,
    });
    goalRows.push(...idea.goals.map((g) => ({ ideaId: id, goalId: loaded.goalId(g) })));

    // Online votes spread evenly between the proposal and the decision (or today), cast by the demo
    // partner for its organisation and else by the backbone on the organisation's word (the demo has
    // no users of the other organisations); a vote given at a meeting was recorded there by the backbone.
    const until = (decidedAt ?? new Date(now - HOUR_MS)).getTime();
    const atMeeting = new Set(idea.votedAt?.actors ?? []);
    const meeting = idea.votedAt ? loaded.meeting(idea.votedAt.series, idea.votedAt.occurrence) : undefined;
    if (meeting && !(meeting.startsAt > createdAt && meeting.startsAt.getTime() < until)) {
      throw new Error(`${what}: the meeting of its votes is not between its proposal and its decision`);
    }
    const online = idea.supporters.filter((k) => !atMeeting.has(k));
    if (new Set(idea.supporters).size !== idea.supporters.length || idea.supporters.includes(idea.actor)) {
      throw new Error(`${what}: an organisation supports it twice, or supports its own idea`);
    }
    for (const key of atMeeting) if (!idea.supporters.includes(key)) throw new Error(`${what}: ${key} voted at the meeting but is no supporter`);
    online.forEach((key, i) => {
      const at = new Date(createdAt.getTime() + ((i + 1) * (until - createdAt.getTime())) / (online.length + 1));
      const castBy = key === demo.partnerActor && users.partner ? users.partner : userOf('backbone');
      voteRows.push({ ideaId: id, actorId: activeOn(key, at, what), castByUserId: castBy, meetingId: null, createdAt: at });
    });
    for (const key of atMeeting) {
      const at = new Date(meeting!.startsAt.getTime() + 45 * 60_000);
      voteRows.push({ ideaId: id, actorId: activeOn(key, at, what), castByUserId: userOf('backbone'), meetingId: meeting!.id, createdAt: at });
    }

    if (discussedAt) {
      decisionRows.push({ ideaId: id, fromStatus: 'proposed', toStatus: 'under_discussion', reason: null, userId: userOf('backbone'), createdAt: discussedAt });
    }
    if (decidedAt) {
      decisionRows.push({
        ideaId: id,
        fromStatus: discussedAt ? 'under_discussion' : 'proposed',
        toStatus: idea.status,
        reason: idea.reason ?? null,
        userId: userOf('steering'),
        createdAt: decidedAt,
      });
    }
    for (const c of idea.comments ?? []) {
      if (!users[c.by]) continue;
      const at = daysAgo(idea.daysAgo - c.daysAfter, 11 + (commentRows.length % 6));
      commentRows.push({ initiativeId: loaded.initiativeId, ideaId: id, authorId: userOf(c.by), text: c.text, createdAt: at, updatedAt: at });
    }

    if (idea.activity) {
      const activityId = randomUUID();
      activityRows.push({
        id: activityId,
        initiativeId: loaded.initiativeId,
        title: idea.title,
        description: idea.description,
        leadActorId: loaded.actorId(idea.actor),
        how: idea.how,
        when: idea.when,
        who: idea.who,
        startDate: daysFromToday(idea.activity.startInDays),
        endDate: idea.activity.endInDays === undefined ? null : daysFromToday(idea.activity.endInDays),
        status: idea.activity.status,
        priority: loaded.activityCount + activityRows.length + 1,
        ideaId: id,
        createdAt: decidedAt!,
        updatedAt: decidedAt!,
      });
      activityGoalRows.push(...idea.goals.map((g) => ({ activityId, goalId: loaded.goalId(g) })));
      // The organisations that supported it take part.
      activityActorRows.push(...idea.supporters.map((k) => ({ activityId, actorId: loaded.actorId(k) })));
    }

    if (idea.agenda) {
      const target = loaded.meeting(idea.agenda.series, idea.agenda.occurrence);
      if (target.startsAt.getTime() <= now || idea.status === 'accepted' || idea.status === 'declined') {
        throw new Error(`${what}: only an open idea goes on the agenda of an upcoming meeting`);
      }
      const added = agendaCount.get(target.id) ?? 0;
      agendaCount.set(target.id, added + 1);
      const title = (AGENDA_TITLE[demo.locale] ?? AGENDA_TITLE.en)(idea.title);
      agendaRows.push({ meetingId: target.id, position: target.agendaLength + added, title, durationMinutes: 15, ideaId: id });
    }
  }

  await tx.insert(ideas).values(ideaRows);
  if (goalRows.length) await tx.insert(ideaGoals).values(goalRows);
  if (voteRows.length) await tx.insert(ideaVotes).values(voteRows);
  if (decisionRows.length) await tx.insert(ideaDecisions).values(decisionRows);
  if (commentRows.length) await tx.insert(ideaComments).values(commentRows);
  if (activityRows.length) await tx.insert(activities).values(activityRows);
  if (activityGoalRows.length) await tx.insert(activityGoals).values(activityGoalRows);
  if (activityActorRows.length) await tx.insert(activityActors).values(activityActorRows);
  if (agendaRows.length) await tx.insert(agendaItems).values(agendaRows);
}

/** The decision history a status needs: accepted and declined ideas were decided, only they; an accepted one has its activity. */
function checkSteps(idea: DemoIdea, what: string, created: Date, discussed: Date | null, decided: Date | null) {
  const final = idea.status === 'accepted' || idea.status === 'declined';
  if (final !== (decided !== null)) throw new Error(`${what}: a decision date belongs to accepted and declined ideas only`);
  if ((idea.status === 'under_discussion' || idea.status === 'accepted') && !discussed) throw new Error(`${what}: not discussed`);
  if (idea.status === 'proposed' && discussed) throw new Error(`${what}: a proposed idea has not been discussed`);
  if (discussed && discussed <= created) throw new Error(`${what}: discussed before it was proposed`);
  if (decided && discussed && decided <= discussed) throw new Error(`${what}: decided before it was discussed`);
  if (idea.status === 'declined' && !idea.reason?.trim()) throw new Error(`${what}: declined without a reason`);
  if ((idea.status === 'accepted') !== (idea.activity !== undefined)) throw new Error(`${what}: an accepted idea, and only one, becomes an activity`);
  if (idea.activity?.status === 'ongoing' && idea.activity.startInDays > 0) throw new Error(`${what}: an ongoing activity has started`);
  if (idea.activity && decided && daysFromToday(idea.activity.startInDays) < isoDate(decided)) throw new Error(`${what}: the activity starts before the decision`);
  for (const c of idea.comments ?? []) if (c.daysAfter < 0 || c.daysAfter >= idea.daysAgo) throw new Error(`${what}: a comment outside its life`);
}
