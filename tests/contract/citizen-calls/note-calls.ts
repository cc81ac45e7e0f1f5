// Valid calls of the note and deadline methods for the audit test (citizen-audit.test.ts).
import type { CitizenCalls } from './types';

export const NOTE_CITIZEN_CALLS: CitizenCalls = {};
