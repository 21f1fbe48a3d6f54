const KEY = 'coop-portal:last-client';

/** The organisation the user last looked at, so the portal opens there next time. */
export function rememberClient(slug: string): void {
  try {
    localStorage.setItem(KEY, slug);
  } catch {
    // private mode: nothing to remember
  }
}

export function lastClient(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
