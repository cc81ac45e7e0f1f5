// Valid calls of the roster's citizen-data methods (staff a citizen must not have) for the audit test.
import type { TestBackend } from '../../fixtures/backend';
import { citizenIn } from '../../fixtures/citizens';
import { addExcludedStaff, addStaffMember } from '../../fixtures/roster';
import type { CitizenCalls } from './types';

/** A fresh citizen in the fixture's own residence, and the input built for them. */
function withCitizen(t: TestBackend, input: (citizenId: number) => unknown) {
  const citizenId = citizenIn(t, 'own');
  return { input: input(citizenId), citizenId };
}

export const ROSTER_CITIZEN_CALLS: CitizenCalls = {
  'citizens.excludedStaff': (t) => withCitizen(t, (citizenId) => ({ citizenId })),
  'citizens.excludeStaff': (t) => withCitizen(t, (citizenId) => ({ citizenId, staffId: addStaffMember(t), reason: 'Borgeren har bedt om det' })),
  'citizens.removeExcludedStaff': (t) => withCitizen(t, (citizenId) => ({ id: addExcludedStaff(t, citizenId, addStaffMember(t)), note: 'Aftalt igen' })),
};
