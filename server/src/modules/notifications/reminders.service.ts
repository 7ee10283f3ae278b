// Reminders from the reporting-status screen: the backbone asks organisations with missing values
// for a period to report them. Each reminded user gets a notification (and, when the server sends
// e-mail and the user has not turned it off, an e-mail at once); an organisation is not reminded
// for the same period twice within an hour.
import { and, eq, gt, inArray, max, sql } from 'drizzle-orm';
import type { ReminderBody, ReminderResponse, ReminderStatus } from '@ci/shared';
import type { Db, DbOrTx } from '../../db/client.js';
import { actors, initiatives, membershipActors, memberships, notifications, users } from '../../db/schema/index.js';
import { recordAudit } from '../../lib/audit.js';
import { Conflict, Unprocessable } from '../../lib/errors.js';
import type { Access } from '../../plugins/auth.js';
import { initiativeCompleteness } from '../completeness/completeness.repository.js';
import { notifyReturning, type NewNotification } from './notifications.repository.js';
import { entryLink } from './notifications.producers.js';
import { reminderMail } from './notifications.email.js';
import type { Mailer } from '../../plugins/mailer.js';
import type { FastifyBaseLogger } from 'fastify';

export const REMIND_AGAIN_AFTER_MS = 60 * 60 * 1000;

/** The latest reminder per organisation for a period, since a moment. */
async function latestReminders(db: DbOrTx, initiativeId: string, period: string, since: Date | null, actorIds?: string[]) {
  const actorId = sql<string>`${notifications.params}->>'actorId'`;
  const rows = await db
    .select({ actorId, at: max(notifications.createdAt) })
    .from(notifications)
    .where(
      and(
        eq(notifications.initiativeId, initiativeId),
        eq(notifications.kind, 'reminder'),
        sql`${notifications.params}->>'period' = ${period}`,
        since ? gt(notifications.createdAt, since) : undefined,
        actorIds ? inArray(actorId, actorIds) : undefined,
      ),
    )
    .groupBy(actorId);
  return new Map(rows.filter((r) => r.at).map((r) => [r.actorId, r.at!]));
}

export async function reminderStatus(db: DbOrTx, initiativeId: string, period: string): Promise<ReminderStatus> {
  const rows = await db
    .select({ actorId: actors.id, userCount: sql<number>`count(distinct ${memberships.userId})::int` })
    .from(actors)
    .leftJoin(membershipActors, eq(membershipActors.actorId, actors.id))
    .leftJoin(memberships, and(eq(memberships.id, membershipActors.membershipId), eq(memberships.initiativeId, initiativeId)))
    .where(eq(actors.initiativeId, initiativeId))
    .groupBy(actors.id);
  const latest = await latestReminders(db, initiativeId, period, null);
  return { period, actors: rows.map((r) => ({ actorId: r.actorId, remindedAt: latest.get(r.actorId) ?? null, userCount: Number(r.userCount) })) };
}

/** Per organisation, the indicators it has not reported (missing, late or sent back) for the period. */
async function missingByActor(db: DbOrTx, initiativeId: string, period: string) {
  const completeness = await initiativeCompleteness(db, initiativeId, period);
  const indicators = new Map(completeness.indicators.map((i) => [i.id, i]));
  const out = new Map<string, { id: string; code: string; name: string }[]>();
  for (const cell of completeness.cells) {
    if (cell.actorId === null || !['missing', 'late', 'returned'].includes(cell.state)) continue;
    const i = indicators.get(cell.indicatorId)!;
    out.set(cell.actorId, [...(out.get(cell.actorId) ?? []), { id: i.id, code: i.code, name: i.name }]);
  }
  return { dueDate: completeness.dueDate, missing: out };
}

export interface SentReminder {
  notificationId: string;
  userId: string;
}

export async function sendReminders(db: Db, access: Access, body: ReminderBody, now: Date = new Date()) {
  return db.transaction(async (tx) => {
    const { initiativeId } = access;
    const { dueDate, missing } = await missingByActor(tx, initiativeId, body.period);
    const asked = body.actorIds ? [...new Set(body.actorIds)] : [...missing.keys()];
    const nothing = asked.filter((a) => !missing.has(a));
    if (body.actorIds && nothing.length > 0) {
      throw new Unprocessable('These organisations have nothing missing for the period', nothing.map((actorId) => ({ field: 'body.actorIds', actorId })));
    }
    if (asked.length === 0) throw new Unprocessable('Nothing is missing for this period: there is nobody to remind');
    // Locking the organisations makes two people pressing "Remind" at once send one reminder.
    const actorRows = await tx.select({ id: actors.id, name: actors.name }).from(actors).where(and(eq(actors.initiativeId, initiativeId), inArray(actors.id, asked))).orderBy(actors.id).for('update');
    const names = new Map(actorRows.map((a) => [a.id, a.name]));
    const recent = await latestReminders(tx, initiativeId, body.period, new Date(now.getTime() - REMIND_AGAIN_AFTER_MS), asked);
    const skipped = asked.filter((a) => recent.has(a)).map((actorId) => ({ actorId, actorName: names.get(actorId) ?? '', remindedAt: recent.get(actorId)! }));
    if (skipped.length > 0 && (body.actorIds || skipped.length === asked.length)) {
      throw new Conflict(
        `Already reminded within the last hour for this period: ${skipped.map((s) => s.actorName).join(', ')}. Try again later.`,
        skipped.map((s) => ({ actorId: s.actorId, remindedAt: s.remindedAt.toISOString() })),
      );
    }
    const targets = asked.filter((a) => !recent.has(a));
    const linked = await tx
      .selectDistinct({ userId: memberships.userId, actorId: membershipActors.actorId, name: users.name })
      .from(membershipActors)
      .innerJoin(memberships, eq(memberships.id, membershipActors.membershipId))
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.initiativeId, initiativeId), inArray(membershipActors.actorId, targets)));
    const [sender] = await tx.select({ name: users.name }).from(users).where(eq(users.id, access.userId));
    const [initiative] = await tx.select({ name: initiatives.name }).from(initiatives).where(eq(initiatives.id, initiativeId));

    const entries: NewNotification[] = linked.map((l) => ({
      userId: l.userId,
      initiativeId,
      kind: 'reminder',
      params: { actorId: l.actorId, actorName: names.get(l.actorId) ?? '', period: body.period, dueDate, indicators: missing.get(l.actorId) ?? [], senderName: sender?.name ?? '' },
      link: entryLink(initiativeId, body.period),
    }));
    const made = await notifyReturning(tx, entries, now);
    const reminded = targets.filter((a) => linked.some((l) => l.actorId === a));
    await recordAudit(
      tx,
      reminded.map((actorId) => ({
        initiativeId,
        userId: access.userId,
        action: 'create' as const,
        entityType: 'reminder',
        entityId: actorId,
        after: { period: body.period, actorId, userIds: linked.filter((l) => l.actorId === actorId).map((l) => l.userId), indicatorIds: (missing.get(actorId) ?? []).map((i) => i.id) },
      })),
    );
    const response: ReminderResponse = {
      period: body.period,
      reminded: reminded.map((actorId) => ({
        actorId,
        actorName: names.get(actorId) ?? '',
        indicatorCount: missing.get(actorId)?.length ?? 0,
        users: linked.filter((l) => l.actorId === actorId).map((l) => ({ id: l.userId, name: l.name, emailed: false })),
      })),
      withoutUsers: targets.filter((a) => !reminded.includes(a)).map((actorId) => ({ actorId, actorName: names.get(actorId) ?? '' })),
      skipped,
    };
    return { response, made, initiativeName: initiative?.name ?? null };
  });
}

/**
 * E-mails reminders that were just made, at once (after the transaction: a slow mail server never
 * holds the database). A failure leaves the notification un-e-mailed, so the digest picks it up.
 */
export async function emailReminders(
  db: Db,
  mailer: Mailer,
  made: (typeof notifications.$inferSelect)[],
  initiativeName: string | null,
  response: ReminderResponse,
  log: FastifyBaseLogger,
) {
  if (made.length === 0) return;
  const recipients = new Map(
    (
      await db
        .select({ id: users.id, email: users.email, name: users.name, locale: users.locale, emailPreference: users.emailPreference })
        .from(users)
        .where(inArray(users.id, [...new Set(made.map((m) => m.userId))]))
    ).map((u) => [u.id, u]),
  );
  for (const n of made) {
    const user = recipients.get(n.userId);
    if (!user || user.emailPreference === 'off') continue;
    const reminder = { kind: 'reminder' as const, params: n.params as Record<string, unknown>, link: n.link, initiativeName };
    try {
      await mailer.send(reminderMail(user, reminder, mailer.publicUrl));
    } catch (err) {
      log.warn({ err, userId: user.id }, 'reminder e-mail failed');
      continue;
    }
    await db.update(notifications).set({ emailedAt: new Date() }).where(eq(notifications.id, n.id));
    const actorId = (n.params as { actorId?: string }).actorId;
    const entry = response.reminded.find((r) => r.actorId === actorId)?.users.find((u) => u.id === n.userId);
    if (entry) entry.emailed = true;
  }
}
