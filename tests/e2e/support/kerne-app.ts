// A page object for Kerne's shell: first start, login and navigation, so specs read like what
// a person does, and a changed label is fixed in one place.
import { expect, type Locator, type Page } from '@playwright/test';
import type { InputOf, MethodName, OutputOf } from '../../../src/contract';

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

  /** Calls a contract method as the signed-in user (for a test's setup, not for what it checks). */
  async call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
    return this.page.evaluate(
      async ([name, body]) => {
        const token = sessionStorage.getItem('kerne.session');
        const response = await fetch('/api/call', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ method: name, input: body }),
        });
        const envelope = (await response.json()) as { ok: boolean; result?: unknown; error?: { message: string } };
        if (!envelope.ok) throw new Error(envelope.error?.message ?? 'call failed');
        return envelope.result;
      },
      [method, input] as const,
    ) as Promise<OutputOf<M>>;
  }

  /** Picks an option in a Mantine Select (or MultiSelect) labelled `label` inside `scope`. */
  async choose(scope: Locator, label: string, option: string | RegExp): Promise<void> {
    await scope.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option }).first().click();
  }

  /** A citizen page's tab, by its visible name. */
  async openTab(name: string): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await expect(this.page.getByRole('tab', { name, selected: true })).toBeVisible();
  }

  /** Occupied and free places today for each residence, read from the residences list. */
  async residenceOccupancy(): Promise<{ id: string; name: string; occupied: number; free: number | null }[]> {
    const page = this.page;
    await expect(page.locator('[data-testid^="occupied-"]').first()).toBeVisible();
    const rows = page.locator('[data-testid^="residence-row-"]');
    const result = [];
    for (const row of await rows.all()) {
      const id = ((await row.getAttribute('data-testid')) ?? '').replace('residence-row-', '');
      const name = (await row.locator('td').first().innerText()).trim();
      const occupied = Number(await page.getByTestId(`occupied-${id}`).innerText());
      const freeText = (await page.getByTestId(`free-${id}`).innerText()).trim();
      result.push({ id, name, occupied, free: /^\d+$/.test(freeText) ? Number(freeText) : null });
    }
    return result;
  }

  /** Picks `iso` (YYYY-MM-DD) in the date field labelled `label` inside `scope`, paging the calendar by month. */
  async pickDate(scope: Locator, label: string, iso: string): Promise<void> {
    const months = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
    const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
    await scope.getByRole('button', { name: label, exact: true }).click();
    const target = this.page.getByRole('button', { name: `${day} ${months[month - 1]} ${year}`, exact: true });
    const shown = this.page.getByRole('button', { name: 'Vælg måned' });
    for (let step = 0; step < 48 && !(await target.first().isVisible()); step++) {
      const [shownMonth, shownYear] = (await shown.innerText()).trim().toLowerCase().split(/\s+/);
      const ahead = year * 12 + month - 1 > Number(shownYear) * 12 + months.indexOf(shownMonth ?? '');
      await this.page.getByRole('button', { name: ahead ? 'Næste måned' : 'Forrige måned' }).click();
    }
    await target.first().click();
  }

  /** A whole-number figure on a card (e.g. the dashboard's `stat-goals-reached`), once it has loaded. */
  async figure(testId: string): Promise<number> {
    const figure = this.page.getByTestId(testId);
    await expect(figure).toHaveText(/^\d[\d.]*$/);
    return Number((await figure.innerText()).replace(/\./g, ''));
  }
}
