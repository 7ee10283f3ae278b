// The demo's discussion on data: each value sent back carries the notification its organisation's
// users got and a short exchange about it, written through the app's own code paths.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../server/src/db/client.js';
import { measurements, memberships, membershipActors } from '../server/src/db/schema/index.js';
import { createComment } from '../server/src/modules/comments/comments.writes.js';
import { notifyValuesReturned } from '../server/src/modules/notifications/notifications.producers.js';
import type { DemoInitiative } from './types.js';

export async function loadDiscussion(db: Db, initiativeId: string, demo: DemoInitiative, users: { steering?: string; backbone?: string }) {
  const returned = await db
    .select()
    .from(measurements)
    .where(and(eq(measurements.initiativeId, initiativeId), eq(measurements.status, 'returned')));
  const totals = returned.filter((m) => m.categoryId === null);
  for (const value of totals) {
    if (users.steering) {
      await db.transaction((tx) => notifyValuesReturned(tx, initiativeId, users.steering!, [value], value.returnReason ?? ''));
    }
    // The organisation answers (as one of its linked users, when it has one), the backbone replies.
    const [speaker] = value.actorId
      ? await db
          .select({ userId: memberships.userId })
          .from(membershipActors)
          .innerJoin(memberships, eq(memberships.id, membershipActors.membershipId))
          .where(and(eq(memberships.initiativeId, initiativeId), eq(membershipActors.actorId, value.actorId)))
      : [];
    const thread = { indicatorId: value.indicatorId, actorId: value.actorId, period: value.period };
    if (speaker) {
      await createComment(db, { userId: speaker.userId, initiativeId, role: 'partner', actorIds: [value.actorId!] }, { ...thread, text: demo.words.returnedThread[0] });
    }
    if (users.backbone) {
      await createComment(db, { userId: users.backbone, initiativeId, role: 'backbone', actorIds: [] }, { ...thread, text: demo.words.returnedThread[1] });
    }
  }
}
