// The page's Content Security Policy forbids eval; zod would otherwise probe for it with
// `new Function` (caught, but reported as a violation) when the first schema is built. The setting
// must run before any schema exists: vite.config.ts puts this module in zod's own chunk, which every
// chunk that builds schemas loads and runs first.
import { config } from 'zod';

config({ jitless: true });
