// Signed-in sessions: an unguessable token per login, kept in memory (a restart signs everyone
// out) and expiring after a period without use.
import { randomBytes } from 'node:crypto';
import type { Clock } from '../common/clock';

export interface Session {
  token: string;
  userId: number;
  lastUsed: number;
}

export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;

export function createSessionStore(clock: Clock, idleMs = SESSION_IDLE_MS) {
  const sessions = new Map<string, Session>();
  return {
    open(userId: number): string {
      const token = randomBytes(32).toString('base64url');
      sessions.set(token, { token, userId, lastUsed: clock.now().getTime() });
      return token;
    },
    /** The session for a token, refreshed; undefined if unknown or idle too long. */
    touch(token: string | null | undefined): Session | undefined {
      if (!token) return undefined;
      const session = sessions.get(token);
      if (!session) return undefined;
      const now = clock.now().getTime();
      if (now - session.lastUsed > idleMs) {
        sessions.delete(token);
        return undefined;
      }
      session.lastUsed = now;
      return session;
    },
    close(token: string): void {
      sessions.delete(token);
    },
    closeAllFor(userId: number): void {
      for (const [token, session] of sessions) if (session.userId === userId) sessions.delete(token);
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
