// The roster's core promise, through the Vagtplan: a permanent staff member calls in sick, the
// freed shifts appear under "Ledige vagter", the top suggestion is the substitute the residence
// already knows, and assigning a substitute who just worked an evening is refused with the
// 11-timers-reglen and the hours of rest. The data (residence, competence, shift types, staff,
// earlier shifts) is set up through the API; what is checked is done through the screen.
import { expect, test } from '@playwright/test';
import { KerneApp } from './support/kerne-app';
import { danishToday, randomWord } from './support/test-data';

/** An ISO date `days` away from `iso` (negative: before). */
function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Monday of the week after the one `iso` lies in. */
function nextMonday(iso: string): string {
  const weekday = new Date(`${iso}T12:00:00Z`).getUTCDay() || 7;
  return addDays(iso, 8 - weekday);
}

test('sickness opens shifts, the known substitute is suggested first, and the 11-hour rule refuses an assignment with its reason', async ({ page }) => {
  const app = new KerneApp(page);
  await app.open();
  await app.login();
  await expect(page.getByRole('heading', { level: 1, name: /^Velkommen/ })).toBeVisible();

  // A residence of its own with day, evening and night shifts, and a competence everyone has.
  const word = randomWord();
  const residence = await app.call('residences.create', {
    name: `Vagthuset ${word}`,
    street: null,
    postalCode: null,
    city: null,
    legalBasisCode: 'sel-108',
    targetGroup: null,
    places: 6,
    departmentHead: null,
    phone: null,
    email: null,
  });
  const competence = await app.call('competences.create', { name: `Medicinhåndtering ${word}` });
  const shiftType = (name: string, kind: 'dag' | 'aften' | 'nat', start: string, end: string) =>
    app.call('shiftTypes.create', { residenceId: residence.id, name, kind, start, end, nightMode: kind === 'nat' ? 'sovende' : null });
  const day = await shiftType('Dagvagt', 'dag', '07:00', '15:00');
  const evening = await shiftType('Aftenvagt', 'aften', '15:00', '23:00');
  await shiftType('Nattevagt', 'nat', '23:00', '07:00');

  const person = (name: string, employment: 'fast' | 'vikar') =>
    app.call('staff.create', {
      name,
      employeeNumber: null,
      title: employment === 'fast' ? 'Pædagog' : 'Pædagogisk assistent',
      homeResidenceId: employment === 'fast' ? residence.id : null,
      employment,
      competenceIds: [competence.id],
      weeklyMinutes: employment === 'fast' ? 37 * 60 : 0,
      activeFrom: null,
      activeTo: null,
      preferredResidenceIds: employment === 'vikar' ? [residence.id] : [],
      maxWeeklyMinutes: null,
      hourlyRateOre: 21500,
    });
  const permanent = await person(`Birthe Fast ${word}`, 'fast');
  const known = await person(`Karin Kendt ${word}`, 'vikar');
  const tired = await person(`Tage Træt ${word}`, 'vikar');

  // The permanent staff member's day shifts Monday to Wednesday next week; the known substitute
  // worked here two and three weeks before; the tired one has the Monday evening.
  const monday = nextMonday(danishToday());
  const shift = (shiftTypeId: number, date: string, staffId: number | null) =>
    app.call('roster.createShift', { shiftTypeId, date, start: null, end: null, staffId, overrideReason: null });
  const mondayShift = await shift(day.id, monday, permanent.id);
  const tuesdayShift = await shift(day.id, addDays(monday, 1), permanent.id);
  await shift(day.id, addDays(monday, 2), permanent.id);
  await shift(day.id, addDays(monday, -14), known.id);
  await shift(day.id, addDays(monday, -21), known.id);
  await shift(evening.id, monday, tired.id);

  // The week's grid: the permanent staff member has the shifts, nothing is open yet.
  await page.goto(`/#/vagtplan/${residence.id}/uge/${monday}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Vagtplan' })).toBeVisible();
  const grid = page.getByTestId('roster-grid');
  await expect(grid.getByTestId(`staff-row-${permanent.id}`).getByTestId(`shift-${mondayShift.id}`)).toBeVisible();
  const openRow = grid.getByTestId('open-row');
  await expect(openRow.getByRole('button')).toHaveCount(0);

  // Sickness Monday to Wednesday: three shifts become open, and the grid shows "Syg".
  await page.getByRole('button', { name: 'Registrér fravær' }).click();
  const absence = page.getByRole('dialog', { name: 'Registrér fravær' });
  await app.choose(absence, 'Medarbejder', permanent.name);
  await app.pickDate(absence, 'Fra', monday);
  await app.pickDate(absence, 'Til', addDays(monday, 2));
  await absence.getByRole('button', { name: 'Registrér' }).click();
  await expect(absence).toBeHidden();
  await expect(page.getByText('3 vagter blev ledige')).toBeVisible();
  await expect(openRow.getByRole('button', { name: /^Ledig vagt Dagvagt 07:00–15:00/ })).toHaveCount(3);
  await expect(grid.getByTestId(`staff-row-${permanent.id}`).getByText('Syg')).toHaveCount(3);

  // Monday's open shift: the substitute the residence knows is the top suggestion; take it.
  await openRow.getByTestId(`shift-${mondayShift.id}`).click();
  const drawer = page.getByRole('dialog', { name: 'Ledig vagt' });
  const top = drawer.getByTestId('suggestion-0');
  await expect(top).toContainText(known.name);
  await expect(top).toContainText('Kendt i botilbuddet');
  await top.getByRole('button', { name: 'Tildel' }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByText(`Vagten er tildelt ${known.name}.`)).toBeVisible();
  await expect(grid.getByTestId(`staff-row-${known.id}`).getByRole('button', { name: new RegExp(`^${known.name}: Dagvagt 07:00–15:00`) })).toBeVisible();
  await expect(openRow.getByRole('button')).toHaveCount(2);

  // Tuesday's open shift to the substitute who worked Monday until 23:00: only 8 hours of rest.
  await openRow.getByTestId(`shift-${tuesdayShift.id}`).click();
  await expect(drawer).toBeVisible();
  await expect(drawer.getByTestId('suggestion-0')).toBeVisible();
  const other = drawer.getByTestId('assign-other');
  await app.choose(other, 'Medarbejder', new RegExp(`^${tired.name}`));
  await expect(other.getByTestId('violations')).toContainText('11-timers-reglen');
  await expect(other.getByLabel('Begrundelse for afvigelse')).toBeVisible();
  await other.getByRole('button', { name: 'Tildel', exact: true }).click();
  const refusal = other.getByTestId('assign-refusal');
  await expect(refusal).toContainText('11-timers-reglen');
  await expect(refusal).toContainText('Kun 8 t hvile');
  await expect(refusal).toContainText('kræver 11 t');
  await page.screenshot({ path: 'test-results/screens/roster-refused.png' });

  // With a reason the deviation is allowed, and written in the tilsynsbog.
  const reason = `Ingen andre kunne, aftalt med ${tired.name}`;
  await other.getByLabel('Begrundelse for afvigelse').fill(reason);
  await other.getByRole('button', { name: 'Tildel', exact: true }).click();
  await expect(drawer).toBeHidden();
  await expect(grid.getByTestId(`staff-row-${tired.id}`).getByTestId(`shift-${tuesdayShift.id}`)).toBeVisible();
  await expect(openRow.getByRole('button')).toHaveCount(1);

  await page.goto('/#/vikarer/tilsynsbog');
  const entry = page.getByRole('table', { name: 'Tilsynsbog' }).getByRole('row').filter({ hasText: tired.name });
  await expect(entry).toContainText('11-timers-reglen');
  await expect(entry).toContainText(reason);
  await expect(entry).toContainText(residence.name);
});
