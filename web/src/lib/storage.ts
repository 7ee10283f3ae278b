// Small, non-sensitive preferences kept in the browser (never tokens: the session is a cookie).
const PREFIX = 'ci.';

export function readPreference(name: string): string | null {
  try {
    return window.localStorage.getItem(PREFIX + name);
  } catch {
    return null;
  }
}

export function writePreference(name: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(PREFIX + name);
    else window.localStorage.setItem(PREFIX + name, value);
  } catch {
    // Private browsing can refuse storage; the preference then lasts for this visit only.
  }
}
