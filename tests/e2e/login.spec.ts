// Logging in as people get it wrong: a wrong password is refused with a Danish message, and the
// third wrong password within a day locks the account, even against the right password.
import { expect, test } from '@playwright/test';
import { KerneApp } from './support/kerne-app';

test('three wrong passwords lock the account', async ({ page }) => {
  const app = new KerneApp(page);
  await app.open();
  // A demo user, so the administrator used by the other specs stays unlocked.
  for (let attempt = 1; attempt <= 2; attempt++) {
    await app.login('mads.lund', 'forkert-adgangskode');
    await expect(page.getByText('Forkert brugernavn eller adgangskode.')).toBeVisible();
  }
  await app.login('mads.lund', 'forkert-adgangskode');
  await expect(page.getByText(/Kontoen er spærret/)).toBeVisible();
  await app.login('mads.lund', 'demo-kerne-2026');
  await expect(page.getByText(/Kontoen er spærret/)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/login-locked.png' });
});
