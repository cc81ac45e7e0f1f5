// A page object for Kerne's shell: first start, login and navigation, so specs read like what
// a person does, and a changed label is fixed in one place.
import { expect, type Page } from '@playwright/test';

export const ADMIN = { username: 'admin', name: 'Anne Administrator', password: 'korrekt-hest-batteri' };

export class KerneApp {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
  }

  async completeFirstStart(admin = ADMIN, loadDemo = true): Promise<void> {
    const page = this.page;
    await expect(page.getByRole('heading', { name: 'Velkommen til Kerne' })).toBeVisible();
    await page.getByLabel('Brugernavn').fill(admin.username);
    await page.getByRole('textbox', { name: 'Navn', exact: true }).fill(admin.name);
    await page.getByRole('textbox', { name: 'Adgangskode', exact: true }).fill(admin.password);
    await page.getByLabel('Gentag adgangskode').fill(admin.password);
    const demo = page.getByLabel('Indlæs demo-institutionen Byen i Byen (demo)');
    if ((await demo.isChecked()) !== loadDemo) await demo.click();
    await page.getByRole('button', { name: 'Opret administrator' }).click();
  }

  async login(username = ADMIN.username, password = ADMIN.password): Promise<void> {
    const page = this.page;
    await page.getByLabel('Brugernavn').fill(username);
    await page.getByRole('textbox', { name: 'Adgangskode', exact: true }).fill(password);
    await page.getByRole('button', { name: 'Log ind' }).click();
  }

  async openArea(name: string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }
}
