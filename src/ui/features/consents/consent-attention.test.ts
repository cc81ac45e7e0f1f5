// The consent warning: expiring soon, or recently expired and not replaced.
import { describe, expect, it } from 'vitest';
import type { Consent } from '../../../contract/areas/consents';
import { consentsNeedingAttention } from './consent-attention';

const base: Consent = {
  id: 1,
  citizenId: 1,
  subjects: ['helbred'],
  recipientType: 'paaroerende',
  relativeId: 7,
  recipientName: 'Karen',
  givenDate: '2026-01-01',
  givenBy: 'borger',
  expiresDate: null,
  revokedDate: null,
  revokedReason: null,
  note: null,
  state: 'aktiv',
  recordedBy: 'Anne',
  createdAt: '2026-01-01T10:00:00Z',
};

describe('consentsNeedingAttention', () => {
  const today = '2026-11-23';
  it('warns about a consent expiring soon', () => {
    expect(consentsNeedingAttention([{ ...base, state: 'udloeber', expiresDate: '2026-12-04' }], today)).toHaveLength(1);
  });
  it('warns about a recently expired consent that was not replaced', () => {
    expect(consentsNeedingAttention([{ ...base, state: 'udloebet', expiresDate: '2026-11-01' }], today)).toHaveLength(1);
  });
  it('is quiet when a newer active consent replaced it, or it expired long ago', () => {
    const expired = { ...base, state: 'udloebet' as const, expiresDate: '2026-11-01' };
    expect(consentsNeedingAttention([expired, { ...base, id: 2, givenDate: '2026-11-02' }], today)).toHaveLength(0);
    expect(consentsNeedingAttention([{ ...expired, expiresDate: '2026-06-01' }], today)).toHaveLength(0);
  });
  it('ignores active and revoked consents', () => {
    expect(consentsNeedingAttention([base, { ...base, id: 3, state: 'tilbagekaldt', revokedDate: '2026-10-01' }], today)).toHaveLength(0);
  });
});
