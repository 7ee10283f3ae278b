// npm run restore -- file.json [--as-new]   (or the file on standard input)
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../config.js';
import { AppError } from '../lib/errors.js';
import { parseBackup, restoreInitiative } from '../modules/backup/backup.restore.js';
import { openCommandDatabase } from './database.js';

const USAGE = `Restore an initiative from a JSON backup (all or nothing).

  npm run restore -- initiative.json [--as-new]
  npm run restore -- --as-new < initiative.json

  --as-new  give the initiative and everything in it new ids (needed when it exists here already)

Members are matched by e-mail: existing accounts keep their password; new ones get none that works
and must be given a password reset by an admin. The database is DATABASE_URL, or the embedded one in
DATA_DIR (stop the server first: the embedded database allows one process at a time).`;

function readInput(file: string | undefined): string {
  // npm runs scripts in the package folder; INIT_CWD is where the command was typed.
  return file ? fs.readFileSync(path.resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8') : fs.readFileSync(0, 'utf8');
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      'as-new': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: true,
  });
  if (values.help || positionals.length > 1 || (positionals.length === 0 && process.stdin.isTTY)) {
    console.error(USAGE);
    return values.help ? 0 : 1;
  }
  const text = readInput(positionals[0]);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const hint = text.trimStart().startsWith('>')
      ? ' It starts with npm\'s own output: write backups with `npm run -s backup` or `--output`.'
      : '';
    console.error(`The file is not JSON: ${(err as Error).message}.${hint}`);
    return 1;
  }
  const doc = parseBackup(json);
  const database = await openCommandDatabase();
  try {
    const started = Date.now();
    const result = await restoreInitiative(database.db, doc, { asNew: values['as-new'] });
    const rows = Object.values(result.rows).reduce((a, n) => a + n, 0);
    console.log(`Restored "${result.name}" (${result.initiativeId}): ${rows} rows in ${Date.now() - started} ms.`);
    console.log(`Members: ${result.usersMatched} matched by e-mail, ${result.usersCreated.length} created.`);
    if (result.usersCreated.length > 0) {
      console.log(`These accounts have no usable password yet; an admin must issue each a reset:\n  ${result.usersCreated.join('\n  ')}`);
    }
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof AppError) {
      const details = Array.isArray(err.details) ? `\n  ${err.details.map((d: { field?: string; message?: string }) => `${d.field}: ${d.message}`).join('\n  ')}` : '';
      console.error(`${err.message}${details}`);
    } else if (err instanceof ConfigError) console.error(err.message);
    else if (err instanceof TypeError && (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) console.error(`${err.message}\n\n${USAGE}`);
    else console.error(err);
    process.exit(1);
  },
);
