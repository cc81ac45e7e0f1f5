// The printed ugeplan: staff in Danish order with their shifts and absence, the open shifts, the
// Easter holidays, hours against normtid; who may print it, and a week that must start on a Monday.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, expectCode, fieldPaths, type TestBackend } from '../../../tests/fixtures/backend';
import { flat, pdfPageCount } from '../../../tests/fixtures/pdf-text';
import { addAbsence, addShift, addShiftType, addStaffMember } from '../../../tests/fixtures/roster';
import { prepareAndRender, setProvider } from '../../../tests/fixtures/roster-reports';

let t: TestBackend;
let dag: number;
let aften: number;
let nat: number;
const EASTER_WEEK = '2026-03-30';

beforeEach(async () => {
  t = await createTestBackend();
  await setProvider(t);
  dag = addShiftType(t, t.residences.own, { kind: 'dag' });
  aften = addShiftType(t, t.residences.own, { kind: 'aften' });
  nat = addShiftType(t, t.residences.own, { kind: 'nat' });
});
afterEach(() => t.close());

const weekly = (role: 'administrator' | 'vagtplanlaegger' | 'afdelingsleder' | 'medarbejder' = 'administrator', weekStart = EASTER_WEEK) =>
  prepareAndRender(t, role, (reports, actor) => reports.prepareWeeklyRoster(actor, { residenceId: t.residences.own, weekStart }));

describe('the weekly roster', () => {
  it('prints each staff member’s shifts, absence, the open shifts and the holidays of Easter week', async () => {
    const bo = addStaffMember(t, { name: 'Bo Andersen', weeklyMinutes: 37 * 60 });
    const aase = addStaffMember(t, { name: 'Åse Østergaard', weeklyMinutes: 30 * 60 });
    const carla = addStaffMember(t, { name: 'Carla Vikar', employment: 'vikar' });
    addShift(t, { shiftTypeId: dag, date: '2026-03-30', staffId: bo });
    addShift(t, { shiftTypeId: dag, date: '2026-03-31', staffId: bo, start: '07:30', end: '15:00' });
    addShift(t, { shiftTypeId: aften, date: '2026-03-31', staffId: aase });
    addShift(t, { shiftTypeId: nat, date: '2026-04-01', staffId: carla });
    addShift(t, { shiftTypeId: dag, date: '2026-04-02', staffId: null });
    addAbsence(t, aase, '2026-04-03', '2026-04-03', 'sygdom');

    const { prepared, pdfs, text } = await weekly('vagtplanlaegger');
    const pdf = pdfs[0]!;
    const page = flat(text);

    expect(prepared.job.frame).toMatchObject({ title: 'Ugeplan', subtitle: 'Egebakken · Uge 14 2026' });
    expect(page).toContain('Ugeplan · Egebakken · Uge 14 2026');
    expect(page).toContain('Uge 14, 30-03-2026 – 05-04-2026');
    expect(page).toContain('Bo & Trivsel ApS');
    // Danish order: Å after every other letter.
    expect(text.indexOf('Bo Andersen')).toBeLessThan(text.indexOf('Carla Vikar'));
    expect(text.indexOf('Carla Vikar')).toBeLessThan(text.indexOf('Åse Østergaard'));
    expect(page).toContain('D 07–15');
    expect(page).toContain('D 07:30–15');
    expect(page).toContain('A 15–23');
    expect(page).toContain('N 23–07');
    expect(page).toContain('Ledig');
    expect(page).toContain('Sygdom');
    expect(page).toContain('Skærtorsdag');
    expect(page).toContain('Langfredag');
    // Bo: 8 + 7,5 hours against 37; Åse 8 against 30.
    expect(page).toContain('15,5 / 37,0 t');
    expect(page).toContain('8,0 / 30,0 t');
    expect(pdfPageCount(pdf)).toBe(1);
  });

  it('shows the coverage against the staffing need, where a surplus on one shift does not hide a gap on another', async () => {
    const need = t.backend.db.prepare('INSERT INTO staffing_needs (shift_type_id, weekday, staff_count) VALUES (?, 1, ?)');
    need.run(dag, 1);
    need.run(aften, 2);
    addShift(t, { shiftTypeId: dag, date: '2026-03-30', staffId: addStaffMember(t, { name: 'Dorte Dag' }) });
    addShift(t, { shiftTypeId: dag, date: '2026-03-30', staffId: addStaffMember(t, { name: 'Ekstra Dag' }) });
    addShift(t, { shiftTypeId: aften, date: '2026-03-30', staffId: addStaffMember(t, { name: 'Aase Aften' }) });
    const { text } = await weekly();
    // Monday: 1 of 1 day shifts and 1 of 2 evening shifts staffed; no need on the other days.
    expect(flat(text)).toMatch(/Dækning \(besat \/ behov\) 2 ?\/ ?3 – – – – – –/);
  });

  it('marks a sleeping night shift and explains the letters', async () => {
    const sovende = addShiftType(t, t.residences.own, { kind: 'nat', name: 'Sovende nat', nightMode: 'sovende' });
    addShift(t, { shiftTypeId: sovende, date: '2026-03-30', staffId: addStaffMember(t, { name: 'Niels Nat' }) });
    const page = flat((await weekly()).text);
    expect(page).toMatch(/Niels Nat N 23–07 sov/);
    expect(page).toContain('N = Sovende nat 23:00–07:00');
    expect(page).toContain('«sov» = sovende nattevagt');
  });

  it('records the week, the residence and an ASCII file name', async () => {
    const { prepared } = await weekly('vagtplanlaegger', '2026-11-23');
    expect(prepared.record).toMatchObject({
      kind: 'weekly_roster',
      title: 'Ugeplan',
      subject: 'Egebakken, uge 48 2026',
      fileName: 'ugeplan-egebakken-uge-48-2026.pdf',
      periodFrom: '2026-11-23',
      periodTo: '2026-11-29',
      residenceId: t.residences.own,
      citizenIds: [],
    });
    expect(prepared.record.warnings).toContain('Uge 48 har ingen vagter i Egebakken.');
  });

  it('says plainly that a week without staff or shifts is empty', async () => {
    const { text } = await weekly('administrator', '2026-11-23');
    expect(flat(text)).toContain('Ingen medarbejdere og ingen vagter i Egebakken i uge 48.');
  });
});

describe('who may print it', () => {
  const call = (token: string, weekStart = EASTER_WEEK, residenceId = t.residences.own) =>
    t.call('reports.generateWeeklyRoster', { residenceId, weekStart }, token);

  it('refuses a week that does not start on a Monday, naming the field', async () => {
    const error = expectCode(await call(t.tokens.administrator, '2026-04-01'), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['weekStart']);
    expect(error.message).toContain('mandag');
  });

  it('refuses the afdelingsleder of another residence and a missing residence', async () => {
    expectCode(await call(t.tokens.afdelingsleder, EASTER_WEEK, t.residences.other), 'FORBIDDEN');
    expectCode(await call(t.tokens.administrator, EASTER_WEEK, 9999), 'NOT_FOUND');
  });

  it('lets the planner and the residence’s own afdelingsleder prepare it', async () => {
    await expect(weekly('vagtplanlaegger')).resolves.toBeTruthy();
    await expect(weekly('afdelingsleder')).resolves.toBeTruthy();
  });

  it('lets a medarbejder print the plan of their own residence only', async () => {
    const own = await prepareAndRender(t, 'medarbejder', (reports, actor) => reports.prepareWeeklyRoster(actor, { residenceId: t.residences.own, weekStart: EASTER_WEEK }));
    expect(own.prepared.record.residenceId).toBe(t.residences.own);
    expectCode(await call(t.tokens.medarbejder, EASTER_WEEK, t.residences.other), 'FORBIDDEN');
  });
});
