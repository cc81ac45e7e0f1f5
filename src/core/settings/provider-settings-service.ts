// The provider's own details (name, CVR, address, logo) for screens and report letterheads.
import type { Provider, ProviderFields } from '../../contract/areas/settings';
import { LOGO_MAX_BYTES } from '../../contract/areas/settings';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { invalidField } from '../common/domain-error';
import type { AuditLog } from '../audit/audit-log';
import type { Db } from '../db/open-database';

type ValidProviderFields = { [K in keyof ProviderFields]-?: Exclude<ProviderFields[K], undefined> };

/** A provider_settings row (also read for report letterheads). */
export interface ProviderRecord {
  name: string;
  cvr: string | null;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  phone: string | null;
  email: string | null;
  logo: Buffer | null;
  logo_mime_type: string | null;
  updated_at: string | null;
}

const SIGNATURES: Record<'image/png' | 'image/jpeg', number[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/** True when the bytes start the way a real file of that type does (the name or the claim is not enough). */
export function looksLike(bytes: Buffer, mimeType: 'image/png' | 'image/jpeg'): boolean {
  return SIGNATURES[mimeType].every((byte, index) => bytes[index] === byte);
}

/** Name, CVR, address and contact of a provider_settings row: shown on screens and on report letterheads. */
export function providerContact(row: ProviderRecord) {
  return { name: row.name, cvr: row.cvr, street: row.street, postalCode: row.postal_code, city: row.city, phone: row.phone, email: row.email };
}

export function createProviderSettingsService(db: Db, clock: Clock, audit: AuditLog) {
  const get = db.prepare<[], ProviderRecord>('SELECT * FROM provider_settings WHERE id = 1');
  const upsert = db.prepare(
    `INSERT INTO provider_settings (id, name, cvr, street, postal_code, city, phone, email, updated_at)
     VALUES (1, @name, @cvr, @street, @postalCode, @city, @phone, @email, @now)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, cvr = excluded.cvr, street = excluded.street,
       postal_code = excluded.postal_code, city = excluded.city, phone = excluded.phone, email = excluded.email,
       updated_at = excluded.updated_at`,
  );
  const setLogo = db.prepare('UPDATE provider_settings SET logo = ?, logo_mime_type = ?, updated_at = ? WHERE id = 1');

  function read(): Provider {
    const row = get.get();
    if (!row) return { name: '', cvr: null, street: null, postalCode: null, city: null, phone: null, email: null, logoDataUrl: null, updatedAt: null };
    return {
      ...providerContact(row),
      logoDataUrl: row.logo && row.logo_mime_type ? `data:${row.logo_mime_type};base64,${row.logo.toString('base64')}` : null,
      updatedAt: row.updated_at,
    };
  }

  return {
    get: read,
    /** The provider's name, or null before it has been set. */
    name: (): string | null => get.get()?.name ?? null,

    update(actor: Actor | null, fields: ValidProviderFields): Provider {
      upsert.run({ ...fields, now: clock.now().toISOString() });
      if (actor) audit.record(actor, { action: 'update', method: 'settings.updateProvider', subject: fields.name });
      return read();
    },

    setLogo(actor: Actor, mimeType: 'image/png' | 'image/jpeg' | null, base64: string | null): Provider {
      if (!get.get()) throw invalidField('name', 'Navn på tilbuddet: gem tilbuddets stamdata, før du tilføjer et logo');
      if (mimeType === null || base64 === null) {
        setLogo.run(null, null, clock.now().toISOString());
        audit.record(actor, { action: 'update', method: 'settings.setLogo', detail: 'Logo fjernet' });
        return read();
      }
      const bytes = Buffer.from(base64, 'base64');
      if (bytes.length === 0) throw invalidField('base64', 'Logo: filen er tom');
      if (bytes.length > LOGO_MAX_BYTES) throw invalidField('base64', 'Logo: filen må højst fylde 1 MB');
      if (!looksLike(bytes, mimeType)) throw invalidField('base64', `Logo: filen er ikke et ${mimeType === 'image/png' ? 'PNG' : 'JPEG'}-billede`);
      setLogo.run(bytes, mimeType, clock.now().toISOString());
      audit.record(actor, { action: 'update', method: 'settings.setLogo', detail: `Logo sat (${mimeType}, ${bytes.length} bytes)` });
      return read();
    },
  };
}

export type ProviderSettingsService = ReturnType<typeof createProviderSettingsService>;
