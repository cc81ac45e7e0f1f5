// Protects approving a roster period through dispatch: one row naming who approved it, shifts in the
// period read as locked, scope and audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRows, createTestBackend, expectCode, fieldPaths, type TestBackend } from '../../../tests/fixtures/backend';
import { addShift } from '../../../tests/fixtures/roster';
import { createShiftReader } from './shift-reader';

let t: TestBackend;
beforeEach(async () => {
  t = await createTestBackend();
});
afterEach(() => t.close());

const PERIOD = { from: '2026-03-02', to: '2026-03-29' };

describe('approve', () => {
  it('stores one row, answers with who and when, and locks the shifts in the period', async () => {
    const inside = addShift(t, { residenceId: t.residences.own, date: '2026-03-29', staffId: null });
    const outside = addShift(t, { residenceId: t.residences.own, date: '2026-03-30', staffId: null });
    const elsewhere = addShift(t, { residenceId: t.residences.other, date: '2026-03-10', staffId: null });
    expect(await t.callOk('roster.approve', { residenceId: t.residences.own, ...PERIOD }, t.tokens.afdelingsleder)).toEqual({
      ...PERIOD,
      approvedBy: 'Lis Leder',
      approvedAt: '2026-03-02T08:00:00.000Z',
    });
    expect(t.count('roster_approvals')).toBe(1);
    const reader = createShiftReader(t.backend.db);
    expect([inside, outside, elsewhere].map((id) => reader.get(id)!.locked)).toEqual([true, false, false]);
  });

  it('refuses to before from; an afdelingsleder of another residence and a medarbejder are FORBIDDEN; audited', async () => {
    expect(fieldPaths(expectCode(await t.call('roster.approve', { residenceId: t.residences.own, from: '2026-03-02', to: '2026-03-01' }, t.tokens.administrator), 'INVALID_INPUT'))).toEqual(['to']);
    expectCode(await t.call('roster.approve', { residenceId: t.residences.other, ...PERIOD }, t.tokens.afdelingsleder), 'FORBIDDEN');
    expectCode(await t.call('roster.approve', { residenceId: t.residences.own, ...PERIOD }, t.tokens.medarbejder), 'FORBIDDEN');
    expectCode(await t.call('roster.approve', { residenceId: 9999, ...PERIOD }, t.tokens.administrator), 'NOT_FOUND');
    expect(t.count('roster_approvals')).toBe(0);
    const mark = t.backend.services.audit.lastId();
    await t.callOk('roster.approve', { residenceId: t.residences.other, ...PERIOD }, t.tokens.vagtplanlaegger);
    expect(auditRows(t.backend).filter((row) => row.id > mark).map((row) => [row.action, row.method, row.subject, row.detail])).toEqual([
      ['update', 'roster.approve', 'Lærkehøj', 'Godkendt 2026-03-02 til 2026-03-29'],
    ]);
  });
});
