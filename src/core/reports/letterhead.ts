// The letterhead every report carries, from the provider settings (name, address, CVR, logo).
// No logo is allowed (the report says so in its warnings); a name is required.
import type { Db } from '../db/open-database';
import { DomainError } from '../common/domain-error';
import { providerContact, type ProviderRecord } from '../settings/provider-settings-service';
import type { Letterhead } from './report-job';

export const NO_LOGO_WARNING = 'Brevhovedet har intet logo. En administrator kan sætte det under Indstillinger → Tilbud.';

export function createLetterheadReader(db: Db) {
  const get = db.prepare<[], ProviderRecord>('SELECT * FROM provider_settings WHERE id = 1');
  return {
    /** The letterhead and the warnings it gives (no logo). */
    read(): { letterhead: Letterhead; warnings: string[] } {
      const row = get.get();
      if (!row || !row.name.trim()) {
        throw new DomainError('CONFLICT', 'Tilbuddets navn mangler. En administrator skal udfylde Indstillinger → Tilbud, før der kan dannes rapporter.');
      }
      const logo = row.logo && row.logo_mime_type ? { mimeType: row.logo_mime_type as 'image/png' | 'image/jpeg', base64: row.logo.toString('base64') } : null;
      return {
        letterhead: { ...providerContact(row), logo },
        warnings: logo ? [] : [NO_LOGO_WARNING],
      };
    },
  };
}
