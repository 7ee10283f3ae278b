import { meResponse, type EmailPreference, type Locale } from '@ci/shared';
import { api } from '../../../lib/api';

export const updateMe = (body: { name?: string; locale?: Locale; emailPreference?: EmailPreference }) =>
  api('/me', { method: 'PATCH', body, schema: meResponse });
