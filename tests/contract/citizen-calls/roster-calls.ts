// Valid calls of the roster's citizen-data methods (staff a citizen must not have) for the audit test.
import type { CitizenCalls } from './types';

export const ROSTER_CITIZEN_CALLS: CitizenCalls = {};
