// Protects the staffing need through dispatch: set replaces the residence's need whole, every row's
// shift type is an active one of the residence, competences exist, a shift type and weekday once;
// scope and audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRows, createTestBackend, expectCode, fieldPaths, type TestBackend } from '../../../tests/fixtures/backend';
import { addCompetence, addShiftType } from '../../../tests/fixtures/roster';

let t: TestBackend;
let admin: string;
let day: number;
let night: number;
let medicine: number;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
  night = addShiftType(t, t.residences.own, { kind: 'nat' });
  day = addShiftType(t, t.residences.own);
  medicine = addCompetence(t, 'Medicindelegering');
});
afterEach(() => t.close());

const set = (needs: unknown[], token = admin, residenceId = t.residences.own) => t.call('staffingNeeds.set', { residenceId, needs }, token);
const needRows = () => t.count('staffing_needs') + t.count('staffing_need_competences');

describe('set and list', () => {
  it('replaces the need whole and lists it by weekday and start time', async () => {
    await t.callOk('staffingNeeds.set', { residenceId: t.residences.own, needs: [{ shiftTypeId: day, weekday: 7, count: 1 }] }, admin);
    const saved = await t.callOk(
      'staffingNeeds.set',
      {
        residenceId: t.residences.own,
        needs: [
          { shiftTypeId: night, weekday: 1, count: 1, competenceIds: [medicine] },
          { shiftTypeId: day, weekday: 2, count: 2 },
          { shiftTypeId: day, weekday: 1, count: 3, competenceIds: [medicine] },
        ],
      },
      admin,
    );
    expect(saved).toEqual([
      { shiftTypeId: day, weekday: 1, count: 3, competenceIds: [medicine] },
      { shiftTypeId: night, weekday: 1, count: 1, competenceIds: [medicine] },
      { shiftTypeId: day, weekday: 2, count: 2, competenceIds: [] },
    ]);
    expect(await t.callOk('staffingNeeds.list', { residenceId: t.residences.own }, t.tokens.medarbejder)).toEqual(saved);
    expect(await t.callOk('staffingNeeds.list', { residenceId: t.residences.other }, admin)).toEqual([]);
    await t.callOk('staffingNeeds.set', { residenceId: t.residences.own, needs: [] }, admin);
    expect(needRows()).toBe(0);
  });
});

describe('rules', () => {
  it('refuses an unknown competence on needs.<i>.competenceIds, and keeps the old need', async () => {
    await set([{ shiftTypeId: day, weekday: 1, count: 1, competenceIds: [medicine] }]);
    const before = needRows();
    const error = expectCode(await set([{ shiftTypeId: day, weekday: 1, count: 1 }, { shiftTypeId: night, weekday: 1, count: 1, competenceIds: [medicine, 9999] }]), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['needs.1.competenceIds']);
    expect(error.message).toBe('Kompetence findes ikke');
    expect(needRows()).toBe(before);
  });

  it('refuses a shift type of another residence, an unknown or a deactivated one, on needs.<i>.shiftTypeId', async () => {
    const elsewhere = addShiftType(t, t.residences.other);
    const retired = addShiftType(t, t.residences.own, { name: 'Gammel', active: false });
    expect(fieldPaths(expectCode(await set([{ shiftTypeId: elsewhere, weekday: 1, count: 1 }]), 'INVALID_INPUT'))).toEqual(['needs.0.shiftTypeId']);
    expect(fieldPaths(expectCode(await set([{ shiftTypeId: day, weekday: 1, count: 1 }, { shiftTypeId: 9999, weekday: 1, count: 1 }]), 'INVALID_INPUT'))).toEqual(['needs.1.shiftTypeId']);
    const error = expectCode(await set([{ shiftTypeId: retired, weekday: 1, count: 1 }]), 'INVALID_INPUT');
    expect(error.message).toBe('Vagttype: Gammel er deaktiveret');
  });

  it('refuses the same shift type and weekday twice, on the second row', async () => {
    const error = expectCode(await set([{ shiftTypeId: day, weekday: 3, count: 1 }, { shiftTypeId: night, weekday: 3, count: 1 }, { shiftTypeId: day, weekday: 3, count: 2 }]), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['needs.2.weekday']);
    expect(error.message).toBe('Behovet for Dagvagt onsdag står der allerede');
  });

  it('the schema refuses weekday 8 and a negative count', async () => {
    expect(fieldPaths(expectCode(await set([{ shiftTypeId: day, weekday: 8, count: 1 }, { shiftTypeId: night, weekday: 1, count: -1 }]), 'INVALID_INPUT'))).toEqual(['needs.0.weekday', 'needs.1.count']);
  });
});

describe('access and audit', () => {
  it('an afdelingsleder sets only their own residence’s need; a medarbejder never; audited', async () => {
    const mark = t.backend.services.audit.lastId();
    await t.callOk('staffingNeeds.set', { residenceId: t.residences.own, needs: [{ shiftTypeId: day, weekday: 1, count: 1 }] }, t.tokens.afdelingsleder);
    expectCode(await set([], t.tokens.afdelingsleder, t.residences.other), 'FORBIDDEN');
    expectCode(await t.call('staffingNeeds.list', { residenceId: t.residences.other }, t.tokens.afdelingsleder), 'FORBIDDEN');
    expectCode(await set([], t.tokens.medarbejder), 'FORBIDDEN');
    expect(auditRows(t.backend).filter((row) => row.id > mark).map((row) => [row.action, row.method, row.subject, row.detail])).toEqual([['update', 'staffingNeeds.set', 'Egebakken', '1 rækker']]);
  });
});
