// Hours and cost per person and month, the payroll CSV (read back with csv-parse) and the
// iCalendar export with UTC instants.
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, type TestBackend } from '../../../tests/fixtures/backend';
import { addShift, addShiftType, addStaffMember } from '../../../tests/fixtures/roster';

let t: TestBackend;
let dag: number;
let aften: number;
let nat: number;
let anna: number;
let vikar: number;

beforeEach(async () => {
  t = await createTestBackend();
  dag = addShiftType(t, t.residences.own, { kind: 'dag' });
  aften = addShiftType(t, t.residences.own, { kind: 'aften' });
  nat = addShiftType(t, t.residences.own, { kind: 'nat', start: '23:00', end: '07:00' });
  anna = addStaffMember(t, { name: 'Anna Hansen', employeeNumber: 'M-17', hourlyRateOre: 20_000 });
  vikar = addStaffMember(t, { name: 'Øjvind Vikar', employment: 'vikar' });
  addShift(t, { shiftTypeId: dag, date: '2026-03-03', staffId: anna });
  addShift(t, { shiftTypeId: aften, date: '2026-03-07', staffId: anna }); // a Saturday evening
  addShift(t, { shiftTypeId: nat, date: '2026-03-31', staffId: anna }); // starts in March, ends in April
  addShift(t, { shiftTypeId: nat, date: '2026-02-28', staffId: anna }); // February
  addShift(t, { shiftTypeId: nat, date: '2026-04-01', staffId: vikar }); // into Skærtorsdag
  addShift(t, { shiftTypeId: dag, date: '2026-03-10', staffId: vikar });
  addShift(t, { residenceId: t.residences.other, date: '2026-03-11', staffId: vikar });
  addShift(t, { shiftTypeId: dag, date: '2026-03-12' }); // open
});
afterEach(() => t.close());

describe('roster.hours', () => {
  it('sums each person’s shifts of the month with supplement minutes and cost rounded once', async () => {
    const rows = await t.callOk('roster.hours', { month: '2026-03', residenceId: null, employment: null }, t.tokens.vagtplanlaegger);
    expect(rows).toEqual([
      {
        staffId: anna,
        name: 'Anna Hansen',
        employeeNumber: 'M-17',
        employment: 'fast',
        shifts: 3,
        minutes: 1440,
        eveningMinutes: 360,
        nightMinutes: 420,
        weekendMinutes: 480,
        holidayMinutes: 0,
        // 200 kr/t × (24 t + 6 t × 25 % + 7 t × 35 % + 8 t × 30 %)
        costOre: 607_000,
      },
      { staffId: vikar, name: 'Øjvind Vikar', employeeNumber: null, employment: 'vikar', shifts: 2, minutes: 960, eveningMinutes: 0, nightMinutes: 0, weekendMinutes: 0, holidayMinutes: 0, costOre: null },
    ]);
    const april = await t.callOk('roster.hours', { month: '2026-04', residenceId: t.residences.own, employment: 'vikar' }, t.tokens.vagtplanlaegger);
    expect(april).toEqual([expect.objectContaining({ staffId: vikar, shifts: 1, minutes: 480, nightMinutes: 420, holidayMinutes: 420 })]);
  });

  it('keeps a department head to their own residences', async () => {
    const mine = await t.callOk('roster.hours', { month: '2026-03', residenceId: null, employment: 'vikar' }, t.tokens.afdelingsleder);
    expect(mine).toEqual([expect.objectContaining({ staffId: vikar, shifts: 1 })]);
    const other = await t.call('roster.hours', { month: '2026-03', residenceId: t.residences.other, employment: null }, t.tokens.afdelingsleder);
    expect(other.ok ? null : other.error.code).toBe('FORBIDDEN');
  });
});

describe('roster.payrollExport', () => {
  it('writes a semicolon CSV with Danish headers and decimal commas, and audits the export', async () => {
    const result = await t.callOk('roster.payrollExport', { month: '2026-03' }, t.tokens.vagtplanlaegger);
    expect(result.fileName).toBe('loen-2026-03.csv');
    const records = parse(result.csv, { delimiter: ';', bom: true }) as string[][];
    expect(records).toEqual([
      ['Medarbejdernummer', 'Navn', 'Ansættelse', 'Vagter', 'Timer', 'Aftentimer', 'Nattimer', 'Weekendtimer', 'Helligdagstimer', 'Løn i kr.'],
      ['M-17', 'Anna Hansen', 'Fast', '3', '24,00', '6,00', '7,00', '8,00', '0,00', '6070,00'],
      ['', 'Øjvind Vikar', 'Vikar', '2', '16,00', '0,00', '0,00', '0,00', '0,00', ''],
    ]);
    const audit = t.backend.db.prepare("SELECT action, subject FROM audit_log WHERE method = 'roster.payrollExport'").all();
    expect(audit).toEqual([{ action: 'export', subject: 'Løn 2026-03' }]);
  });
});

describe('roster.calendar', () => {
  it('gives one event per shift with UTC start and end, summary and the residence’s address', async () => {
    const result = await t.callOk('roster.calendar', { staffId: anna, from: '2026-03-01', to: '2026-04-30' }, t.tokens.vagtplanlaegger);
    expect(result.fileName).toBe('vagter-anna-hansen-2026-03-01.ics');
    const ics = result.ics.replace(/\r\n[ \t]/g, '');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics).toContain('DTSTART:20260303T060000Z');
    expect(ics).toContain('DTEND:20260303T140000Z');
    expect(ics).toContain('SUMMARY:Dagvagt · Egebakken');
    expect(ics).toContain('LOCATION:Solbakkevej 1\\, 8000 Aarhus C');
    // The night of 31-03 is in summer time (since 29-03): 23:00-07:00 is 21:00-05:00 UTC.
    expect(ics).toContain('DTSTART:20260331T210000Z');
    expect(ics).toContain('DTEND:20260401T050000Z');
  });
});
