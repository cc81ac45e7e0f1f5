// The settings service checks only a logo's signature; before a report is drawn the logo is
// decoded for real, so a broken file gives the user a clear message instead of a blank letterhead.
import { PDFDocument } from 'pdf-lib';
import { DomainError } from '../../common/domain-error';
import type { Letterhead } from '../report-job';

export const UNREADABLE_LOGO_MESSAGE = 'Logoet under Indstillinger → Tilbud kan ikke læses som et billede (PNG eller JPEG). Vælg logoet igen.';

export async function assertReadableLogo(letterhead: Letterhead): Promise<void> {
  const logo = letterhead.logo;
  if (!logo) return;
  try {
    const bytes = Buffer.from(logo.base64, 'base64');
    const doc = await PDFDocument.create();
    const image = logo.mimeType === 'image/png' ? await doc.embedPng(bytes) : await doc.embedJpg(bytes);
    if (!(image.width > 0 && image.height > 0)) throw new Error('empty image');
    // A PNG is decoded only when embedded; force it so a corrupt pixel stream fails here.
    await image.embed();
  } catch {
    throw new DomainError('CONFLICT', UNREADABLE_LOGO_MESSAGE);
  }
}
