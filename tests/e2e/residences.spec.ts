// A department's day one: log in, create a residence (first with a mistake the form explains in
// Danish), and see it in the list in Danish order.
import { expect, test } from '@playwright/test';
import { KerneApp } from './support/kerne-app';

test('an administrator creates a residence and sees it listed', async ({ page }) => {
  const app = new KerneApp(page);
  await app.open();
  await app.login();
  await app.openArea('Botilbud');

  await page.getByRole('button', { name: 'Opret botilbud' }).click();
  const form = page.getByRole('dialog', { name: 'Nyt botilbud' });
  await form.getByRole('textbox', { name: 'Navn', exact: true }).fill('Æblehaven');
  await form.getByRole('combobox', { name: 'Lovgrundlag' }).click();
  await page.getByRole('option', { name: /§ 108/ }).click();
  await form.getByLabel('Antal pladser').fill('9');
  await form.getByLabel('Postnummer').fill('80');
  await form.getByRole('button', { name: 'Gem' }).click();

  // The mistake is named on its field, and nothing was saved.
  await expect(form.getByText('Postnummer skal være 4 cifre')).toBeVisible();
  await form.getByLabel('Postnummer').fill('8000');
  await form.getByLabel('By').fill('Aarhus C');
  await form.getByLabel('Målgruppe').fill('Voksne med autisme');
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form).toBeHidden();

  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.filter({ hasText: 'Æblehaven' })).toContainText('8000 Aarhus C');
  // Danish order: Æ after every name from A to Z, before Ø and Å.
  const names = await page.getByRole('table').locator('tbody tr td:first-child').allInnerTexts();
  expect(names.indexOf('Æblehaven')).toBeGreaterThan(names.indexOf('Strandhuset'));
  expect(names.indexOf('Æblehaven')).toBeLessThan(names.indexOf('Ørnereden'));
  expect(names.indexOf('Ørnereden')).toBeLessThan(names.indexOf('Åbrinken'));
  await page.screenshot({ path: 'test-results/screens/residences-after-create.png', fullPage: true });
});
