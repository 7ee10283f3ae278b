import { z } from 'zod';
import { id } from './common.js';

/**
 * A backup file as the API documents it. The server checks every row against its own tables
 * (server/src/modules/backup/backup.format.ts); here only the envelope is described.
 */
export const backupFile = z
  .looseObject({
    format: z.literal('collective-impact-backup'),
    version: z.number().int(),
    exportedAt: z.string(),
    schemaMigration: z.string().meta({ description: 'The latest database migration of the installation that wrote it' }),
    initiative: z.record(z.string(), z.unknown()),
    users: z.array(z.record(z.string(), z.unknown())).meta({ description: 'Members and authors: e-mail, name, locale; never passwords or tokens' }),
  })
  .meta({ description: 'An initiative with everything in it, as written by GET /initiatives/{initiativeId}/backup' });

export const restoreQuery = z.object({
  asNew: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .meta({ description: 'true: new ids for the initiative and everything in it, so it can sit beside the original' }),
});

export const restoreResult = z.object({
  initiativeId: id,
  name: z.string(),
  usersCreated: z.array(z.string()).meta({ description: 'E-mails of accounts created without a usable password: issue each a reset' }),
  usersMatched: z.number().int(),
  rows: z.record(z.string(), z.number().int()),
});
export type RestoreResult = z.infer<typeof restoreResult>;
