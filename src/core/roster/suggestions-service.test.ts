// Replacement suggestions through dispatch: the pool (substitutes and the residence's own staff)
// checked in one go, ranked by a transparent score (known at the residence first, then preferred
// residence, wishes, fewest hours this week, lowest cost) with Danish reasons, ties in Danish name
// order, and everyone left out listed with the rule that excludes them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, expectCode, type TestBackend } from '../../../tests/fixtures/backend';
import { citizenIn } from '../../../tests/fixtures/citizens';
import { addAbsence, addAvailability, addExcludedStaff, addShift, addStaffMember } from '../../../tests/fixtures/roster';

let t: TestBackend;
let planner: string;
beforeEach(async () => {
  t = await createTestBackend();
  planner = t.tokens.vagtplanlaegger;
});
afterEach(() => t.close());

const suggest = (shiftId: number, limit = 20, token = planner) => t.callOk('roster.suggest', { shiftId, limit }, token);

describe('roster.suggest', () => {
  it('ranks those who can take the shift and explains why; the rest are excluded with their rule', async () => {
    const shiftId = addShift(t, { date: '2026-03-11' });
    const anders = addStaffMember(t, { name: 'Anders Kendt', employment: 'vikar', hourlyRateOre: 20_000 });
    for (const date of ['2026-02-10', '2026-02-17', '2026-02-24']) addShift(t, { date, staffId: anders });
    addShift(t, { date: '2026-01-13', staffId: anders }); // more than 8 weeks before: not counted
    addShift(t, { date: '2026-02-25', staffId: anders, residenceId: t.residences.other }); // another residence: not counted
    const birgit = addStaffMember(t, { name: 'Birgit Ønske', employment: 'vikar', preferredResidenceIds: [t.residences.own], hourlyRateOre: 18_000 });
    addAvailability(t, birgit, '2026-03-11', 'oensker', 'dag');
    const carl = addStaffMember(t, { name: 'Carl Billig', employment: 'vikar', hourlyRateOre: 15_000 });
    const dina = addStaffMember(t, { name: 'Dina Travl', employment: 'vikar', hourlyRateOre: 15_000 });
    addShift(t, { date: '2026-03-09', staffId: dina, residenceId: t.residences.other });
    const gitte = addStaffMember(t, { name: 'Gitte Fast', homeResidence: 'own' });
    addStaffMember(t, { name: 'Hans Andetsteds', homeResidence: 'other' }); // another residence's own staff: not in the pool
    addStaffMember(t, { name: 'Ib Inaktiv', employment: 'vikar', active: false });
    const eva = addStaffMember(t, { name: 'Eva Syg', employment: 'vikar' });
    addAbsence(t, eva, '2026-03-11');
    const finn = addStaffMember(t, { name: 'Finn Optaget', employment: 'vikar' });
    addShift(t, { date: '2026-03-11', start: '12:00', end: '20:00', staffId: finn, residenceId: t.residences.other });
    const jonna = addStaffMember(t, { name: 'Jonna Udelukket', employment: 'vikar' });
    addExcludedStaff(t, citizenIn(t, 'own', { firstName: 'Karen', lastName: 'Hemmelig' }), jonna);

    const result = await suggest(shiftId);
    expect(result.candidates.map((c) => c.name)).toEqual(['Anders Kendt', 'Birgit Ønske', 'Carl Billig', 'Dina Travl', 'Gitte Fast']);
    expect(result.candidates[0]).toEqual({
      staffId: anders,
      name: 'Anders Kendt',
      employment: 'vikar',
      score: 1030 + 100 + 37.5,
      knownShifts: 3,
      weekMinutes: 0,
      costOre: 160_000,
      wishes: false,
      reasons: ['Kendt i botilbuddet (3 vagter de sidste 8 uger)', 'Ingen vagter i uge 11', 'Pris 1.600,00 kr.'],
    });
    expect(result.candidates[1]).toMatchObject({
      staffId: birgit,
      wishes: true,
      costOre: 144_000,
      reasons: ['Foretrækker botilbuddet', 'Ønsker vagt', 'Ingen vagter i uge 11', 'Pris 1.440,00 kr.'],
    });
    expect(result.candidates[2]).toMatchObject({ staffId: carl, score: 150, reasons: ['Ingen vagter i uge 11', 'Pris 1.200,00 kr. (lavest)'] });
    expect(result.candidates[3]).toMatchObject({ staffId: dina, weekMinutes: 480, reasons: ['8 t i uge 11 i forvejen', 'Pris 1.200,00 kr. (lavest)'] });
    expect(result.candidates[4]).toMatchObject({ staffId: gitte, employment: 'fast', costOre: null, score: 100, reasons: ['Fast medarbejder i botilbuddet', 'Ingen vagter i uge 11'] });

    expect(result.excluded).toEqual([
      { staffId: eva, name: 'Eva Syg', employment: 'vikar', violations: [{ rule: 'fravaer', message: 'Medarbejderen har fravær (Sygdom) 11-03', overridable: false }] },
      { staffId: finn, name: 'Finn Optaget', employment: 'vikar', violations: [{ rule: 'overlap', message: 'Overlapper vagten 11-03 12:00-20:00', overridable: false }] },
      {
        staffId: jonna,
        name: 'Jonna Udelukket',
        employment: 'vikar',
        violations: [{ rule: 'udelukket', message: 'En borger i botilbuddet må ikke have medarbejderen', overridable: true }],
      },
    ]);
    expect(JSON.stringify(result)).not.toMatch(/Karen|Hemmelig/);
  });

  it('equal scores in Danish name order (Å last); the limit cuts the list', async () => {
    const shiftId = addShift(t, { date: '2026-03-11' });
    for (const name of ['Åse Vikar', 'Ebbe Vikar', 'Ærø Vikar', 'Zenia Vikar']) addStaffMember(t, { name, employment: 'vikar' });
    expect((await suggest(shiftId)).candidates.map((c) => c.name)).toEqual(['Ebbe Vikar', 'Zenia Vikar', 'Ærø Vikar', 'Åse Vikar']);
    expect((await suggest(shiftId, 2)).candidates.map((c) => c.name)).toEqual(['Ebbe Vikar', 'Zenia Vikar']);
  });

  it('the person already on the shift is not suggested; a department head only for their own residences', async () => {
    const on = addStaffMember(t, { name: 'På Vagten', employment: 'vikar' });
    const shiftId = addShift(t, { date: '2026-03-11', staffId: on });
    const result = await suggest(shiftId);
    expect([...result.candidates, ...result.excluded].map((c) => c.staffId)).not.toContain(on);
    const other = addShift(t, { date: '2026-03-11', residenceId: t.residences.other });
    expectCode(await t.call('roster.suggest', { shiftId: other }, t.tokens.afdelingsleder), 'FORBIDDEN');
    expect((await t.callOk('roster.suggest', { shiftId }, t.tokens.afdelingsleder)).candidates).toEqual([]);
    expectCode(await t.call('roster.suggest', { shiftId: 9999 }, planner), 'NOT_FOUND');
  });

  it('a substitute at the weekly maximum is excluded with the figures', async () => {
    const shiftId = addShift(t, { date: '2026-03-11' });
    const full = addStaffMember(t, { name: 'Fuld Uge', employment: 'vikar', maxWeeklyMinutes: 8 * 60 });
    addShift(t, { date: '2026-03-09', staffId: full });
    expect((await suggest(shiftId)).excluded).toEqual([
      {
        staffId: full,
        name: 'Fuld Uge',
        employment: 'vikar',
        violations: [{ rule: 'max-timer', message: '8 t i uge 11 i forvejen, 16 t med denne vagt; vikaren må højst have 8 t om ugen', overridable: true }],
      },
    ]);
  });
});
