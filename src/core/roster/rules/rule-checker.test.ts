// The working-time rules at their boundaries, on a real SQLite: exactly 11 hours' rest passes and
// 10 h 59 min fails, a night over midnight, the two daylight-saving nights of 2026 (rest on real
// hours), the 35-hour weekly rest across a week boundary, the 48-hour average, a substitute's weekly
// maximum, competences, excluded staff (no citizen named), absence, availability, employment.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Violation } from '../../../contract/areas/roster';
import type { RosterRule } from '../../../contract/roster-terms';
import { createTestBackend, type TestBackend } from '../../../../tests/fixtures/backend';
import { citizenIn } from '../../../../tests/fixtures/citizens';
import { addAbsence, addAvailability, addCompetence, addExcludedStaff, addShift, addStaffMember } from '../../../../tests/fixtures/roster';
import { shiftInstants } from '../shift-times';
import { createRuleChecker, type CandidateShift } from './rule-checker';

let t: TestBackend;
let checker: ReturnType<typeof createRuleChecker>;
beforeEach(async () => {
  t = await createTestBackend();
  checker = createRuleChecker(t.backend.db);
});
afterEach(() => t.close());

function candidate(date: string, start: string, end: string, extra: Partial<CandidateShift> = {}): CandidateShift {
  return { id: null, residenceId: t.residences.own, date, kind: 'dag', ...shiftInstants(date, start, end), requiredCompetenceIds: [], ...extra };
}
const of = (violations: Violation[], rule: RosterRule) => violations.filter((v) => v.rule === rule);
const rules = (violations: Violation[]) => violations.map((v) => v.rule);

describe('11-timers-reglen', () => {
  it('exactly 11 hours after an evening shift passes; 10 h 59 min fails with the figures and the shift before', () => {
    const staffId = addStaffMember(t);
    addShift(t, { date: '2026-03-10', kind: 'aften', start: '15:00', end: '23:00', staffId });
    expect(checker.check(candidate('2026-03-11', '10:00', '18:00'), staffId)).toEqual([]);
    expect(checker.check(candidate('2026-03-11', '09:59', '18:00'), staffId)).toEqual([
      { rule: 'hviletid', message: 'Kun 10 t 59 min hvile mellem vagten 10-03 15:00-23:00 og denne (kræver 11 t)', overridable: true },
    ]);
  });

  it('checks the shift after the candidate too', () => {
    const staffId = addStaffMember(t);
    addShift(t, { date: '2026-03-12', start: '07:00', end: '15:00', staffId });
    expect(checker.check(candidate('2026-03-11', '12:00', '20:00'), staffId)).toEqual([]);
    expect(of(checker.check(candidate('2026-03-11', '12:01', '20:01'), staffId), 'hviletid')[0]?.message).toBe(
      'Kun 10 t 59 min hvile mellem denne og vagten 12-03 07:00-15:00 (kræver 11 t)',
    );
  });

  it('a night shift over midnight: rest counts from its end the next morning; a day shift inside it overlaps (hard)', () => {
    const staffId = addStaffMember(t);
    addShift(t, { date: '2026-03-10', kind: 'nat', sleeping: true, staffId });
    expect(checker.check(candidate('2026-03-11', '18:00', '23:00', { kind: 'aften' }), staffId)).toEqual([]);
    expect(rules(checker.check(candidate('2026-03-11', '17:59', '23:00', { kind: 'aften' }), staffId))).toEqual(['hviletid']);
    const overlap = of(checker.check(candidate('2026-03-11', '06:00', '14:00'), staffId), 'overlap');
    expect(overlap).toEqual([{ rule: 'overlap', message: 'Overlapper vagten 10-03 23:00-07:00', overridable: false }]);
  });

  it('a shift that ends when the next begins does not overlap, but has no rest', () => {
    const staffId = addStaffMember(t);
    addShift(t, { date: '2026-03-10', start: '07:00', end: '15:00', staffId });
    expect(rules(checker.check(candidate('2026-03-10', '15:00', '23:00', { kind: 'aften' }), staffId))).toEqual(['hviletid']);
  });

  it('the night the clocks go forward (29 March 2026): 11 hours on the clock are 10 real hours and fail', () => {
    const staffId = addStaffMember(t);
    addShift(t, { date: '2026-03-28', kind: 'aften', staffId });
    expect(of(checker.check(candidate('2026-03-29', '10:00', '18:00'), staffId), 'hviletid')[0]?.message).toBe(
      'Kun 10 t hvile mellem vagten 28-03 15:00-23:00 og denne (kræver 11 t)',
    );
    expect(checker.check(candidate('2026-03-29', '11:00', '19:00'), staffId)).toEqual([]);
  });

  it('the night the clocks go back (25 October 2026): 10 hours on the clock are 11 real hours and pass', () => {
    const staffId = addStaffMember(t);
    addShift(t, { date: '2026-10-24', kind: 'aften', staffId });
    expect(checker.check(candidate('2026-10-25', '09:00', '17:00'), staffId)).toEqual([]);
    expect(rules(checker.check(candidate('2026-10-25', '08:59', '17:00'), staffId))).toEqual(['hviletid']);
  });

  it('a night shift across the October change ends at 07:00 winter time; rest is counted from there', () => {
    const staffId = addStaffMember(t);
    addShift(t, { date: '2026-10-24', kind: 'nat', staffId });
    expect(checker.check(candidate('2026-10-25', '18:00', '23:00', { kind: 'aften' }), staffId)).toEqual([]);
    expect(rules(checker.check(candidate('2026-10-25', '17:59', '23:00', { kind: 'aften' }), staffId))).toEqual(['hviletid']);
  });

  it('a shift of 13 hours leaves 11 hours of the day free; one minute more does not', () => {
    const staffId = addStaffMember(t);
    expect(checker.check(candidate('2026-03-11', '07:00', '20:00'), staffId)).toEqual([]);
    expect(checker.check(candidate('2026-03-11', '07:00', '20:01'), staffId)).toEqual([
      { rule: 'hviletid', message: 'Vagten varer 13 t 1 min, så der er ikke 11 t hvile inden for 24 t fra dens start', overridable: true },
    ]);
  });

  it('the limit is a setting', () => {
    t.backend.db.prepare('UPDATE roster_settings SET daily_rest_minutes = 600').run();
    const staffId = addStaffMember(t);
    addShift(t, { date: '2026-03-10', kind: 'aften', staffId });
    expect(checker.check(candidate('2026-03-11', '09:00', '17:00'), staffId)).toEqual([]);
  });
});

describe('ugentligt fridøgn (35 hours in every 7 days)', () => {
  /** Monday-Friday 07-15 in the week of 9 March, Saturday `saturday`, and the candidate Monday 16 March 07-15. */
  function weekWithSaturday(saturday: [string, string]) {
    const staffId = addStaffMember(t);
    for (const date of ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13']) addShift(t, { date, staffId });
    addShift(t, { date: '2026-03-14', start: saturday[0], end: saturday[1], staffId });
    return staffId;
  }

  it('a rest from Saturday 20:00 to Monday 07:00 (35 hours, across the week boundary) passes', () => {
    const staffId = weekWithSaturday(['12:00', '20:00']);
    expect(checker.check(candidate('2026-03-16', '07:00', '15:00'), staffId)).toEqual([]);
  });

  it('34 h 59 min fails, naming the longest rest and the shift it follows', () => {
    const staffId = weekWithSaturday(['12:01', '20:01']);
    expect(checker.check(candidate('2026-03-16', '07:00', '15:00'), staffId)).toEqual([
      {
        rule: 'fridoegn',
        message:
          'Ingen hvile på 35 t inden for 7 døgn: fra vagten 09-03 07:00-15:00 til og med denne vagt går der 176 t (højst 133 t); længste hvile imellem er 34 t 59 min efter vagten 14-03 12:01-20:01',
        overridable: true,
      },
    ]);
  });

  it('the Saturday shift itself as the candidate: 35 h passes, 34 h 59 min fails', () => {
    const staffId = addStaffMember(t);
    for (const date of ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-16']) addShift(t, { date, staffId });
    expect(checker.check(candidate('2026-03-14', '12:00', '20:00'), staffId)).toEqual([]);
    expect(rules(checker.check(candidate('2026-03-14', '12:01', '20:01'), staffId))).toEqual(['fridoegn']);
  });

  it('an ordinary Monday-Friday week, week after week, passes', () => {
    const staffId = addStaffMember(t);
    for (const date of ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09', '2026-03-10', '2026-03-12', '2026-03-13', '2026-03-16', '2026-03-17']) {
      addShift(t, { date, staffId });
    }
    expect(checker.check(candidate('2026-03-11', '07:00', '15:00'), staffId)).toEqual([]);
  });

  it('on real hours: a work block across 29 March is 133 hours though the clock says 134', () => {
    const staffId = addStaffMember(t);
    for (const date of ['2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28']) addShift(t, { date, staffId });
    expect(checker.check(candidate('2026-03-29', '13:00', '21:00'), staffId)).toEqual([]);
    expect(of(checker.check(candidate('2026-03-29', '13:00', '21:01'), staffId), 'fridoegn')[0]?.message).toBe(
      'Ingen hvile på 35 t inden for 7 døgn: fra vagten 24-03 07:00-15:00 til og med denne vagt går der 133 t 1 min (højst 133 t); længste hvile imellem er 21 t efter vagten 28-03 07:00-15:00',
    );
  });

  it('seven days in a row break it; six do not', () => {
    const staffId = addStaffMember(t);
    for (const date of ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14']) addShift(t, { date, staffId });
    expect(rules(checker.check(candidate('2026-03-15', '07:00', '15:00'), staffId))).toEqual(['fridoegn']);
    expect(checker.check(candidate('2026-03-16', '07:00', '15:00'), staffId)).toEqual([]);
  });
});

describe('48 timer i gennemsnit', () => {
  /** Four weeks (from 2 March) of Monday-Thursday 07-19 (48 hours a week), the last Thursday being the candidate. */
  function fourWeeks() {
    t.backend.db.prepare('UPDATE roster_settings SET reference_weeks = 4').run();
    const staffId = addStaffMember(t);
    for (const monday of ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23']) {
      for (let day = 0; day < 4; day += 1) {
        const date = `2026-03-${String(Number(monday.slice(8)) + day).padStart(2, '0')}`;
        if (date !== '2026-03-26') addShift(t, { date, start: '07:00', end: '19:00', staffId });
      }
    }
    // Outside the reference period: does not count.
    addShift(t, { date: '2026-02-23', start: '07:00', end: '19:00', staffId });
    return staffId;
  }

  it('exactly 48 hours on average over the reference period passes; one minute more fails with the figures', () => {
    const staffId = fourWeeks();
    expect(checker.check(candidate('2026-03-26', '07:00', '19:00'), staffId)).toEqual([]);
    expect(checker.check(candidate('2026-03-26', '07:00', '19:04'), staffId)).toEqual([
      {
        rule: 'gennemsnit',
        message: 'Med denne vagt 48 t 1 min pr. uge i gennemsnit over 4 uger (uge 10/2026 til uge 13/2026, i alt 192 t 4 min); højst 48 t',
        overridable: true,
      },
    ]);
  });

  it('with the default 17 weeks the same weeks are far below the average', () => {
    const staffId = addStaffMember(t);
    for (const date of ['2026-03-23', '2026-03-24', '2026-03-25']) addShift(t, { date, start: '07:00', end: '19:00', staffId });
    expect(checker.check(candidate('2026-03-26', '07:00', '19:04'), staffId)).toEqual([]);
  });
});

describe("vikarens maksimale timer", () => {
  it('a substitute may reach the weekly maximum, not pass it; permanent staff have none', () => {
    const vikar = addStaffMember(t, { employment: 'vikar', maxWeeklyMinutes: 16 * 60 });
    const fast = addStaffMember(t);
    for (const staffId of [vikar, fast]) addShift(t, { date: '2026-03-09', staffId });
    expect(checker.check(candidate('2026-03-11', '07:00', '15:00'), vikar)).toEqual([]);
    expect(checker.check(candidate('2026-03-11', '07:00', '15:01'), vikar)).toEqual([
      { rule: 'max-timer', message: '8 t i uge 11 i forvejen, 16 t 1 min med denne vagt; vikaren må højst have 16 t om ugen', overridable: true },
    ]);
    expect(checker.check(candidate('2026-03-11', '07:00', '15:01'), fast)).toEqual([]);
  });

  it('a sleeping night counts with its real minutes: 9 hours the night of 25 October, 7 the night of 29 March', () => {
    const vikar = addStaffMember(t, { employment: 'vikar', maxWeeklyMinutes: 8 * 60 });
    expect(rules(checker.check(candidate('2026-10-24', '23:00', '07:00', { kind: 'nat' }), vikar))).toEqual(['max-timer']);
    expect(checker.check(candidate('2026-03-28', '23:00', '07:00', { kind: 'nat' }), vikar)).toEqual([]);
    // A sleeping night already planned counts too.
    addShift(t, { date: '2026-03-23', kind: 'nat', sleeping: true, staffId: vikar });
    expect(rules(checker.check(candidate('2026-03-25', '07:00', '08:00'), vikar))).toEqual(['max-timer']);
  });
});

describe('competence, excluded staff, absence, availability, employment', () => {
  it('every required competence must be the person’s; the message names the missing ones', () => {
    const medicin = addCompetence(t, 'Medicin');
    const diabetes = addCompetence(t, 'Diabetes');
    const with1 = addStaffMember(t, { competenceIds: [medicin] });
    const both = addStaffMember(t, { competenceIds: [medicin, diabetes] });
    const shift = candidate('2026-03-11', '07:00', '15:00', { requiredCompetenceIds: [medicin, diabetes] });
    expect(checker.check(shift, both)).toEqual([]);
    expect(checker.check(shift, with1)).toEqual([{ rule: 'kompetence', message: 'Vagten kræver Diabetes, som medarbejderen ikke har', overridable: true }]);
  });

  it('a citizen living at the residence that day who excluded the person: the message names no citizen', () => {
    const staffId = addStaffMember(t);
    const citizen = citizenIn(t, 'own', { firstName: 'Karen', lastName: 'Hemmelig', moveIn: '2026-01-01', moveOut: '2026-03-20' });
    addExcludedStaff(t, citizen, staffId);
    const violations = checker.check(candidate('2026-03-11', '07:00', '15:00'), staffId);
    expect(violations).toEqual([{ rule: 'udelukket', message: 'En borger i botilbuddet må ikke have medarbejderen', overridable: true }]);
    expect(JSON.stringify(violations)).not.toMatch(/Karen|Hemmelig/);
    // After moving out, and at another residence, the exclusion does not apply.
    expect(checker.check(candidate('2026-03-21', '07:00', '15:00'), staffId)).toEqual([]);
    expect(checker.check(candidate('2026-03-11', '07:00', '15:00', { residenceId: t.residences.other }), staffId)).toEqual([]);
  });

  it('absence on the shift’s date is hard', () => {
    const staffId = addStaffMember(t);
    addAbsence(t, staffId, '2026-03-10', '2026-03-12', 'ferie');
    expect(checker.check(candidate('2026-03-12', '07:00', '15:00'), staffId)).toEqual([
      { rule: 'fravaer', message: 'Medarbejderen har fravær (Ferie) 10-03 til 12-03', overridable: false },
    ]);
    expect(checker.check(candidate('2026-03-13', '07:00', '15:00'), staffId)).toEqual([]);
  });

  it("'kan ikke' for the whole day or the shift's kind; another kind is fine", () => {
    const staffId = addStaffMember(t, { employment: 'vikar' });
    addAvailability(t, staffId, '2026-03-11', 'kan-ikke', 'aften');
    addAvailability(t, staffId, '2026-03-12', 'kan-ikke');
    expect(checker.check(candidate('2026-03-11', '07:00', '15:00'), staffId)).toEqual([]);
    expect(checker.check(candidate('2026-03-11', '15:00', '23:00', { kind: 'aften' }), staffId)).toEqual([
      { rule: 'utilgaengelig', message: 'Har meldt "kan ikke" 11-03 (aftenvagt)', overridable: true },
    ]);
    expect(of(checker.check(candidate('2026-03-12', '07:00', '15:00'), staffId), 'utilgaengelig')[0]?.message).toBe('Har meldt "kan ikke" 12-03 (hele dagen)');
  });

  it('inactive, or outside the employment period, is hard', () => {
    const inactive = addStaffMember(t, { active: false });
    const period = addStaffMember(t, { activeFrom: '2026-03-05', activeTo: '2026-03-31' });
    const shiftOn = (date: string) => candidate(date, '07:00', '15:00');
    expect(checker.check(shiftOn('2026-03-11'), inactive)).toEqual([{ rule: 'ikke-ansat', message: 'Medarbejderen er ikke aktiv', overridable: false }]);
    expect(checker.check(shiftOn('2026-03-04'), period)).toEqual([{ rule: 'ikke-ansat', message: 'Medarbejderen er først ansat fra 05-03-2026', overridable: false }]);
    expect(checker.check(shiftOn('2026-03-05'), period)).toEqual([]);
    expect(checker.check(shiftOn('2026-03-31'), period)).toEqual([]);
    expect(checker.check(shiftOn('2026-04-01'), period)).toEqual([{ rule: 'ikke-ansat', message: 'Medarbejderen er kun ansat til 31-03-2026', overridable: false }]);
  });
});

describe('the checker', () => {
  it('a saved shift is not its own neighbour', () => {
    const staffId = addStaffMember(t);
    const id = addShift(t, { date: '2026-03-11', staffId });
    expect(checker.check(candidate('2026-03-11', '07:00', '15:00', { id }), staffId)).toEqual([]);
    expect(rules(checker.check(candidate('2026-03-11', '07:00', '15:00'), staffId))).toEqual(['overlap']);
  });

  it('checkMany checks everyone at once and leaves unknown ids out; check refuses an unknown person', () => {
    const free = addStaffMember(t);
    const busy = addStaffMember(t);
    addShift(t, { date: '2026-03-11', staffId: busy });
    const result = checker.checkMany(candidate('2026-03-11', '08:00', '16:00'), [free, busy, 9999]);
    expect([...result.keys()]).toEqual([free, busy]);
    expect(result.get(free)).toEqual([]);
    expect(rules(result.get(busy) ?? [])).toContain('overlap');
    expect(() => checker.check(candidate('2026-03-11', '08:00', '16:00'), 9999)).toThrow('Medarbejderen findes ikke.');
  });

  it('checkMany gives each person exactly what check gives them alone', () => {
    const medicin = addCompetence(t, 'Medicin');
    const people = [
      addStaffMember(t, { competenceIds: [medicin] }),
      addStaffMember(t, { employment: 'vikar', maxWeeklyMinutes: 10 * 60 }),
      addStaffMember(t, { activeTo: '2026-03-01' }),
      addStaffMember(t, { competenceIds: [medicin] }),
    ];
    addShift(t, { date: '2026-03-10', kind: 'aften', staffId: people[0] });
    addShift(t, { date: '2026-03-09', staffId: people[1] });
    addAbsence(t, people[3]!, '2026-03-11');
    const shift = candidate('2026-03-11', '07:00', '15:00', { requiredCompetenceIds: [medicin] });
    const batch = checker.checkMany(shift, people);
    for (const staffId of people) expect(batch.get(staffId)).toEqual(checker.check(shift, staffId));
    expect(people.map((staffId) => rules(batch.get(staffId)!))).toEqual([['hviletid'], ['max-timer', 'kompetence'], ['kompetence', 'ikke-ansat'], ['fravaer']]);
  });
});
