// Protects the roster's staff fields through dispatch: competences that exist and are active,
// preferred residences that exist, a weekly maximum kept only for substitutes, the active period,
// and that everything is read back and replaced whole on update.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../contract';
import { createTestBackend, expectCode, fieldPaths, type TestBackend } from '../../../tests/fixtures/backend';
import { addCompetence } from '../../../tests/fixtures/roster';

let t: TestBackend;
let admin: string;
let medicine: number;
let licence: number;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
  medicine = addCompetence(t, 'Medicindelegering');
  licence = addCompetence(t, 'Kørekort');
});
afterEach(() => t.close());

const VIKAR = { name: 'Vera Vikar', title: 'SOSU-assistent', employment: 'vikar' } satisfies InputOf<'staff.create'>;
const snapshot = () => ({ staff: t.count('staff'), links: t.count('staff_competences') + t.count('staff_preferred_residences'), audit: t.count('audit_log') });

describe('roster fields', () => {
  it('saves and reads back competences, preferred residences, normtid, period, maximum and rate', async () => {
    const created = await t.callOk(
      'staff.create',
      { ...VIKAR, competenceIds: [licence, medicine, licence], preferredResidenceIds: [t.residences.other, t.residences.own], weeklyMinutes: 600, activeFrom: '2026-01-01', activeTo: '2026-12-31', maxWeeklyMinutes: 1500, hourlyRateOre: 21550 },
      admin,
    );
    expect(created).toMatchObject({
      competenceIds: [medicine, licence].sort((a, b) => a - b),
      preferredResidenceIds: [t.residences.own, t.residences.other].sort((a, b) => a - b),
      weeklyMinutes: 600,
      activeFrom: '2026-01-01',
      activeTo: '2026-12-31',
      maxWeeklyMinutes: 1500,
      hourlyRateOre: 21550,
    });
    // Update replaces the lists whole.
    const updated = await t.callOk('staff.update', { ...VIKAR, id: created.id, version: 1, competenceIds: [medicine], preferredResidenceIds: [] }, admin);
    expect(updated).toMatchObject({ competenceIds: [medicine], preferredResidenceIds: [], maxWeeklyMinutes: null, hourlyRateOre: null, activeFrom: null, version: 2 });
    expect((await t.callOk('staff.list', {}, admin))[0]).toEqual(updated);
  });

  it('a permanent member keeps no weekly maximum (their hours are the normtid)', async () => {
    const fast = await t.callOk('staff.create', { ...VIKAR, employment: 'fast', weeklyMinutes: 2220, maxWeeklyMinutes: 1500 }, admin);
    expect(fast).toMatchObject({ employment: 'fast', weeklyMinutes: 2220, maxWeeklyMinutes: null });
  });

  it('defaults fill the fields a caller leaves out', async () => {
    expect(await t.callOk('staff.create', VIKAR, admin)).toMatchObject({ competenceIds: [], preferredResidenceIds: [], weeklyMinutes: 0, maxWeeklyMinutes: null, hourlyRateOre: null, activeFrom: null, activeTo: null });
  });
});

describe('rules', () => {
  it('refuses an unknown competence on competenceIds, and saves nothing', async () => {
    const before = snapshot();
    const error = expectCode(await t.call('staff.create', { ...VIKAR, competenceIds: [medicine, 9999] }, admin), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['competenceIds']);
    expect(error.message).toBe('Kompetencer: nr. 9999 findes ikke');
    expect(snapshot()).toEqual(before);
  });

  it('refuses a deactivated competence newly given, but a member may keep one they have', async () => {
    const member = await t.callOk('staff.create', { ...VIKAR, competenceIds: [medicine] }, admin);
    await t.callOk('competences.update', { id: medicine, name: 'Medicindelegering', active: false, version: 1 }, admin);
    expect((await t.callOk('staff.update', { ...VIKAR, id: member.id, version: 1, competenceIds: [medicine] }, admin)).competenceIds).toEqual([medicine]);
    const error = expectCode(await t.call('staff.create', { ...VIKAR, name: 'Ny', competenceIds: [medicine] }, admin), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['competenceIds']);
    expect(error.message).toBe('Kompetencer: Medicindelegering er deaktiveret');
  });

  it('refuses an unknown preferred residence, and a failed update changes nothing', async () => {
    const member = await t.callOk('staff.create', { ...VIKAR, competenceIds: [licence] }, admin);
    const before = snapshot();
    expect(fieldPaths(expectCode(await t.call('staff.update', { ...VIKAR, id: member.id, version: 1, competenceIds: [], preferredResidenceIds: [9999] }, admin), 'INVALID_INPUT'))).toEqual([
      'preferredResidenceIds',
    ]);
    expect(snapshot()).toEqual(before);
    expect((await t.callOk('staff.list', {}, admin))[0]).toMatchObject({ competenceIds: [licence], version: 1 });
  });

  it('refuses an active period ending before it starts, on activeTo', async () => {
    expect(fieldPaths(expectCode(await t.call('staff.create', { ...VIKAR, activeFrom: '2026-03-02', activeTo: '2026-03-01' }, admin), 'INVALID_INPUT'))).toEqual(['activeTo']);
    expect((await t.callOk('staff.create', { ...VIKAR, activeFrom: '2026-03-02', activeTo: '2026-03-02' }, admin)).activeTo).toBe('2026-03-02');
  });
});
