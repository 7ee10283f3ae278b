// The daily e-mail digest: each user who wants it gets their unread notifications that have not
// been e-mailed yet, once a day after the digest hour. Several servers may run this at the same
// time: a user is claimed with one conditional update, and only the server that claimed them sends.
import { and, asc, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { NotificationKind } from '@ci/shared';
import type { Db } from '../../db/client.js';
import { initiatives, notifications, users } from '../../db/schema/index.js';
import type { Mailer } from '../../plugins/mailer.js';
import { visibleTo } from './notifications.list.js';
import { digestMail } from './notifications.email.js';

/** At most this many notifications in one e-mail; the rest wait for the next day (and are in the app anyway). */
const DIGEST_LIMIT = 50;

/** Today's digest moment in the server's time zone, or null before it. */
export function digestCutoff(now: Date, digestHour: number): Date | null {
  const cutoff = new Date(now);
  cutoff.setHours(digestHour, 0, 0, 0);
  return now < cutoff ? null : cutoff;
}

const pending = (userId: string) => and(visibleTo(userId), isNull(notifications.readAt), isNull(notifications.emailedAt));

export async function sendDigests(db: Db, mailer: Mailer, now: Date, digestHour: number, log?: FastifyBaseLogger): Promise<number> {
  const cutoff = digestCutoff(now, digestHour);
  if (!cutoff) return 0;
  const due = or(isNull(users.lastDigestAt), lt(users.lastDigestAt, cutoff));
  const candidates = await db
    .selectDistinct({ id: users.id, email: users.email, name: users.name, locale: users.locale, lastDigestAt: users.lastDigestAt })
    .from(users)
    .innerJoin(notifications, and(eq(notifications.userId, users.id), isNull(notifications.readAt), isNull(notifications.emailedAt)))
    .where(and(eq(users.emailPreference, 'digest'), due));
  let sent = 0;
  for (const user of candidates) {
    const [claimed] = await db
      .update(users)
      .set({ lastDigestAt: now })
      .where(and(eq(users.id, user.id), eq(users.emailPreference, 'digest'), due))
      .returning({ id: users.id });
    if (!claimed) continue;
    const rows = await db
      .select({ notification: notifications, initiativeName: initiatives.name })
      .from(notifications)
      .leftJoin(initiatives, eq(initiatives.id, notifications.initiativeId))
      .where(pending(user.id))
      .orderBy(asc(notifications.createdAt), asc(notifications.id))
      .limit(DIGEST_LIMIT);
    if (rows.length === 0) continue;
    const items = rows.map((r) => ({
      kind: r.notification.kind as NotificationKind,
      params: r.notification.params as Record<string, unknown>,
      link: r.notification.link,
      initiativeName: r.initiativeName,
    }));
    try {
      await mailer.send(digestMail(user, items, mailer.publicUrl));
    } catch (err) {
      // Give the claim back so the next run tries again.
      await db.update(users).set({ lastDigestAt: user.lastDigestAt }).where(eq(users.id, user.id));
      log?.warn({ err, userId: user.id }, 'digest e-mail failed');
      continue;
    }
    await db
      .update(notifications)
      .set({ emailedAt: now })
      .where(inArray(notifications.id, rows.map((r) => r.notification.id)));
    sent += 1;
  }
  return sent;
}
