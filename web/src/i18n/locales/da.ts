// The whole catalogue of one language: the app's own texts and the domain vocabulary it shares with
// the exported files (@ci/shared). One module per language, so each is one lazy chunk.
import app from '../da.json';
import { da as vocabulary } from '@ci/shared/i18n/da';
import { notificationsDa as notificationWords } from '@ci/shared/i18n/notifications.da';

export default { ...app, ...vocabulary, ...notificationWords };
