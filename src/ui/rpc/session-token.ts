// The session token from `auth.login`, kept in sessionStorage (gone when the window closes), with
// listeners so the app returns to the login screen the moment it is cleared.
const STORAGE_KEY = 'kerne.session';
const listeners = new Set<() => void>();

function readStored(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

let current: string | null = readStored();
let endReason: string | null = null;

export function getSessionToken(): string | null {
  return current;
}

/** `reason`: why a session ended without the user logging out (shown on the login screen). */
export function setSessionToken(token: string | null, reason: string | null = null): void {
  if (token === current) return;
  current = token;
  endReason = token ? null : reason;
  try {
    if (token) sessionStorage.setItem(STORAGE_KEY, token);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage can be unavailable (private mode); the token then lives for this page only.
  }
  for (const listener of listeners) listener();
}

export function subscribeSessionToken(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The reason the last session ended by itself, once; null after a normal logout. */
export function takeSessionEndReason(): string | null {
  const reason = endReason;
  endReason = null;
  return reason;
}
