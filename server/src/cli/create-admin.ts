// npm run create-admin -- --email a@b.c --name "X" [--password P] [--initiative "Name"] [--update-password]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { DataFolderInUseError } from '../db/data-lock.js';
import { AdminAccountError, createAdminAccount, MIN_PASSWORD_LENGTH } from './admin-account.js';

const USAGE = `Create an admin user (and optionally an initiative they administer).

  npm run create-admin -- --email a@b.c --name "Full Name" [--password P] [--initiative "Name"] [--update-password]

  --email            the user's e-mail (required)
  --name             the user's name (default: the part of the e-mail before @)
  --password         at least ${MIN_PASSWORD_LENGTH} characters; omit it to get a generated one, printed once
                     (a password on the command line stays in the shell history)
  --initiative       create an initiative with this name with the user as admin
  --update-password  the user exists: set a new password instead of refusing

The database is DATABASE_URL, or the embedded one in DATA_DIR (stop the server first: the embedded
database allows one process at a time).`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      initiative: { type: 'string' },
      'update-password': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help || !values.email) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  const config = loadConfig();
  let dataDir: string | undefined;
  if (config.embedded) {
    fs.mkdirSync(path.resolve(config.dataDir), { recursive: true });
    dataDir = path.join(path.resolve(config.dataDir), 'pglite');
  }
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir });
  try {
    const result = await createAdminAccount(database.db, {
      email: values.email,
      name: values.name,
      password: values.password,
      initiative: values.initiative,
      updatePassword: values['update-password'],
    });
    console.log(result.userCreated ? `Created user ${result.email}.` : `Set a new password for ${result.email}.`);
    if (result.generatedPassword) console.log(`Password (shown only now): ${result.generatedPassword}`);
    if (result.initiativeId) {
      console.log(
        result.initiativeCreated
          ? `Created the initiative "${values.initiative}" (${result.initiativeId}) with ${result.email} as admin.`
          : `${result.email} is admin of the initiative "${values.initiative}" (${result.initiativeId}).`,
      );
    }
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof AdminAccountError || err instanceof ConfigError || err instanceof DataFolderInUseError) console.error(err.message);
    else if (err instanceof TypeError && (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) console.error(`${err.message}\n\n${USAGE}`);
    else console.error(err);
    process.exit(1);
  },
);
