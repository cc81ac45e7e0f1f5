// The vikartimer report: per substitute the hours, supplement hours, shifts, residences and pay
// from the roster's own hours rule; totals; an honest empty month; who may print it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, expectCode, type TestBackend } from '../../../tests/fixtures/backend';
import { flat } from '../../../tests/fixtures/pdf-text';
import { addShift, addShiftType, addStaffMember } from '../../../tests/fixtures/roster';
import { prepareAndRender, setProvider } from '../../../tests/fixtures/roster-reports';

let t: TestBackend;

beforeEach(async () => {
  t = await createTestBackend();
  await setProvider(t);
});
afterEach(() => t.close());

const hoursReport = (month = '2026-11', role: 'administrator' | 'vagtplanlaegger' | 'afdelingsleder' = 'vagtplanlaegger') =>
  prepareAndRender(t, role, (reports, actor) => reports.prepareSubstituteHours(actor, { month }));

describe('substitute hours', () => {
  it('lists each substitute’s hours, supplement hours, residences and pay, with totals', async () => {
    const dagOwn = addShiftType(t, t.residences.own, { kind: 'dag' });
    const aftenOther = addShiftType(t, t.residences.other, { kind: 'aften' });
    const natOwn = addShiftType(t, t.residences.own, { kind: 'nat' });
    // 200 kr. an hour; Monday 23-11-2026 day (8 t), Tuesday evening at the other residence (8 t, 6 of them evening).
    const signe = addStaffMember(t, { name: 'Signe Sørensen', employment: 'vikar', hourlyRateOre: 20_000, employeeNumber: 'V-17' });
    addShift(t, { shiftTypeId: dagOwn, date: '2026-11-23', staffId: signe });
    addShift(t, { shiftTypeId: aftenOther, date: '2026-11-24', staffId: signe });
    // No rate: a Saturday night (8 t of weekend, 7 of them night: night ends 06:00 by default).
    const anders = addStaffMember(t, { name: 'Anders Ærø', employment: 'vikar' });
    addShift(t, { shiftTypeId: natOwn, date: '2026-11-28', staffId: anders });
    // A permanent employee and a December shift are not in the report.
    addShift(t, { shiftTypeId: dagOwn, date: '2026-11-23', staffId: addStaffMember(t, { name: 'Fast Frida' }) });
    addShift(t, { shiftTypeId: dagOwn, date: '2026-12-01', staffId: signe });

    const { prepared, text } = await hoursReport();
    const page = flat(text);
    const hours = await t.callOk('roster.hours', { month: '2026-11', residenceId: null, employment: 'vikar' }, t.tokens.vagtplanlaegger);
    const signeHours = hours.find((h) => h.name === 'Signe Sørensen')!;

    expect(prepared.job.frame).toMatchObject({ title: 'Vikartimer', subtitle: 'November 2026' });
    expect(page).toContain('Timer og løn pr. vikar, november 2026');
    expect(page).not.toContain('Fast Frida');
    // Danish name order.
    expect(text.indexOf('Anders Ærø')).toBeLessThan(text.indexOf('Signe Sørensen (V-17)'));
    expect(page).toMatch(/Signe Sørensen \(V-17\) 2 16,0 6,0 0,0 0,0 0,0 Egebakken, Lærkehøj/);
    expect(page).toMatch(/Anders Ærø 1 8,0 0,0 7,0 8,0 0,0 Egebakken Ingen timeløn/);
    // The pay is the roster's own figure: 16 t × 200 kr. plus 6 evening hours at 25 %.
    expect(signeHours.costOre).toBe(20_000 * 16 + 20_000 * 6 * 0.25);
    expect(page).toContain('3.500,00 kr.');
    expect(page).toMatch(/I alt, 2 vikarer 3 24,0 6,0 7,0 8,0 0,0 2 botilbud 3.500,00 kr\./);
    expect(page).toContain('1 vikar har ingen timeløn og er ikke med i lønsummen.');
    expect(prepared.record).toMatchObject({
      kind: 'substitute_hours',
      subject: 'November 2026',
      fileName: 'vikartimer-2026-11.pdf',
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      residenceId: null,
      citizenIds: [],
    });
    expect(prepared.record.warnings).toContain('1 vikar har ingen timeløn; lønnen er ikke med i totalen.');
  });

  it('counts holiday hours on a Danish public holiday (juledag)', async () => {
    const dag = addShiftType(t, t.residences.own, { kind: 'dag' });
    addShift(t, { shiftTypeId: dag, date: '2026-12-25', staffId: addStaffMember(t, { name: 'Julie Jul', employment: 'vikar', hourlyRateOre: 10_000 }) });
    const { text } = await hoursReport('2026-12');
    expect(flat(text)).toMatch(/Julie Jul 1 8,0 0,0 0,0 0,0 8,0 Egebakken/);
    expect(flat(text)).toContain('December 2026');
  });

  it('says plainly that no substitute worked in the month', async () => {
    const { prepared, text } = await hoursReport('2027-02');
    expect(flat(text)).toContain('Ingen vikarer havde vagter i februar 2027.');
    expect(prepared.record.warnings).toContain('Ingen vikarer havde vagter i februar 2027.');
  });

  it('shows an afdelingsleder only the hours worked at their residences', async () => {
    const dagOwn = addShiftType(t, t.residences.own, { kind: 'dag' });
    const dagOther = addShiftType(t, t.residences.other, { kind: 'dag' });
    addShift(t, { shiftTypeId: dagOwn, date: '2026-11-02', staffId: addStaffMember(t, { name: 'Ida Egebakken', employment: 'vikar' }) });
    addShift(t, { shiftTypeId: dagOther, date: '2026-11-02', staffId: addStaffMember(t, { name: 'Ole Lærkehøj', employment: 'vikar' }) });
    const { text } = await hoursReport('2026-11', 'afdelingsleder');
    expect(text).toContain('Ida Egebakken');
    expect(text).not.toContain('Ole Lærkehøj');
    expect(text).not.toContain('Lærkehøj,');
  });

  it('is for those who plan the roster: a medarbejder is refused', async () => {
    expectCode(await t.call('reports.generateSubstituteHours', { month: '2026-11' }, t.tokens.medarbejder), 'FORBIDDEN');
    expectCode(await t.call('reports.generateSubstituteHours', { month: '2026-13' }, t.tokens.vagtplanlaegger), 'INVALID_INPUT');
  });
});
