import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** The embedded demo keeps a random JWT secret in its data folder so sessions survive restarts. */
export function embeddedSecret(dataDir: string): string {
  const file = path.join(dataDir, 'jwt-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
