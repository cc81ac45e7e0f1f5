// Protects the roster settings through dispatch: the seeded defaults, a night over midnight with
// the evening before it, weekly rest at least the daily, versions, who may write, and audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../contract';
import { ROSTER_LIMIT_DEFAULTS, SUPPLEMENT_DEFAULTS } from '../../contract/roster-terms';
import { auditRows, createTestBackend, expectCode, fieldPaths, type TestBackend } from '../../../tests/fixtures/backend';

let t: TestBackend;
let admin: string;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
});
afterEach(() => t.close());

const DEFAULTS: InputOf<'roster.updateSettings'> = { ...ROSTER_LIMIT_DEFAULTS, ...SUPPLEMENT_DEFAULTS, version: 1 };

describe('settings', () => {
  it('starts at the defaults, and saves a change with a new version', async () => {
    expect(await t.callOk('roster.settings', {}, t.tokens.medarbejder)).toEqual(DEFAULTS);
    const saved = await t.callOk('roster.updateSettings', { ...DEFAULTS, dailyRestMinutes: 8 * 60, referenceWeeks: 26, nightFrom: '22:00', nightTo: '07:00', eveningFrom: '18:00' }, admin);
    expect(saved).toEqual({ ...DEFAULTS, dailyRestMinutes: 480, referenceWeeks: 26, nightFrom: '22:00', nightTo: '07:00', eveningFrom: '18:00', version: 2 });
    expect(await t.callOk('roster.settings', {}, admin)).toEqual(saved);
  });

  it('refuses a night that does not run over midnight, an evening outside the day, and weekly rest shorter than daily', async () => {
    const refused = async (change: Partial<InputOf<'roster.updateSettings'>>) => fieldPaths(expectCode(await t.call('roster.updateSettings', { ...DEFAULTS, ...change }, admin), 'INVALID_INPUT'));
    expect(await refused({ nightFrom: '05:00', nightTo: '06:00' })).toEqual(['nightTo']);
    expect(await refused({ nightTo: '23:00' })).toEqual(['nightTo']);
    expect(await refused({ eveningFrom: '23:30' })).toEqual(['eveningFrom']);
    expect(await refused({ eveningFrom: '05:00' })).toEqual(['eveningFrom']);
    expect(await refused({ dailyRestMinutes: 24 * 60, weeklyRestMinutes: 24 * 60 - 1 })).toEqual(['weeklyRestMinutes']);
    expect(await refused({ dailyRestMinutes: 7 * 60 })).toEqual(['dailyRestMinutes']);
    expect((await t.callOk('roster.settings', {}, admin)).version).toBe(1);
  });

  it('a stale version is CONFLICT; only settings.write may change; audited', async () => {
    const mark = t.backend.services.audit.lastId();
    await t.callOk('roster.updateSettings', { ...DEFAULTS, weeklyRestMinutes: 36 * 60 }, admin);
    expectCode(await t.call('roster.updateSettings', DEFAULTS, admin), 'CONFLICT');
    expectCode(await t.call('roster.updateSettings', { ...DEFAULTS, version: 2 }, t.tokens.vagtplanlaegger), 'FORBIDDEN');
    expectCode(await t.call('roster.updateSettings', { ...DEFAULTS, version: 2 }, t.tokens.afdelingsleder), 'FORBIDDEN');
    expect(auditRows(t.backend).filter((row) => row.id > mark).map((row) => [row.action, row.method, row.subject])).toEqual([['update', 'roster.updateSettings', 'Arbejdstid og tillæg']]);
  });
});
