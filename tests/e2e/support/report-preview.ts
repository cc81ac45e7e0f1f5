// Page-object helpers for reports: the PDF preview (pages, status, SHA-256, save, mark as sent)
// and the Rapporter page's forms and archive, so report specs read like what a person does.
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class ReportPreview {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('report-preview');
  }

  /** Waits until the preview shows at least one page with its text layer (so its text can be read). */
  async waitForPages(): Promise<void> {
    await expect(this.root).toBeVisible({ timeout: 60_000 });
    await expect(this.pages().first().locator('.textLayer span').first()).toBeAttached({ timeout: 30_000 });
  }

  pages(): Locator {
    return this.root.getByTestId('report-preview-page');
  }

  /** The selectable text of the pages drawn so far. */
  async text(): Promise<string> {
    return (await this.pages().locator('.textLayer').allInnerTexts()).join('\n');
  }

  status(): Locator {
    return this.root.getByTestId('report-status');
  }

  async sha256(): Promise<string> {
    return (await this.root.getByTestId('report-sha').getAttribute('data-sha')) ?? '';
  }

  title(): Locator {
    return this.root.getByTestId('report-title');
  }

  markSentButton(): Locator {
    return this.root.getByRole('button', { name: 'Markér som sendt' });
  }

  /** "Gem som PDF": the browser's download of the stored file. */
  async save(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.root.getByRole('button', { name: 'Gem som PDF' }).click()]);
    return download;
  }

  /** Opens "Markér som sendt", checks the suggested recipient if given, types `recipient` and confirms. */
  async markSent(recipient: string, expectSuggested?: string): Promise<void> {
    await this.markSentButton().click();
    const dialog = this.page.getByRole('dialog', { name: 'Markér rapporten som sendt' });
    const field = dialog.getByRole('textbox', { name: 'Modtager' });
    if (expectSuggested !== undefined) await expect(field).toHaveValue(expectSuggested);
    await field.fill(recipient);
    await dialog.getByRole('button', { name: 'Markér som sendt' }).click();
    await expect(dialog).toBeHidden();
  }

  /**
   * "Udskriv" with the browser's print dialog replaced: resolves with how many page images were
   * in the print-only container when the app called window.print().
   */
  async printedPageImages(): Promise<number> {
    await this.page.evaluate(() => {
      const flag = window as unknown as { kernePrinted?: number };
      flag.kernePrinted = -1;
      window.print = () => {
        flag.kernePrinted = document.querySelectorAll('.kerne-report-print img').length;
      };
    });
    await this.root.getByRole('button', { name: 'Udskriv' }).click();
    const handle = await this.page.waitForFunction(() => {
      const printed = (window as unknown as { kernePrinted?: number }).kernePrinted ?? -1;
      return printed >= 0 ? printed : null;
    }, null, { timeout: 90_000 });
    return (await handle.jsonValue()) as number;
  }

  async close(): Promise<void> {
    await this.page.getByRole('dialog', { name: 'Forhåndsvisning af rapport' }).getByRole('button', { name: 'Luk' }).click();
    await expect(this.root).toBeHidden();
  }
}

export class ReportsPage {
  constructor(readonly page: Page) {}

  /** Generates the report for one municipality (period: the form's default, last month) and waits for the preview. */
  async generateMunicipalityReport(municipality: string): Promise<ReportPreview> {
    const card = this.page.getByTestId('report-form-municipality');
    await card.getByRole('combobox', { name: 'Kommune' }).click();
    await this.page.getByRole('option', { name: municipality, exact: true }).click();
    await card.getByRole('button', { name: 'Dan rapport' }).click();
    const preview = new ReportPreview(this.page);
    await preview.waitForPages();
    return preview;
  }

  async openArchive(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Rapportarkiv' }).click();
  }

  /** The archive's row for a report, by the id the preview shows it under. */
  archiveRow(reportId: string): Locator {
    return this.page.getByTestId(`report-row-${reportId}`);
  }
}
