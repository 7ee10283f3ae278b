import { api } from '../../../lib/api';

/** Clears the session cookie; the shell then leaves the page and forgets every cached answer. */
export const logout = () => api('/auth/logout', { method: 'POST' });
