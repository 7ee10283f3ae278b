// The production way to get a first admin (or back into an account): no demo users, no HTTP.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@ci/shared';
import type { Db } from '../db/client.js';
import { initiatives, memberships, users } from '../db/schema/index.js';
import { hashPassword } from '../lib/passwords.js';
import { COMMON_PASSWORD, isCommonPassword } from '../lib/password-policy.js';
import { recordAudit } from '../lib/audit.js';
import { temporaryPassword } from '../modules/members/members.writes.js';

export const MIN_PASSWORD_LENGTH = PASSWORD_MIN_LENGTH;

export interface AdminAccountOptions {
  email: string;
  name?: string;
  /** Omitted: a password is generated and returned once. */
  password?: string;
  /** Name of an initiative to create (or, for an existing user, to find among theirs) with the user as admin. */
  initiative?: string;
  /** Allow an existing user: set a new password instead of refusing. */
  updatePassword?: boolean;
}

export interface AdminAccountResult {
  userId: string;
  email: string;
  userCreated: boolean;
  /** Set only when the password was generated. */
  generatedPassword?: string;
  initiativeId?: string;
  initiativeCreated?: boolean;
}

/** A refusal the command reports as a message (exit code 1), not a stack trace. */
export class AdminAccountError extends Error {}

const options = z.object({
  email: z.email().max(254),
  name: z.string().trim().min(1).max(200).optional(),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `The password needs at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(PASSWORD_MAX_LENGTH)
    .optional(),
  initiative: z.string().trim().min(1).max(200).optional(),
  updatePassword: z.boolean().optional(),
});

export async function createAdminAccount(db: Db, input: AdminAccountOptions): Promise<AdminAccountResult> {
  const parsed = options.safeParse(input);
  if (!parsed.success) {
    throw new AdminAccountError(parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '));
  }
  const opts = parsed.data;
  if (opts.password && (await isCommonPassword(opts.password))) throw new AdminAccountError(`password: ${COMMON_PASSWORD}`);
  const email = opts.email.trim().toLowerCase();
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (existing && !opts.updatePassword) {
    throw new AdminAccountError(`A user with the e-mail ${email} already exists; pass --update-password to set a new password`);
  }
  const generatedPassword = opts.password ? undefined : temporaryPassword();
  const passwordHash = await hashPassword(opts.password ?? generatedPassword!);
  // A generated password passes through other hands: its owner replaces it at the first sign-in.
  const mustChangePassword = generatedPassword !== undefined;

  return db.transaction(async (tx) => {
    let userId: string;
    if (existing) {
      userId = existing.id;
      await tx
        .update(users)
        .set({ passwordHash, mustChangePassword, ...(opts.name ? { name: opts.name } : {}), updatedAt: new Date() })
        .where(eq(users.id, userId));
      await recordAudit(tx, { initiativeId: null, userId: null, action: 'update', entityType: 'user', entityId: userId, after: { email, passwordChanged: true }, reason: 'create-admin command' });
    } else {
      const [row] = await tx
        .insert(users)
        .values({ email, name: opts.name ?? email.split('@')[0], passwordHash, mustChangePassword })
        .returning({ id: users.id, name: users.name });
      userId = row.id;
      await recordAudit(tx, { initiativeId: null, userId: null, action: 'create', entityType: 'user', entityId: userId, after: { email, name: row.name }, reason: 'create-admin command' });
    }
    const result: AdminAccountResult = { userId, email, userCreated: !existing, generatedPassword };
    if (!opts.initiative) return result;

    const [mine] = existing
      ? await tx
          .select({ initiativeId: initiatives.id, membershipId: memberships.id, role: memberships.role })
          .from(memberships)
          .innerJoin(initiatives, eq(initiatives.id, memberships.initiativeId))
          .where(and(eq(memberships.userId, userId), eq(initiatives.name, opts.initiative)))
      : [];
    if (mine) {
      if (mine.role !== 'admin') {
        await tx.update(memberships).set({ role: 'admin', updatedAt: new Date() }).where(eq(memberships.id, mine.membershipId));
        await recordAudit(tx, { initiativeId: mine.initiativeId, userId: null, action: 'update', entityType: 'membership', entityId: mine.membershipId, before: { userId, role: mine.role }, after: { userId, role: 'admin' }, reason: 'create-admin command' });
      }
      return { ...result, initiativeId: mine.initiativeId, initiativeCreated: false };
    }
    const [initiative] = await tx.insert(initiatives).values({ name: opts.initiative }).returning();
    const [membership] = await tx.insert(memberships).values({ initiativeId: initiative.id, userId, role: 'admin' }).returning();
    await recordAudit(tx, [
      { initiativeId: initiative.id, userId: null, action: 'create', entityType: 'initiative', entityId: initiative.id, after: initiative, reason: 'create-admin command' },
      { initiativeId: initiative.id, userId: null, action: 'create', entityType: 'membership', entityId: membership.id, after: { userId, email, role: 'admin', actorIds: [] }, reason: 'create-admin command' },
    ]);
    return { ...result, initiativeId: initiative.id, initiativeCreated: true };
  });
}
