import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { AdminAccountError, createAdminAccount } from '../src/cli/admin-account.js';
import { auditLog, memberships, users } from '../src/db/schema/index.js';
import { verifyPassword } from '../src/lib/passwords.js';
import { testApp } from './helpers.js';

const email = () => `Owner-${randomUUID().slice(0, 8)}@Example.org`;

describe('create-admin', () => {
  it('creates a user with a generated password and an initiative they administer', async () => {
    const { database, app } = await testApp();
    const address = email();
    const result = await createAdminAccount(database.db, { email: address, name: 'Ingrid Ek', initiative: 'Framtid Norra' });
    expect(result).toMatchObject({ email: address.toLowerCase(), userCreated: true, initiativeCreated: true });
    expect(result.generatedPassword).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const [user] = await database.db.select().from(users).where(eq(users.id, result.userId));
    expect(user).toMatchObject({ email: address.toLowerCase(), name: 'Ingrid Ek' });
    expect(await verifyPassword(result.generatedPassword!, user.passwordHash)).toBe(true);
    const [membership] = await database.db.select().from(memberships).where(eq(memberships.userId, result.userId));
    expect(membership).toMatchObject({ initiativeId: result.initiativeId, role: 'admin' });

    // The account works through the API.
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: address, password: result.generatedPassword } });
    expect(login.statusCode).toBe(200);
    const token = login.json().token;
    const members = await app.inject({ method: 'GET', url: `/api/v1/initiatives/${result.initiativeId}/members`, headers: { authorization: `Bearer ${token}` } });
    expect(members.json().items).toEqual([expect.objectContaining({ email: address.toLowerCase(), role: 'admin' })]);

    const audit = await database.db.select().from(auditLog).where(eq(auditLog.entityId, result.userId));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0].after)).not.toContain('scrypt');
  });

  it('uses a given password and creates no initiative without the flag', async () => {
    const { database } = await testApp();
    const result = await createAdminAccount(database.db, { email: email(), password: 'a-long-enough-password' });
    expect(result.generatedPassword).toBeUndefined();
    expect(result.initiativeId).toBeUndefined();
    const [user] = await database.db.select().from(users).where(eq(users.id, result.userId));
    expect(await verifyPassword('a-long-enough-password', user.passwordHash)).toBe(true);
    expect(user.name).toBe(result.email.split('@')[0]);
    expect(await database.db.select().from(memberships).where(eq(memberships.userId, result.userId))).toEqual([]);
  });

  it('refuses a password from the common-password list and creates nothing', async () => {
    const { database } = await testApp();
    const address = email();
    await expect(createAdminAccount(database.db, { email: address, password: 'Password1234' })).rejects.toThrow(/password: This password is too common/);
    expect(await database.db.select().from(users).where(eq(users.email, address))).toEqual([]);
  });

  it('refuses an existing user unless asked to update the password', async () => {
    const { database } = await testApp();
    const address = email();
    const first = await createAdminAccount(database.db, { email: address, password: 'first-password-1', initiative: 'Trygg by' });
    await expect(createAdminAccount(database.db, { email: address.toUpperCase(), password: 'second-password-2' })).rejects.toThrow(AdminAccountError);
    const [unchanged] = await database.db.select().from(users).where(eq(users.id, first.userId));
    expect(await verifyPassword('first-password-1', unchanged.passwordHash)).toBe(true);

    const updated = await createAdminAccount(database.db, { email: address, password: 'second-password-2', updatePassword: true, initiative: 'Trygg by' });
    expect(updated).toMatchObject({ userId: first.userId, userCreated: false, initiativeId: first.initiativeId, initiativeCreated: false });
    const [changed] = await database.db.select().from(users).where(eq(users.id, first.userId));
    expect(await verifyPassword('second-password-2', changed.passwordHash)).toBe(true);
    expect(await database.db.select().from(memberships).where(eq(memberships.userId, first.userId))).toHaveLength(1);
  });

  it('rejects a bad e-mail or a short password', async () => {
    const { database } = await testApp();
    await expect(createAdminAccount(database.db, { email: 'not-an-email' })).rejects.toThrow(/email/);
    await expect(createAdminAccount(database.db, { email: email(), password: 'short' })).rejects.toThrow(/at least 12 characters/);
  });
});
