import { api } from '../../../lib/api';
import { forgetSignedIn } from './get-me';

/** Clears the session cookie; the shell then leaves the page and forgets every cached answer. */
export const logout = () => {
  forgetSignedIn();
  return api('/auth/logout', { method: 'POST' });
};
