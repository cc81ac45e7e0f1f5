// Valid calls of the report methods that touch citizen data, for the audit test (citizen-audit.test.ts).
import type { CitizenCalls } from './types';

export const REPORT_CITIZEN_CALLS: CitizenCalls = {};
