// Which consents need someone's attention: those expiring soon, and those that expired within
// the same warning window and were not replaced by a newer active consent to the same recipient
// (so an old, renewed or deliberately lapsed consent does not nag for ever).
import dayjs from 'dayjs';
import { CONSENT_EXPIRY_WARNING_DAYS, type Consent } from '../../../contract/areas/consents';
import { todayIso } from '../../format/dates';

function sameRecipient(a: Consent, b: Consent): boolean {
  if (a.recipientType !== b.recipientType) return false;
  if (a.recipientType === 'paaroerende') return a.relativeId === b.relativeId;
  return a.recipientName.trim().toLocaleLowerCase('da') === b.recipientName.trim().toLocaleLowerCase('da');
}

export function consentsNeedingAttention(consents: readonly Consent[], today: string = todayIso()): Consent[] {
  const windowStart = dayjs(today).subtract(CONSENT_EXPIRY_WARNING_DAYS, 'day').format('YYYY-MM-DD');
  return consents.filter((consent) => {
    if (consent.state === 'udloeber') return true;
    if (consent.state !== 'udloebet' || !consent.expiresDate || consent.expiresDate < windowStart) return false;
    return !consents.some((other) => other.id !== consent.id && other.state === 'aktiv' && sameRecipient(other, consent) && other.givenDate >= consent.givenDate);
  });
}
