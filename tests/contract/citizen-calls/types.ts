// The shape of an entry in the audit test's table of citizen-data calls (citizen-audit.test.ts):
// a valid call and the citizen it touches (null for a search).
import type { MethodName } from '../../../src/contract';
import type { TestBackend } from '../../fixtures/backend';

export type CitizenCalls = Partial<Record<MethodName, (t: TestBackend) => { input: unknown; citizenId: number | null }>>;
