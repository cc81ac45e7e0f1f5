// A residence's waiting list as the department would use it: a citizen is put on the list from the
// residence panel, waits (days counted), is offered a place, and can only be marked as moved in
// once the stay is registered. A fresh residence and citizens on every run.
import { expect, test } from '@playwright/test';
import { KerneApp } from './support/kerne-app';
import { danishToday, randomCpr, randomWord } from './support/test-data';

const SCREENS = 'test-results/screens';

/** An ISO date `days` before `iso`. */
function daysBefore(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

test('a citizen waits, is offered a place, and moves in only once the stay is registered', async ({ page }) => {
  const app = new KerneApp(page);
  await app.open();
  await app.login();
  await expect(page.getByRole('navigation')).toBeVisible();

  // Given a new residence, a citizen without a stay, and another who has waited twelve days.
  const word = randomWord();
  const residence = await app.call('residences.create', {
    name: `Ventehuset-${word}`,
    street: null,
    postalCode: null,
    city: null,
    legalBasisCode: 'sel-108',
    targetGroup: null,
    places: 3,
    departmentHead: null,
    phone: null,
    email: null,
  });
  const lastName = `Venter-${word}`;
  const citizen = await app.call('citizens.create', { firstName: 'Liv', lastName, cpr: randomCpr().cpr, stay: null });
  const fullName = `Liv ${lastName}`;
  const earlier = await app.call('citizens.create', { firstName: 'Tage', lastName, cpr: randomCpr().cpr, stay: null });
  await app.call('waitingList.add', { citizenId: earlier.id, residenceId: residence.id, requestedDate: daysBefore(danishToday(), 12), desiredMoveIn: null, note: null });

  // The residence panel's waiting list: put Liv on it.
  await app.openArea('Botilbud');
  await page.getByRole('link', { name: residence.name, exact: true }).click();
  const panel = page.getByRole('dialog', { name: residence.name });
  await expect(panel).toBeVisible();
  await panel.getByRole('tab', { name: 'Venteliste' }).click();
  const list = panel.getByRole('table', { name: 'Venteliste' });
  await expect(list.getByRole('row').filter({ hasText: `Tage ${lastName}` })).toContainText('12 dage');
  await panel.getByRole('button', { name: 'Sæt på venteliste' }).click();
  const add = page.getByRole('dialog', { name: 'Sæt borger på venteliste' });
  await add.getByRole('combobox', { name: 'Borger' }).fill(lastName);
  await page.getByRole('option', { name: new RegExp(`^${fullName} \\(`) }).click();
  await add.getByLabel('Bemærkning').fill('Ønsker værelse i stueetagen.');
  await add.getByRole('button', { name: 'Sæt på venteliste' }).click();
  await expect(add).toBeHidden();

  // Listed after the one who has waited longer, received today, waiting.
  const row = list.getByRole('row').filter({ hasText: fullName });
  await expect(row).toContainText('0 dage');
  await expect(row).toContainText('Venter');
  await expect(list.getByRole('row').nth(1)).toContainText(`Tage ${lastName}`);
  await expect(list.getByRole('row').nth(2)).toContainText(fullName);
  await page.screenshot({ path: `${SCREENS}/waiting-list-added.png`, fullPage: true });

  // A place is offered.
  await row.getByRole('button', { name: `Skift status for ${fullName}` }).click();
  await page.getByRole('menuitem', { name: 'Tilbudt plads' }).click();
  await expect(row).toContainText('Tilbudt plads');

  // Moved in? Not before the stay is registered; the refusal says so in Danish.
  await row.getByRole('button', { name: `Skift status for ${fullName}` }).click();
  await page.getByRole('menuitem', { name: 'Indflyttet' }).click();
  await expect(page.getByText(`Status: registrér først indflytningen (et ophold på ${residence.name}), før pladsen sættes til indflyttet`)).toBeVisible();
  await expect(row).toContainText('Tilbudt plads');
  await page.screenshot({ path: `${SCREENS}/waiting-list-refused.png`, fullPage: true });

  // Register the stay on the citizen's page.
  await row.getByRole('link', { name: fullName }).click();
  await expect(page.getByRole('heading', { level: 1, name: fullName })).toBeVisible();
  await page.getByRole('button', { name: 'Registrér ophold' }).click();
  const stay = page.getByRole('dialog', { name: 'Nyt ophold' });
  await app.choose(stay, 'Botilbud', new RegExp(`^${residence.name} \\(`));
  await stay.getByRole('button', { name: 'Gem' }).click();
  await expect(stay).toBeHidden();
  await expect(page.getByTestId('citizen-meta')).toContainText('Bor her');
  await expect(page.getByRole('table', { name: 'Ophold' }).getByRole('row').filter({ hasText: residence.name })).toBeVisible();

  // Now the place can be marked as moved in; it leaves the active list and shows among the closed.
  await page.goto(`/#/botilbud/${residence.id}`);
  await expect(panel).toBeVisible();
  await panel.getByRole('tab', { name: 'Venteliste' }).click();
  await row.getByRole('button', { name: `Skift status for ${fullName}` }).click();
  await page.getByRole('menuitem', { name: 'Indflyttet' }).click();
  await expect(row).toHaveCount(0);
  await expect(list.getByRole('row').filter({ hasText: `Tage ${lastName}` })).toContainText('Venter');
  await panel.getByLabel('Vis afsluttede').check();
  await expect(row).toContainText('Indflyttet');
  await page.screenshot({ path: `${SCREENS}/waiting-list-moved-in.png`, fullPage: true });
});
