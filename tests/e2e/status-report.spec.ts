// The statusrapport on the citizen's tab: a period ending before it starts is refused on the field;
// the assessment and recommendation are saved, the report generated and previewed (name, masked CPR,
// the assessment, "Side 1 af"), marked as sent; a later draft with a new assessment leaves the sent
// copy frozen (old text, same SHA-256). Then the residence's vikarmappe: a routine and a phone row,
// saved, generated and previewed.
import { expect, test, type Page } from '@playwright/test';
import { KerneApp } from './support/kerne-app';
import { danishToday, randomWord } from './support/test-data';

const SCREENS = 'test-results/screens';

// Each journey renders two or three PDFs in worker threads and reads every page back.
test.describe.configure({ timeout: 300_000 });
const DEMO_HEAD = { username: 'anne.holm', password: 'demo-kerne-2026' };

/** An ISO date `days` away from `iso` (negative: before). */
function shift(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The open preview, once its first page's text has been drawn. */
async function openPreview(page: Page) {
  const preview = page.getByTestId('report-preview');
  // Rendering runs in worker threads that start with the first report; a busy machine is slow.
  await expect(preview).toBeVisible({ timeout: 60_000 });
  await expect(preview.getByTestId('report-preview-page').first().locator('.textLayer')).toContainText(/\S/, { timeout: 30_000 });
  return preview;
}

/** The text of every page of the open preview (pages draw when scrolled near, so each is visited). */
async function previewText(page: Page): Promise<string> {
  const pages = page.getByTestId('report-preview').getByTestId('report-preview-page');
  const texts: string[] = [];
  for (const one of await pages.all()) {
    await one.scrollIntoViewIfNeeded();
    const layer = one.locator('.textLayer');
    await expect(layer).toContainText(/\S/, { timeout: 30_000 });
    texts.push(await layer.innerText());
  }
  return texts.join('\n').replace(/\s+/g, ' ');
}

async function closePreview(page: Page) {
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('report-preview')).toBeHidden();
}

test('statusrapport: refused period, generated and previewed, marked as sent, the sent copy stays frozen', async ({ page }) => {
  const app = new KerneApp(page);
  await app.open();
  await app.login(DEMO_HEAD.username, DEMO_HEAD.password);
  await expect(page.getByRole('heading', { level: 1, name: /^Velkommen/ })).toBeVisible();

  // A resident of one of Anne's residences who has active goals.
  const citizens = await app.call('citizens.list', { status: 'current' });
  let citizen: (typeof citizens.rows)[number] | undefined;
  for (const row of citizens.rows) {
    const plan = await app.call('plans.get', { citizenId: row.id });
    if (plan.goals.some((goal) => goal.closedDate === null)) {
      citizen = row;
      break;
    }
  }
  expect(citizen, 'a demo resident with active goals').toBeDefined();
  const { id, name } = citizen!;

  await page.goto(`/#/borgere/${id}/statusrapport`);
  await expect(page.getByRole('tab', { name: 'Statusrapport', selected: true })).toBeVisible();
  const form = page.getByRole('form', { name: 'Statusrapport til handlekommunen' });
  await expect(form.getByText('Rapporten indeholder')).toBeHidden();
  await expect(page.getByText('Rapporten indeholder')).toBeVisible();

  // A period that ends before it starts is refused on "Periode til", in Danish.
  const today = danishToday();
  await app.pickDate(form, 'Periode fra', shift(today, -200));
  await app.pickDate(form, 'Periode til', shift(today, -230));
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form.getByText('Periode til kan ikke ligge før periode fra')).toBeVisible();
  await app.pickDate(form, 'Periode til', today);
  await expect(form.getByText('Periode til kan ikke ligge før periode fra')).toBeHidden();

  const word = randomWord();
  const firstAssessment = `Borgeren er kommet tættere på sit mål ${word}.`;
  await form.getByLabel('Samlet vurdering').fill(firstAssessment);
  await form.getByRole('radio', { name: 'Fortsæt' }).check();
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByText('Statusrapportens tekst er gemt')).toBeVisible();
  await expect(form.getByText(/^Senest gemt/)).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/status-report-tab.png`, fullPage: true });

  // Generate: the preview shows the citizen, a masked CPR, the assessment and the page numbers.
  await form.getByRole('button', { name: 'Dan statusrapport' }).click();
  let preview = await openPreview(page);
  const firstPage = preview.getByTestId('report-preview-page').first();
  await expect(firstPage).toContainText(name);
  await expect(firstPage).toContainText(/\d{6}-xxxx/);
  await expect(firstPage).toContainText('Side 1 af');
  await page.screenshot({ path: `${SCREENS}/status-report-preview.png` });
  expect(await previewText(page)).toContain(firstAssessment);
  await expect(preview.getByTestId('report-status')).toHaveText('Kladde');
  const sha = await preview.getByTestId('report-sha').getAttribute('data-sha');
  expect(sha).toMatch(/^[0-9a-f]{64}$/);

  // Mark as sent to the municipality (prefilled when known).
  await preview.getByRole('button', { name: 'Markér som sendt' }).click();
  const sendDialog = page.getByRole('dialog', { name: 'Markér rapporten som sendt' });
  const recipient = sendDialog.getByRole('textbox', { name: 'Modtager' });
  if ((await recipient.inputValue()) === '') await recipient.fill('Sagsbehandler, handlekommunen');
  const sentTo = await recipient.inputValue();
  await sendDialog.getByRole('button', { name: 'Markér som sendt' }).click();
  await expect(sendDialog).toBeHidden();
  await expect(preview.getByTestId('report-status')).toContainText(`til ${sentTo}`);
  await closePreview(page);

  const list = page.getByRole('table', { name: 'Rapporter om borgeren' });
  const sentRow = list.getByRole('row').filter({ hasText: `til ${sentTo}` });
  await expect(sentRow).toHaveCount(1);

  // A new assessment and a new draft; the sent report is untouched.
  await form.getByLabel('Samlet vurdering').fill(`Ny vurdering ${word}: støtten skal justeres.`);
  await form.getByRole('button', { name: 'Dan statusrapport' }).click();
  preview = await openPreview(page);
  expect(await previewText(page)).toContain(`Ny vurdering ${word}`);
  await expect(preview.getByTestId('report-status')).toHaveText('Kladde');
  expect(await preview.getByTestId('report-sha').getAttribute('data-sha')).not.toBe(sha);
  await closePreview(page);
  await expect(list.getByRole('row').filter({ hasText: 'Kladde' }).first()).toBeVisible();

  // Reopen the sent report: the frozen file, with the old assessment and the same hash.
  await sentRow.getByRole('button', { name: /^Åbn/ }).click();
  preview = await openPreview(page);
  await page.screenshot({ path: `${SCREENS}/status-report-frozen.png` });
  const frozenText = await previewText(page);
  expect(frozenText).toContain(firstAssessment);
  expect(frozenText).not.toContain(`Ny vurdering ${word}`);
  await expect(preview.getByTestId('report-sha')).toHaveAttribute('data-sha', sha!);
  await expect(preview.getByText('Sendt og frosset: dette er præcis den fil, der blev sendt.')).toBeVisible();
  await closePreview(page);

  // Once in English: the tab and the form speak English (and back to Danish for the next spec).
  await page.getByRole('button', { name: 'Brugermenu' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(page.getByRole('tab', { name: 'Status report', selected: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Generate status report' })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/status-report-tab-en.png` });
  await page.getByRole('button', { name: 'User menu' }).click();
  await page.getByRole('menuitem', { name: 'Dansk' }).click();
  await expect(page.getByRole('tab', { name: 'Statusrapport', selected: true })).toBeVisible();
});

test('vikarmappe: a routine and a phone row saved, generated and previewed', async ({ page }) => {
  const app = new KerneApp(page);
  await app.open();
  await app.login(DEMO_HEAD.username, DEMO_HEAD.password);
  await expect(page.getByRole('heading', { level: 1, name: /^Velkommen/ })).toBeVisible();

  await app.openArea('Botilbud');
  const residence = (await app.residenceOccupancy()).find((row) => row.occupied > 0)!;
  await page.goto(`/#/botilbud/${residence.id}`);
  const drawer = page.getByRole('dialog', { name: residence.name });
  await drawer.getByRole('tab', { name: 'Vikarmappe' }).click();
  const form = drawer.getByRole('form', { name: 'Vikarmappe' });

  const routine = `Morgenmad kl. 7.30 i fælleskøkkenet ${randomWord()}.`;
  await form.getByLabel('Husets rutiner').fill(routine);
  await form.getByRole('button', { name: 'Tilføj nummer' }).click();
  const who = form.getByRole('textbox', { name: 'Hvem' });
  const number = form.getByRole('textbox', { name: 'Nummer' });
  await who.last().fill('Vagttelefon nat');
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form.getByText('Telefonliste: nummer skal udfyldes')).toBeVisible();
  await number.last().fill('70 20 30 40');
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByText('Vikarmappen er gemt')).toBeVisible();
  await form.getByLabel('Husets rutiner').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/vikarmappe-tab.png` });

  // Saved: it is there after reopening the drawer.
  await page.reload();
  await page.getByRole('dialog', { name: residence.name }).getByRole('tab', { name: 'Vikarmappe' }).click();
  await expect(form.getByLabel('Husets rutiner')).toHaveValue(routine);
  await expect(form.getByRole('textbox', { name: 'Hvem' }).last()).toHaveValue('Vagttelefon nat');

  await form.getByRole('button', { name: 'Dan vikarmappe' }).click();
  await openPreview(page);
  await page.screenshot({ path: `${SCREENS}/vikarmappe-preview.png` });
  const text = await previewText(page);
  expect(text).toContain(routine);
  expect(text).toContain('Vagttelefon nat');
});
