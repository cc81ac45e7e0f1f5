// Valid calls of the note and deadline methods for the audit test (citizen-audit.test.ts).
import type { TestBackend } from '../../fixtures/backend';
import { citizenIn } from '../../fixtures/citizens';
import type { CitizenCalls } from './types';

/** A fresh citizen in the fixture's own residence, and the input built for them. */
function withCitizen(t: TestBackend, input: (citizenId: number) => unknown) {
  const citizenId = citizenIn(t, 'own');
  return { input: input(citizenId), citizenId };
}

/** The citizen's first note, written straight through the service as the administrator; returns its id. */
function addNote(t: TestBackend, citizenId: number): number {
  const admin = t.backend.actorByUsername('admin');
  const write = () => t.backend.services.notes.create(admin, { citizenId, date: '2026-03-01', body: 'Sov godt i nat.', goalIds: [], themeCodes: [], forStatusReport: false });
  return t.backend.db.transaction(write)().id;
}

export const NOTE_CITIZEN_CALLS: CitizenCalls = {
  'notes.list': (t) => withCitizen(t, (citizenId) => ({ citizenId })),
  'notes.create': (t) => withCitizen(t, (citizenId) => ({ citizenId, date: '2026-03-01', body: 'Gik en tur i byen.', forStatusReport: true })),
  'notes.correct': (t) => withCitizen(t, (citizenId) => ({ id: addNote(t, citizenId), version: 1, reason: 'Forkert tekst', date: '2026-03-01', body: 'Sov uroligt i nat.' })),
  'notes.history': (t) => withCitizen(t, (citizenId) => ({ id: addNote(t, citizenId) })),
  // A list across citizens is a search: its row names the search, not a citizen.
  'plans.deadlines': () => ({ input: { withinDays: 30 }, citizenId: null }),
};
