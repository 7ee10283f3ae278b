// An admin-issued temporary password for a member who cannot sign in: shown once, every session of
// the member ends, and the member must choose a new password at the next sign-in.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { memberships, users } from '../../db/schema/index.js';
import { Conflict, Forbidden, NotFound } from '../../lib/errors.js';
import { hashPassword } from '../../lib/passwords.js';
import { recordAudit } from '../../lib/audit.js';
import { revokeSessionsOf } from '../../lib/sessions.js';
import type { Access } from '../../plugins/auth.js';
import { getMember } from './members.repository.js';
import { temporaryPassword } from './members.writes.js';

/**
 * Initiatives the target belongs to that the caller does not administer. A reset there would let an
 * admin of one initiative take over an account that holds roles elsewhere.
 */
async function initiativesBeyondCaller(db: Db, targetUserId: string, callerUserId: string): Promise<number> {
  const rows = await db
    .select({ initiativeId: memberships.initiativeId })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, targetUserId),
        sql`not exists (select 1 from ${memberships} as caller where caller.initiative_id = ${memberships.initiativeId}
          and caller.user_id = ${callerUserId} and caller.role = 'admin')`,
      ),
    );
  return rows.length;
}

export async function resetMemberPassword(db: Db, access: Access, memberId: string): Promise<{ temporaryPassword: string }> {
  const member = await getMember(db, access.initiativeId, memberId);
  if (!member) throw new NotFound('Member');
  if (member.userId === access.userId) throw new Conflict('Change your own password from the account menu');
  if ((await initiativesBeyondCaller(db, member.userId, access.userId)) > 0) {
    throw new Forbidden('This member also belongs to initiatives you do not administer; an admin of all of them, or the member, must change the password');
  }
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, mustChangePassword: true, updatedAt: new Date() }).where(eq(users.id, member.userId));
    await revokeSessionsOf(tx, member.userId);
    await recordAudit(tx, {
      initiativeId: access.initiativeId,
      userId: access.userId,
      action: 'update',
      entityType: 'user',
      entityId: member.userId,
      after: { email: member.email, temporaryPasswordIssued: true },
      reason: 'password reset by an admin',
    });
  });
  return { temporaryPassword: password };
}
