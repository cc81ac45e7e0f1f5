// Valid calls of the plan, goal and incident methods for the audit test (citizen-audit.test.ts).
import type { CitizenCalls } from './types';

export const PLAN_CITIZEN_CALLS: CitizenCalls = {};
