// Protects the provider's details and logo: stamdata are saved and audited, and only a real PNG or
// JPEG of at most 1 MB becomes the logo (checked by its bytes, not by what the caller claims).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRows, createTestBackend, expectCode, fieldPaths, type TestBackend } from '../../../tests/fixtures/backend';
import { LOGO_MAX_BYTES } from '../../contract/areas/settings';

const PROVIDER = { name: 'Byens Bosteder', cvr: '12345678', street: 'Torvet 1', postalCode: '8000', city: 'Aarhus C', phone: '+45 86 12 34 56', email: 'info@bosteder.dk' };
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
/** A file of `size` bytes that starts like a PNG. */
const pngOfSize = (size: number) => Buffer.concat([PNG, Buffer.alloc(size - PNG.length, 7)]);

let t: TestBackend;
let admin: string;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
});
afterEach(() => t.close());

const setLogo = (mimeType: 'image/png' | 'image/jpeg' | null, bytes: Buffer | null) =>
  t.call('settings.setLogo', { mimeType, base64: bytes ? bytes.toString('base64') : null }, admin);

describe('provider details', () => {
  it('are empty before they are set, then saved, read back by every role, and audited', async () => {
    expect(await t.callOk('settings.getProvider', {}, admin)).toMatchObject({ name: '', logoDataUrl: null, updatedAt: null });
    const saved = await t.callOk('settings.updateProvider', PROVIDER, admin);
    expect(saved).toEqual({ ...PROVIDER, logoDataUrl: null, updatedAt: t.clock.now().toISOString() });
    for (const token of Object.values(t.tokens)) expect(await t.callOk('settings.getProvider', {}, token)).toEqual(saved);
    expect(auditRows(t.backend, 'settings.updateProvider').map((row) => [row.action, row.username, row.subject])).toEqual([['update', 'admin', 'Byens Bosteder']]);
    expect((await t.callOk('system.status', {})).providerName).toBe('Byens Bosteder');
  });

  it('blank optional fields become null, and bad CVR, postal code, phone and e-mail are refused by field', async () => {
    const saved = await t.callOk('settings.updateProvider', { name: 'Kun navn', cvr: '', street: '  ', email: '' }, admin);
    expect(saved).toMatchObject({ name: 'Kun navn', cvr: null, street: null, email: null });
    const error = expectCode(await t.call('settings.updateProvider', { name: 'X', cvr: '1234', postalCode: '80000', phone: '12', email: 'ikke-en-mail' }, admin), 'INVALID_INPUT');
    expect(fieldPaths(error).sort()).toEqual(['cvr', 'email', 'phone', 'postalCode']);
  });

  it('only an administrator may change them', async () => {
    for (const role of ['afdelingsleder', 'medarbejder', 'vagtplanlaegger'] as const) {
      expectCode(await t.call('settings.updateProvider', PROVIDER, t.tokens[role]), 'FORBIDDEN');
    }
  });
});

describe('logo', () => {
  beforeEach(async () => {
    await t.callOk('settings.updateProvider', PROVIDER, admin);
  });

  it('accepts a PNG and a JPEG by their bytes, as a data URL', async () => {
    const png = await t.callOk('settings.setLogo', { mimeType: 'image/png', base64: PNG.toString('base64') }, admin);
    expect(png.logoDataUrl).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
    const jpeg = await t.callOk('settings.setLogo', { mimeType: 'image/jpeg', base64: JPEG.toString('base64') }, admin);
    expect(jpeg.logoDataUrl).toBe(`data:image/jpeg;base64,${JPEG.toString('base64')}`);
    expect(auditRows(t.backend, 'settings.setLogo').map((row) => row.detail)).toEqual([
      `Logo sat (image/png, ${PNG.length} bytes)`,
      `Logo sat (image/jpeg, ${JPEG.length} bytes)`,
    ]);
  });

  it.each([
    ['text claimed as PNG', 'image/png', Buffer.from('Det her er ikke et billede, bare tekst.')],
    ['a JPEG claimed as PNG', 'image/png', JPEG],
    ['a PNG claimed as JPEG', 'image/jpeg', PNG],
    ['an empty file', 'image/png', Buffer.alloc(0)],
  ] as const)('refuses %s with INVALID_INPUT on the logo field, keeping the old logo', async (_what, mimeType, bytes) => {
    await setLogo('image/png', PNG);
    const auditBefore = t.count('audit_log');
    const error = expectCode(await setLogo(mimeType, bytes), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['base64']);
    expect(error.message).toMatch(/^Logo/);
    expect((await t.callOk('settings.getProvider', {}, admin)).logoDataUrl).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
    expect(t.count('audit_log')).toBe(auditBefore);
  });

  it('refuses an unsupported type such as SVG, naming the type field', async () => {
    const error = expectCode(await t.call('settings.setLogo', { mimeType: 'image/svg+xml', base64: Buffer.from('<svg/>').toString('base64') }, admin), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['mimeType']);
  });

  it('refuses half a logo (a type without content) instead of silently removing the logo', async () => {
    await setLogo('image/png', PNG);
    const error = expectCode(await t.call('settings.setLogo', { mimeType: 'image/png', base64: null }, admin), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['base64']);
    expect((await t.callOk('settings.getProvider', {}, admin)).logoDataUrl).not.toBeNull();
  });

  it('accepts exactly 1 MB and refuses one byte more', async () => {
    expect((await setLogo('image/png', pngOfSize(LOGO_MAX_BYTES))).ok).toBe(true);
    const error = expectCode(await setLogo('image/png', pngOfSize(LOGO_MAX_BYTES + 1)), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['base64']);
    expect(error.message).toMatch(/1 MB/);
  });

  it('refuses a far larger file at validation, before decoding it', async () => {
    const error = expectCode(await setLogo('image/png', pngOfSize(3 * LOGO_MAX_BYTES)), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['base64']);
    expect(error.message).toMatch(/1 MB/);
  });

  it('can be removed', async () => {
    await setLogo('image/jpeg', JPEG);
    const removed = await t.callOk('settings.setLogo', { mimeType: null, base64: null }, admin);
    expect(removed.logoDataUrl).toBeNull();
    expect(removed.name).toBe(PROVIDER.name);
    expect(auditRows(t.backend, 'settings.setLogo').at(-1)?.detail).toBe('Logo fjernet');
  });
});

it('a logo needs the provider details first', async () => {
  const t2 = await createTestBackend({ adminOnly: true });
  try {
    const error = expectCode(await t2.call('settings.setLogo', { mimeType: 'image/png', base64: PNG.toString('base64') }, t2.tokens.administrator), 'INVALID_INPUT');
    expect(fieldPaths(error)).toEqual(['name']);
  } finally {
    t2.close();
  }
});
