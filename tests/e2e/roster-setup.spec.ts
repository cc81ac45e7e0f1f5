// A residence's roster setup through the screen: a shift type that ends past midnight without being
// a night shift is refused on its end field, a night shift over midnight is accepted; the staffing
// need is saved whole; and the working-time limits show under Indstillinger.
import { expect, test } from '@playwright/test';
import { KerneApp } from './support/kerne-app';
import { randomWord } from './support/test-data';

test('shift types, staffing need and working-time settings', async ({ page }) => {
  const app = new KerneApp(page);
  await app.open();
  await app.login();
  await expect(page.getByRole('heading', { level: 1, name: /^Velkommen/ })).toBeVisible();

  const word = randomWord();
  const residence = await app.call('residences.create', {
    name: `Opsætningshuset ${word}`,
    street: null,
    postalCode: null,
    city: null,
    legalBasisCode: 'sel-108',
    targetGroup: null,
    places: 4,
    departmentHead: null,
    phone: null,
    email: null,
  });
  await page.goto(`/#/vagtplan/${residence.id}/opsaetning`);
  await expect(page.getByText('Botilbuddet har ingen vagttyper endnu.')).toBeVisible();

  // An evening shift 16:00-01:00 is refused on Slut; as a night shift 23:00-07:00 it is fine.
  await page.getByRole('button', { name: 'Opret vagttype' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny vagttype' });
  await dialog.getByLabel('Navn').fill(`Sen ${word}`);
  await app.choose(dialog, 'Vagttype', 'Aftenvagt');
  const hours = dialog.getByRole('spinbutton', { name: 'Timer' });
  await hours.nth(0).click();
  await page.keyboard.type('1600');
  await hours.nth(1).click();
  await page.keyboard.type('0100');
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await expect(dialog.getByText(/kun en nattevagt/i)).toBeVisible();
  await app.choose(dialog, 'Vagttype', 'Nattevagt');
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await expect(dialog).toBeHidden();
  const table = page.getByRole('table', { name: 'Vagttyper' });
  await expect(table.getByRole('row').filter({ hasText: `Sen ${word}` })).toContainText('23:00–07:00');

  // Two on the night shift every Monday, saved with the whole matrix.
  await page.getByLabel(`Antal på Sen ${word} Man`).fill('2');
  await page.getByRole('button', { name: 'Gem bemandingsbehov' }).click();
  await expect(page.getByText('Bemandingsbehovet er gemt.')).toBeVisible();
  expect((await app.call('staffingNeeds.list', { residenceId: residence.id })).find((need) => need.weekday === 1)?.count).toBe(2);

  await page.goto('/#/indstillinger/arbejdstid');
  await expect(page.getByLabel('Daglig hvile')).toHaveValue(/timer$/);
});
