// The dagbog and the deadlines: a note linked to a theme and marked for the status report, a
// correction that keeps the old text readable (refused without a reason), a magtanvendelse
// registered and reported, and an overdue goal follow-up found on Planer that opens the citizen.
import { expect, test } from '@playwright/test';
import { FFB_THEMES } from '../../src/contract/ffb';
import { KerneApp } from './support/kerne-app';
import { danishToday, randomCpr, randomWord } from './support/test-data';

const SCREENS = 'test-results/screens';

/** `2026-11-23` -> `23-11-2026`, as the screens show dates. */
const shown = (iso: string) => iso.split('-').reverse().join('-');
const daysBefore = (iso: string, days: number) => new Date(Date.parse(`${iso}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

test('dagbog: a note corrected with a reason, a magtanvendelse reported, an overdue follow-up on Planer', async ({ page }) => {
  const app = new KerneApp(page);
  await app.open();
  await app.login();
  await expect(page.getByTestId('stat-goals-active')).toHaveText(/^\d[\d.]*$/);

  // Given a citizen living at a residence with a free place, with a goal whose follow-up is long overdue.
  const today = danishToday();
  const occupancy = await app.call('residences.occupancy', { from: today, to: today });
  const residence = occupancy.find((row) => row.freeToday > 0)!;
  const lastName = `Dalgaard-${randomWord()}`;
  const citizen = await app.call('citizens.create', {
    firstName: 'Rikke',
    lastName,
    cpr: randomCpr().cpr,
    stay: { residenceId: residence.residenceId, room: null, moveIn: today, moveOut: null },
  });
  const sundhed = FFB_THEMES.find((theme) => theme.label === 'Sundhedsforhold')!;
  const goalText = `Rikke sover igennem hele natten (${randomWord()}).`;
  await app.call('goals.create', {
    citizenId: citizen.id,
    parentId: null,
    ffbCode: sundhed.code,
    qualityTheme: null,
    professionalText: goalText,
    citizenWords: 'Jeg vil gerne være frisk om morgenen.',
    goalType: 'udvikle',
    startDate: daysBefore(today, 400),
    nextFollowUp: daysBefore(today, 380),
    responsibleStaffId: null,
  });

  // A note about sleep, linked to the theme and marked for the status report.
  await page.goto(`/#/borgere/${citizen.id}/dagbog`);
  await expect(page.getByRole('heading', { level: 1, name: `Rikke ${lastName}` })).toBeVisible();
  await page.getByRole('button', { name: 'Skriv notat' }).click();
  const write = page.getByRole('dialog', { name: 'Skriv notat' });
  await write.getByLabel(/^Notat/).fill('Rikke sov uroligt og var oppe kl. 3.');
  // A MultiSelect stays open after a pick; a click on the dialog's title closes it.
  await app.choose(write, 'Mål', goalText);
  await write.getByRole('heading', { name: 'Skriv notat' }).click();
  await app.choose(write, 'Temaer (FFB)', 'Sundhedsforhold: Søvn');
  await write.getByRole('heading', { name: 'Skriv notat' }).click();
  await write.getByRole('switch', { name: /^Til statusrapport/ }).check();
  await expect(write.getByRole('switch', { name: /^Til statusrapport/ })).toBeChecked();
  await write.getByRole('button', { name: 'Gem' }).click();
  await expect(write).toBeHidden();
  const note = page.getByRole('article', { name: shown(today) });
  await expect(note).toContainText('Rikke sov uroligt og var oppe kl. 3.');
  await expect(note).toContainText('Til statusrapport');
  await expect(note).toContainText('Sundhedsforhold: Søvn');
  await expect(note).toContainText(goalText);

  // A correction needs a reason: without one, the Danish message sits on the field.
  await note.getByRole('button', { name: `Ret notatet fra ${shown(today)}` }).click();
  const correct = page.getByRole('dialog', { name: 'Ret notat' });
  await correct.getByLabel(/^Notat/).fill('Rikke sov uroligt og var oppe kl. 4.');
  await correct.getByRole('button', { name: 'Gem' }).click();
  const reason = correct.getByLabel('Begrundelse for rettelsen');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(correct.getByText('Begrundelse for rettelsen skal udfyldes')).toBeVisible();
  await reason.fill('Forkert klokkeslæt.');
  await correct.getByRole('button', { name: 'Gem' }).click();
  await expect(correct).toBeHidden();
  await expect(note).toContainText('Rikke sov uroligt og var oppe kl. 4.');
  await expect(note.getByTestId('note-corrected')).toHaveText('Rettet · 2 versioner');

  // The history shows both versions: the first text is still readable, the correction says why.
  await note.getByRole('button', { name: `Vis historik for notatet fra ${shown(today)}` }).click();
  const history = page.getByRole('dialog', { name: 'Historik for notatet' });
  await expect(history.getByRole('article', { name: 'Version 1' })).toContainText('Rikke sov uroligt og var oppe kl. 3.');
  await expect(history.getByRole('article', { name: 'Version 1' })).toContainText('Første version');
  await expect(history.getByRole('article', { name: 'Version 2' })).toContainText('Rikke sov uroligt og var oppe kl. 4.');
  await expect(history.getByRole('article', { name: 'Version 2' })).toContainText('Begrundelse: Forkert klokkeslæt.');
  await page.screenshot({ path: `${SCREENS}/journal-history.png`, fullPage: true });
  await page.keyboard.press('Escape');
  await expect(history).toBeHidden();

  // The filters: not for the status report hides it; the whole theme (with its conditions) finds it.
  const main = page.locator('main');
  await app.choose(main, 'Statusrapport', 'Ikke til statusrapport');
  await expect(page.getByText('Ingen notater passer til filtrene.')).toBeVisible();
  await app.choose(main, 'Statusrapport', 'Kun til statusrapport');
  await app.choose(main, 'Tema', /^Sundhedsforhold$/);
  await expect(note).toContainText('Rikke sov uroligt og var oppe kl. 4.');
  await main.getByRole('button', { name: 'Ryd filtre' }).click();
  await expect(main.getByRole('combobox', { name: 'Statusrapport' })).toHaveValue('Alle notater');

  // A magtanvendelse, registered and later marked as reported to the municipality.
  await page.getByRole('button', { name: 'Registrér hændelse' }).click();
  const incident = page.getByRole('dialog', { name: 'Registrér hændelse' });
  await app.choose(incident, 'Type', 'Fastholdelse');
  await incident.getByLabel('Klokkeslæt').fill('21:15');
  await incident.getByLabel('Beskrivelse').fill('Rikke blev holdt i armen i få sekunder for ikke at falde på trappen.');
  await incident.getByRole('button', { name: 'Gem' }).click();
  await expect(incident).toBeHidden();
  const row = page.getByRole('table', { name: 'Hændelser' }).getByRole('row').filter({ hasText: 'holdt i armen' });
  await expect(row).toContainText('Magtanvendelse');
  await expect(row).toContainText('Fastholdelse');
  await expect(row).toContainText(`${shown(today)} 21:15`);
  await expect(row).toContainText('Ikke indberettet');
  await row.getByRole('button', { name: `Markér hændelsen fra ${shown(today)} indberettet` }).click();
  const report = page.getByRole('dialog', { name: 'Markér hændelsen indberettet' });
  await report.getByRole('button', { name: 'Markér indberettet' }).click();
  await expect(report).toBeHidden();
  await expect(row).toContainText(`Indberettet ${shown(today)}`);
  await page.screenshot({ path: `${SCREENS}/journal-tab.png`, fullPage: true });

  // Planer: the overdue follow-up, in red among the residence's deadlines; it opens the citizen's plan.
  await app.openArea('Planer');
  await expect(page.getByRole('tab', { name: 'Frister', selected: true })).toBeVisible();
  await app.choose(page.locator('main'), 'Botilbud', residence.residenceName);
  const deadline = page.getByRole('table', { name: 'Frister' }).getByRole('row').filter({ hasText: `Rikke ${lastName}` });
  await expect(deadline).toContainText('Opfølgning på mål');
  await expect(deadline).toContainText(goalText);
  await expect(deadline).toContainText('Overskredet');
  await expect(deadline).toContainText(shown(daysBefore(today, 380)));
  await expect(deadline).toHaveAttribute('data-state', 'overskredet');
  await page.screenshot({ path: `${SCREENS}/plans-deadlines.png`, fullPage: true });
  await deadline.getByRole('link', { name: `Rikke ${lastName}` }).click();
  await expect(page).toHaveURL(new RegExp(`#/borgere/${citizen.id}/plan$`));
  await expect(page.getByRole('heading', { level: 1, name: `Rikke ${lastName}` })).toBeVisible();
});
