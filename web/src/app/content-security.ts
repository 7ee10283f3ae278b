// Imported first by main.tsx. The page's Content Security Policy forbids eval; zod would otherwise
// probe for it with `new Function` (caught, but reported as a violation) to compile faster parsers.
import { config } from 'zod';

config({ jitless: true });
