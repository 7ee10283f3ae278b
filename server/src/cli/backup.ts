// npm run -s backup -- --initiative ID [--output file.json]   (JSON on standard output without --output)
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../config.js';
import { AppError } from '../lib/errors.js';
import { exportInitiative } from '../modules/backup/backup.export.js';
import { openCommandDatabase } from './database.js';

const USAGE = `Write one initiative, with everything in it, as a JSON backup.

  npm run -s backup -- --initiative ID > initiative.json
  npm run backup -- --initiative ID --output initiative.json

  --initiative  the initiative's id (see its address in the app: /initiatives/<id>/…)
  --output      write to this file instead of standard output (-s keeps npm's own lines out of a
                redirected file)

Members are listed by e-mail, name and locale, without passwords or calendar tokens.
The database is DATABASE_URL, or the embedded one in DATA_DIR (stop the server first: the embedded
database allows one process at a time).`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      initiative: { type: 'string' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help || !values.initiative) {
    console.error(USAGE);
    return values.help ? 0 : 1;
  }
  if (!UUID.test(values.initiative)) {
    console.error(`Not an initiative id: ${values.initiative}`);
    return 1;
  }
  const database = await openCommandDatabase();
  try {
    const started = Date.now();
    const text = JSON.stringify(await exportInitiative(database.db, values.initiative));
    if (values.output) {
      // npm runs scripts in the package folder; INIT_CWD is where the command was typed.
      const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.output);
      fs.writeFileSync(file, text);
      console.error(`Wrote ${file} (${(text.length / 1024).toFixed(0)} KiB in ${Date.now() - started} ms).`);
    } else {
      await new Promise<void>((resolve, reject) => process.stdout.write(text + '\n', (err) => (err ? reject(err) : resolve())));
    }
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof AppError || err instanceof ConfigError) console.error(err.message);
    else if (err instanceof TypeError && (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) console.error(`${err.message}\n\n${USAGE}`);
    else console.error(err);
    process.exit(1);
  },
);
