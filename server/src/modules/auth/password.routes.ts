// Changing one's own password: the way out of a temporary password, and the end of every other
// sign-in of the account.
import { eq } from 'drizzle-orm';
import { changePasswordBody, emptyResponse, errorResponses } from '@ci/shared';
import type { App } from '../../lib/types.js';
import { authenticate } from '../../plugins/auth.js';
import { RateLimited, ValidationError, found } from '../../lib/errors.js';
import { hashPassword, verifyPassword } from '../../lib/passwords.js';
import { assertAcceptablePassword } from '../../lib/password-policy.js';
import { revokeSessionsOf } from '../../lib/sessions.js';
import { recordAudit } from '../../lib/audit.js';
import { users } from '../../db/schema/index.js';
import { findUserById } from './auth.repository.js';

export default async function passwordRoutes(app: App, opts: { loginRateLimit: number }) {
  // A stolen session must not become a way to guess the current password quickly.
  const perUser = app.createRateLimit({ max: opts.loginRateLimit, timeWindow: 60_000, keyGenerator: (req) => `password:${req.user.sub}` });

  app.route({
    method: 'POST',
    url: '/me/password',
    onRequest: [authenticate],
    preHandler: [
      async (request) => {
        const result = await perUser(request);
        if (!result.isAllowed && result.isExceeded) throw new RateLimited(result.ttlInSeconds);
      },
    ],
    schema: {
      tags: ['auth'],
      summary: 'Change the signed-in user’s password; every other session of the user ends',
      description: 'The new password needs at least 12 characters and must not be a common password (400 with field details).',
      body: changePasswordBody,
      response: { 204: emptyResponse, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { sub: userId, sid } = request.user;
      const user = found(await findUserById(app.db, userId), 'User');
      if (!(await verifyPassword(request.body.currentPassword, user.passwordHash))) {
        throw new ValidationError('The current password is not right', [
          { field: 'body.currentPassword', message: 'The current password is not right' },
        ]);
      }
      await assertAcceptablePassword(request.body.newPassword, 'body.newPassword');
      const passwordHash = await hashPassword(request.body.newPassword);
      await app.db.transaction(async (tx) => {
        await tx.update(users).set({ passwordHash, mustChangePassword: false, updatedAt: new Date() }).where(eq(users.id, userId));
        await revokeSessionsOf(tx, userId, sid);
        await recordAudit(tx, {
          initiativeId: null,
          userId,
          action: 'update',
          entityType: 'user',
          entityId: userId,
          after: { passwordChanged: true },
          reason: 'password changed by the user',
        });
      });
      return reply.status(204).send(null);
    },
  });
}
