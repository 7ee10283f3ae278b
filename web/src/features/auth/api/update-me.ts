import { meResponse, type Locale } from '@ci/shared';
import { api } from '../../../lib/api';

export const updateMe = (body: { name?: string; locale?: Locale }) => api('/me', { method: 'PATCH', body, schema: meResponse });
