// Protects the rule checker's read path: the people's shifts around a candidate are found through
// shifts_staff_start for the whole batch (suggestions check a pool of hundreds), never by a scan.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../../../tests/fixtures/backend';
import { EARLIER_MINUTES_SQL, NEARBY_SHIFTS_SQL } from './rule-queries';

let t: TestBackend;
beforeAll(async () => {
  t = await createTestBackend();
});
afterAll(() => t.close());

it('loads every candidate’s shifts in the window through shifts_staff_start', () => {
  const rows = t.backend.db
    .prepare(`EXPLAIN QUERY PLAN ${NEARBY_SHIFTS_SQL}`)
    .all({ ids: '[1,2,3]', from: '2026-03-01T00:00:00.000Z', to: '2026-03-20T00:00:00.000Z', exclude: null }) as Array<{ detail: string }>;
  const detail = rows.map((row) => row.detail).join('\n');
  expect(detail).toMatch(/SEARCH shifts USING INDEX shifts_staff_start \(staff_id=\? AND starts_at>\? AND starts_at<\?\)/);
  expect(detail).not.toMatch(/SCAN shifts\b/);
});

it('sums the rest of the reference period through the same index', () => {
  const rows = t.backend.db
    .prepare(`EXPLAIN QUERY PLAN ${EARLIER_MINUTES_SQL}`)
    .all({ ids: '[1,2,3]', from: '2025-11-01T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z', firstDate: '2025-11-03' }) as Array<{ detail: string }>;
  const detail = rows.map((row) => row.detail).join('\n');
  expect(detail).toMatch(/SEARCH shifts USING INDEX shifts_staff_start \(staff_id=\? AND starts_at>\? AND starts_at<\?\)/);
  expect(detail).not.toMatch(/SCAN shifts\b/);
});
