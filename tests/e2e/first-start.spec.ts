// First start as a new provider would meet it: create the first administrator with the demo
// institution, arrive at the login with the username filled in, and log in to the overview.
import { expect, test } from '@playwright/test';
import { ADMIN, KerneApp } from './support/kerne-app';

test('first start creates the administrator, loads the demo and logs in', async ({ page }) => {
  const app = new KerneApp(page);
  await app.open();
  await app.completeFirstStart();

  // The demo (staff, citizens, a year of plans, 8 weeks of roster) is built through the services: seconds, more on a busy CI machine.
  await expect(page.getByRole('button', { name: 'Log ind' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByLabel('Brugernavn')).toHaveValue(ADMIN.username);
  await app.login();

  await expect(page.getByRole('heading', { level: 1, name: 'Velkommen, Anne' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Byen i Byen (demo)');
  await page.screenshot({ path: 'test-results/screens/first-start-overview.png', fullPage: true });
});
