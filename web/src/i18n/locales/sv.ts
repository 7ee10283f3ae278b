// The whole catalogue of one language: the app's own texts and the domain vocabulary it shares with
// the exported files (@ci/shared). One module per language, so each is one lazy chunk.
import app from '../sv.json';
import { sv as vocabulary } from '@ci/shared/i18n/sv';
import { notificationsSv as notificationWords } from '@ci/shared/i18n/notifications.sv';

export default { ...app, ...vocabulary, ...notificationWords };
