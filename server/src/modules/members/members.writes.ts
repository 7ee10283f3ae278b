// Adding, changing and removing members; every change is audited in its transaction.
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Member, Role } from '@ci/shared';
import type { Db } from '../../db/client.js';
import { initiatives, memberships, users } from '../../db/schema/index.js';
import { Conflict, NotFound, found } from '../../lib/errors.js';
import { hashPassword } from '../../lib/passwords.js';
import { recordAudit } from '../../lib/audit.js';
import type { Access } from '../../plugins/auth.js';
import { assertActorsOfInitiative, getMember, lockAdmins, replaceActorLinks } from './members.repository.js';

/** A password to hand over once; 16 URL-safe characters (96 bits). */
export function temporaryPassword(): string {
  return randomBytes(12).toString('base64url');
}

function audited(member: Member) {
  return { userId: member.userId, email: member.email, role: member.role, actorIds: member.actorIds };
}

export async function addMember(
  db: Db,
  access: Access,
  input: { email: string; name?: string; role: Role; actorIds: string[] },
): Promise<Member & { temporaryPassword?: string }> {
  const email = input.email.trim().toLowerCase();
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  // Hashing is slow on purpose: do it before the transaction opens.
  const password = existing ? undefined : temporaryPassword();
  const passwordHash = password ? await hashPassword(password) : undefined;

  const member = await db.transaction(async (tx) => {
    await assertActorsOfInitiative(tx, access.initiativeId, input.actorIds);
    let userId = existing?.id;
    if (!userId) {
      const [initiative] = await tx.select({ locale: initiatives.locale }).from(initiatives).where(eq(initiatives.id, access.initiativeId));
      const [created] = await tx
        .insert(users)
        .values({ email, name: input.name ?? email.split('@')[0], passwordHash: passwordHash!, locale: initiative?.locale ?? 'sv', mustChangePassword: true })
        .returning({ id: users.id });
      userId = created.id;
    } else {
      const [already] = await tx
        .select({ id: memberships.id })
        .from(memberships)
        .where(and(eq(memberships.initiativeId, access.initiativeId), eq(memberships.userId, userId)));
      if (already) throw new Conflict('This user is already a member of the initiative', { memberId: already.id });
    }
    const [row] = await tx.insert(memberships).values({ initiativeId: access.initiativeId, userId, role: input.role }).returning();
    await replaceActorLinks(tx, row.id, input.actorIds);
    const created = found(await getMember(tx, access.initiativeId, row.id), 'Member');
    await recordAudit(tx, {
      initiativeId: access.initiativeId,
      userId: access.userId,
      action: 'create',
      entityType: 'membership',
      entityId: row.id,
      after: { ...audited(created), newUser: !existing },
    });
    return created;
  });
  return password ? { ...member, temporaryPassword: password } : member;
}

export async function updateMember(db: Db, access: Access, id: string, patch: { role?: Role; actorIds?: string[] }): Promise<Member> {
  return db.transaction(async (tx) => {
    const admins = await lockAdmins(tx, access.initiativeId);
    const before = await getMember(tx, access.initiativeId, id);
    if (!before) throw new NotFound('Member');
    if (patch.role && patch.role !== 'admin' && before.role === 'admin' && admins.length <= 1) {
      throw new Conflict('The initiative needs at least one admin: make someone else admin first');
    }
    if (patch.actorIds) await assertActorsOfInitiative(tx, access.initiativeId, patch.actorIds);
    if (patch.role && patch.role !== before.role) {
      await tx.update(memberships).set({ role: patch.role, updatedAt: new Date() }).where(eq(memberships.id, id));
    }
    if (patch.actorIds) await replaceActorLinks(tx, id, patch.actorIds);
    const after = found(await getMember(tx, access.initiativeId, id), 'Member');
    await recordAudit(tx, {
      initiativeId: access.initiativeId,
      userId: access.userId,
      action: 'update',
      entityType: 'membership',
      entityId: id,
      before: audited(before),
      after: audited(after),
    });
    return after;
  });
}

export async function removeMember(db: Db, access: Access, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const admins = await lockAdmins(tx, access.initiativeId);
    const before = await getMember(tx, access.initiativeId, id);
    if (!before) throw new NotFound('Member');
    if (before.role === 'admin' && admins.length <= 1) {
      throw new Conflict('The initiative needs at least one admin: make someone else admin first');
    }
    await tx.delete(memberships).where(eq(memberships.id, id));
    await recordAudit(tx, {
      initiativeId: access.initiativeId,
      userId: access.userId,
      action: 'delete',
      entityType: 'membership',
      entityId: id,
      before: audited(before),
    });
  });
}
