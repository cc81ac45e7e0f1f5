// The vikarmappe PDF: stamdata, the written texts, the phone list, residents by first name and
// room with their text, staff and shift types, who updated it; honest notices when nothing is
// written; one audit entry per resident named; the planner and other residences refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRows, createTestBackend, expectCode, type TestBackend } from '../../../tests/fixtures/backend';
import { citizenIn } from '../../../tests/fixtures/citizens';
import { flat } from '../../../tests/fixtures/pdf-text';
import { addShiftType, addStaffMember } from '../../../tests/fixtures/roster';
import { prepareAndRender, setProvider } from '../../../tests/fixtures/roster-reports';

let t: TestBackend;
let karen: number;
let ali: number;

beforeEach(async () => {
  t = await createTestBackend();
  await setProvider(t);
  karen = citizenIn(t, 'own', { firstName: 'Karen', lastName: 'Kristensen' });
  ali = citizenIn(t, 'own', { firstName: 'Ali', lastName: 'Ahmadi' });
  t.backend.db.prepare('UPDATE citizen_stays SET room = ? WHERE citizen_id = ?').run('3', karen);
});
afterEach(() => t.close());

const vikarmappe = (role: 'administrator' | 'afdelingsleder' = 'afdelingsleder') =>
  prepareAndRender(t, role, (reports, actor) => reports.prepareVikarmappe(actor, { residenceId: t.residences.own }));

describe('the vikarmappe', () => {
  it('prints the residence, its texts, phone list, residents, staff and shift types', async () => {
    addStaffMember(t, { name: 'Birthe Bøgh', title: 'Social- og sundhedsassistent' });
    addShiftType(t, t.residences.own, { kind: 'dag' });
    addShiftType(t, t.residences.own, { kind: 'nat', nightMode: 'sovende' });
    await t.callOk(
      'reports.saveBriefing',
      {
        residenceId: t.residences.own,
        version: 0,
        routines: 'Morgenmad kl. 7.30–9.\n\nFælles aftensmad kl. 17.30 i køkkenet.',
        practical: 'Nøglerne hænger i nøgleboksen; koden får du af den ansvarlige.',
        emergency: 'Ring 112 ved fare for liv; ring derefter til vagttelefonen.',
        phoneNumbers: [
          { label: 'Vagttelefon', phone: '20 30 40 50' },
          { label: 'Lægevagten', phone: '1813' },
        ],
        residents: [{ citizenId: karen, text: 'Kan lide at få sin morgenkaffe kl. 7.' }],
      },
      t.tokens.afdelingsleder,
    );

    const { prepared, text } = await vikarmappe();
    const page = flat(text);

    expect(prepared.job.frame).toMatchObject({ title: 'Vikarmappe', subtitle: 'Egebakken' });
    expect(page).toContain('Sidst opdateret 02-03-2026 af Lis Leder.');
    expect(page).toContain('Solbakkevej 1, 8000 Aarhus C');
    expect(page).toContain('86 12 34 56');
    expect(page).toContain('Anne Holm');
    expect(page).toContain('Serviceloven § 108 (længerevarende botilbud)');
    expect(page).toContain('Morgenmad kl. 7.30–9.');
    expect(page).toContain('Fælles aftensmad kl. 17.30 i køkkenet.');
    expect(page).toContain('Nøglerne hænger i nøgleboksen');
    expect(page).toContain('Ring 112 ved fare for liv');
    expect(page).toMatch(/Vagttelefon 20 30 40 50 Lægevagten 1813/);
    expect(page).toMatch(/Karen 3 Kan lide at få sin morgenkaffe kl\. 7\./);
    expect(page).toMatch(/Ali – Intet skrevet til vikarer\./);
    // First names only: no last name, no CPR.
    expect(page).not.toContain('Kristensen');
    expect(page).not.toContain('Ahmadi');
    expect(page).not.toMatch(/\d{6}-/);
    expect(page).toMatch(/Birthe Bøgh Social- og sundhedsassistent Fast/);
    expect(page).toMatch(/Dagvagt Dagvagt 07:00–15:00/);
    expect(page).toMatch(/Nattevagt Nattevagt \(sovende\) 23:00–07:00/);

    expect(prepared.record).toMatchObject({ kind: 'vikarmappe', title: 'Vikarmappe', subject: 'Egebakken', fileName: 'vikarmappe-egebakken.pdf', residenceId: t.residences.own });
    expect([...prepared.record.citizenIds].sort()).toEqual([karen, ali].sort());
    expect(prepared.record.warnings.some((w) => w.startsWith('Vikarmappen mangler'))).toBe(false);
  });

  it('writes one read entry per resident it names', async () => {
    await vikarmappe();
    const rows = auditRows(t.backend, 'reports.generateVikarmappe');
    expect(rows.map((r) => [r.action, r.citizen_id]).sort()).toEqual([['read', ali], ['read', karen]].sort());
  });

  it('says honestly what is not written yet, and warns', async () => {
    const { prepared, text } = await vikarmappe('administrator');
    const page = flat(text);
    expect(page).toContain('Vikarmappens tekster er ikke skrevet endnu.');
    expect(page).toContain('Husets rutiner er ikke skrevet endnu.');
    expect(page).toContain('Det praktiske (nøgler, alarm, medicinrum) er ikke skrevet endnu.');
    expect(page).toContain('Ved fare for liv: ring 112.');
    expect(page).toContain('Telefonlisten er ikke skrevet endnu.');
    expect(page).toContain('Botilbuddet har ingen vagttyper endnu.');
    expect(prepared.record.warnings).toContain('Vikarmappen mangler: rutiner, praktisk, akutte situationer, telefonliste. Skriv dem under Botilbud → botilbuddet → Vikarmappe.');
  });

  it('prints a residence without residents, with a search-style audit entry', async () => {
    const { text } = await prepareAndRender(t, 'administrator', (reports, actor) => reports.prepareVikarmappe(actor, { residenceId: t.residences.other }));
    expect(flat(text)).toContain('Ingen beboere bor i botilbuddet i dag.');
    expect(auditRows(t.backend, 'reports.generateVikarmappe').map((r) => r.action)).toEqual(['search']);
  });

  it('is refused to the planner, a medarbejder and the afdelingsleder of another residence', async () => {
    const call = (token: string, residenceId = t.residences.own) => t.call('reports.generateVikarmappe', { residenceId }, token);
    expectCode(await call(t.tokens.vagtplanlaegger), 'FORBIDDEN');
    expectCode(await call(t.tokens.medarbejder), 'FORBIDDEN');
    expectCode(await call(t.tokens.afdelingsleder, t.residences.other), 'FORBIDDEN');
    expectCode(await call(t.tokens.administrator, 9999), 'NOT_FOUND');
  });
});
