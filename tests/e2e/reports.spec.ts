// Reports through the screen: the administrator makes the report for the municipality that places
// the most demo citizens, previews it (pages, "Side 1 af"), saves it as a PDF, marks it as sent,
// and reopens the frozen copy from the archive with the same SHA-256; a planner prints the
// weekly roster from Vagtplan: previewed, then every page goes to the print container.
import { expect, test } from '@playwright/test';
import { KerneApp } from './support/kerne-app';
import { ReportPreview, ReportsPage } from './support/report-preview';

/** Aarhus places the most citizens in the demo (16 of them). */
const TOP_MUNICIPALITY = 'Aarhus';

test('a municipality report is generated, previewed, saved, marked as sent and reopened as the frozen copy', async ({ page }) => {
  const app = new KerneApp(page);
  await app.open();
  await app.login();
  await app.openArea('Rapporter');

  const reports = new ReportsPage(page);
  const preview = await reports.generateMunicipalityReport(TOP_MUNICIPALITY);
  await expect(preview.pages().first()).toBeVisible();
  expect(await preview.pages().count()).toBeGreaterThanOrEqual(1);
  await expect(preview.status()).toHaveText('Kladde');
  await expect(preview.title()).toContainText(TOP_MUNICIPALITY);
  expect(await preview.text()).toContain('Side 1 af');
  const sha = await preview.sha256();
  expect(sha).toMatch(/^[0-9a-f]{64}$/);
  const reportId = (await preview.root.getAttribute('data-report-id')) ?? '';

  const download = await preview.save();
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);

  await preview.markSent('Aarhus Kommune, Myndighedsafdelingen', 'Aarhus Kommune');
  await expect(preview.status()).toContainText(/^Sendt \d{2}-\d{2}-\d{4} kl\. \d{2}:\d{2} af Anne Administrator til Aarhus Kommune, Myndighedsafdelingen$/);
  await expect(preview.markSentButton()).toHaveCount(0);
  await preview.close();

  await reports.openArchive();
  await page.getByLabel('Kun sendte').check();
  const row = reports.archiveRow(reportId);
  await expect(row).toContainText('Sendt');
  await expect(row).toContainText('Aarhus Kommune, Myndighedsafdelingen');
  await row.click();
  await preview.waitForPages();
  expect(await preview.sha256()).toBe(sha);
  await expect(preview.status()).toContainText('Sendt');
  await expect(preview.markSentButton()).toHaveCount(0);
  expect(await preview.text()).toContain('Side 1 af');
});

test('a planner prints the weekly roster from Vagtplan: the preview names the residence and printing gets every page', async ({ page }) => {
  const app = new KerneApp(page);
  await app.open();
  await app.login('vera.aagaard', 'demo-kerne-2026');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Rapporter', exact: true })).toHaveCount(0);
  await app.openArea('Vagtplan');
  const residence = await page.getByRole('textbox', { name: 'Botilbud' }).or(page.getByRole('combobox', { name: 'Botilbud' })).first().inputValue();
  expect(residence).not.toBe('');

  await page.getByTestId('print-week').click();
  const preview = new ReportPreview(page);
  await preview.waitForPages();
  await expect(preview.title()).toHaveText('Ugeplan');
  await expect(preview.root).toContainText(residence);
  expect(await preview.text()).toContain(residence);
  // A weekly roster is for the house, not sent to a municipality.
  await expect(preview.markSentButton()).toHaveCount(0);

  // Printing puts every page, as an image, in the print-only container.
  expect(await preview.printedPageImages()).toBe(await preview.pages().count());
});
