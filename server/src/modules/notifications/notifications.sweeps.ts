// Sweeps the scheduler runs every hour: values missing near their due date, and action items
// past theirs. Each notification has a dedupe key, so running a sweep again (or on several
// servers at once) never notifies twice.
import { and, eq, gte, inArray, isNotNull, lt, ne } from 'drizzle-orm';
import { isoDay, MISSING_WARNING_DAYS, periodStart, type Frequency } from '@ci/shared';
import type { Db, DbOrTx } from '../../db/client.js';
import { actionItems, actors, initiatives, measurements, meetings } from '../../db/schema/index.js';
import { countedKey, expectedReporters } from '../reporting/reporting.expected.js';
import { countedSets, currentReporting } from '../reporting/reporting.repository.js';
import { duePeriods } from '../todo/todo.plan.js';
import { notify, usersOfActors, type NewNotification } from './notifications.repository.js';
import { entryLink } from './notifications.producers.js';

/** An action item overdue for longer than this is old news, not worth a notification. */
const OVERDUE_DAYS = 14;

function shiftDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

interface MissingGroup {
  actorId: string;
  period: string;
  dueDate: string;
  late: boolean;
  indicators: { id: string; code: string; name: string }[];
}

/** Cells with a value delivered (submitted, approved, or sent back and so already notified): nothing to warn about. */
async function deliveredCells(db: DbOrTx, initiativeId: string, fromDate: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ indicatorId: measurements.indicatorId, actorId: measurements.actorId, period: measurements.period })
    .from(measurements)
    .where(and(eq(measurements.initiativeId, initiativeId), gte(measurements.periodStart, fromDate), ne(measurements.status, 'draft')));
  return new Set(rows.map((r) => `${r.indicatorId}|${countedKey(r.period, r.actorId)}`));
}

/** Per organisation and period: the indicators it is expected to report, due within a week (or just overdue), that have no value. */
export async function missingNearDue(db: DbOrTx, initiativeId: string, now: Date): Promise<MissingGroup[]> {
  const today = isoDay(now);
  const { reportingDays, indicators, contexts } = await currentReporting(db, initiativeId);
  const near = (dueDate: string) => dueDate <= shiftDays(today, MISSING_WARNING_DAYS) && dueDate >= shiftDays(today, -MISSING_WARNING_DAYS);
  const wanted = indicators.map((i) => ({ indicator: i, periods: duePeriods(i.frequency as Frequency, today, reportingDays).filter((d) => near(d.dueDate)) }));
  const starts = wanted.flatMap((w) => w.periods.map((p) => periodStart(p.period)));
  if (starts.length === 0) return [];
  const fromDate = starts.reduce((a, b) => (a < b ? a : b));
  const counted = await countedSets(db, initiativeId, indicators.map((i) => i.id), { fromDate, toDate: today });
  const delivered = await deliveredCells(db, initiativeId, fromDate);
  const backbone = (await db.select({ id: actors.id }).from(actors).where(and(eq(actors.initiativeId, initiativeId), eq(actors.role, 'backbone')))).map((a) => a.id);

  const groups = new Map<string, MissingGroup>();
  for (const { indicator, periods } of wanted) {
    const ctx = contexts.get(indicator.id)!;
    for (const due of periods) {
      for (const reporter of expectedReporters(ctx, due.period)) {
        const key = countedKey(due.period, reporter);
        if (counted.get(indicator.id)?.has(key) || delivered.has(`${indicator.id}|${key}`)) continue;
        // The whole area's figure is the backbone organisation's to report.
        for (const actorId of reporter === null ? backbone : [reporter]) {
          const groupKey = `${actorId}|${due.period}`;
          const group = groups.get(groupKey) ?? { actorId, period: due.period, dueDate: due.dueDate, late: due.dueDate < today, indicators: [] };
          group.indicators.push({ id: indicator.id, code: indicator.code, name: indicator.name });
          groups.set(groupKey, group);
        }
      }
    }
  }
  return [...groups.values()];
}

export async function sweepMissingValues(db: Db, initiativeId: string, now: Date): Promise<number> {
  const groups = await missingNearDue(db, initiativeId, now);
  if (groups.length === 0) return 0;
  const actorIds = [...new Set(groups.map((g) => g.actorId))];
  const names = new Map((await db.select({ id: actors.id, name: actors.name }).from(actors).where(inArray(actors.id, actorIds))).map((a) => [a.id, a.name]));
  const users = await usersOfActors(db, initiativeId, actorIds);
  const entries: NewNotification[] = [];
  for (const g of groups) {
    for (const u of users.filter((x) => x.actorId === g.actorId)) {
      entries.push({
        userId: u.userId,
        initiativeId,
        kind: 'value_missing',
        params: { actorId: g.actorId, actorName: names.get(g.actorId) ?? '', period: g.period, dueDate: g.dueDate, late: g.late, indicators: g.indicators },
        link: entryLink(initiativeId, g.period),
        dedupeKey: `value_missing:${g.actorId}:${g.period}`,
      });
    }
  }
  return db.transaction((tx) => notify(tx, entries));
}

export async function sweepOverdueActionItems(db: Db, initiativeId: string, now: Date): Promise<number> {
  const today = isoDay(now);
  const items = await db
    .select({ id: actionItems.id, title: actionItems.title, ownerActorId: actionItems.ownerActorId, dueDate: actionItems.dueDate, meetingId: meetings.id, meetingTitle: meetings.title, actorName: actors.name })
    .from(actionItems)
    .innerJoin(meetings, eq(meetings.id, actionItems.meetingId))
    .innerJoin(actors, eq(actors.id, actionItems.ownerActorId))
    .where(
      and(
        eq(meetings.initiativeId, initiativeId),
        eq(actionItems.done, false),
        isNotNull(actionItems.dueDate),
        lt(actionItems.dueDate, today),
        gte(actionItems.dueDate, shiftDays(today, -OVERDUE_DAYS)),
      ),
    );
  if (items.length === 0) return 0;
  const users = await usersOfActors(db, initiativeId, [...new Set(items.map((i) => i.ownerActorId!))]);
  const entries: NewNotification[] = items.flatMap((item) =>
    users
      .filter((u) => u.actorId === item.ownerActorId)
      .map((u) => ({
        userId: u.userId,
        initiativeId,
        kind: 'action_item_overdue' as const,
        params: { actionItemId: item.id, title: item.title, actorName: item.actorName, dueDate: item.dueDate, meetingTitle: item.meetingTitle },
        link: `/i/${initiativeId}/meetings/${item.meetingId}`,
        dedupeKey: `action_item_overdue:${item.id}`,
      })),
  );
  return db.transaction((tx) => notify(tx, entries));
}

/** Both sweeps over every initiative; returns how many notifications were made. */
export async function runSweeps(db: Db, now: Date = new Date()): Promise<{ missing: number; overdue: number }> {
  const all = await db.select({ id: initiatives.id }).from(initiatives);
  let missing = 0;
  let overdue = 0;
  for (const { id } of all) {
    missing += await sweepMissingValues(db, id, now);
    overdue += await sweepOverdueActionItems(db, id, now);
  }
  return { missing, overdue };
}
