// The whole catalogue of one language: the app's own texts and the domain vocabulary it shares with
// the exported files (@ci/shared). One module per language, so each is one lazy chunk.
import app from '../en.json';
import { en as vocabulary } from '@ci/shared/i18n/en';
import { notificationsEn as notificationWords } from '@ci/shared/i18n/notifications.en';

export default { ...app, ...vocabulary, ...notificationWords };
