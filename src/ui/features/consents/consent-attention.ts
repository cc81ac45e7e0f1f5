// Which consents need someone's attention: those expiring soon, and expired ones not yet replaced
// by a newer active consent to the same recipient (so an old, renewed consent does not nag).
import type { Consent } from '../../../contract/areas/consents';

function sameRecipient(a: Consent, b: Consent): boolean {
  if (a.recipientType !== b.recipientType) return false;
  if (a.recipientType === 'paaroerende') return a.relativeId === b.relativeId;
  return a.recipientName.trim().toLocaleLowerCase('da') === b.recipientName.trim().toLocaleLowerCase('da');
}

export function consentsNeedingAttention(consents: readonly Consent[]): Consent[] {
  return consents.filter((consent) => {
    if (consent.state === 'udloeber') return true;
    if (consent.state !== 'udloebet') return false;
    return !consents.some((other) => other.id !== consent.id && other.state === 'aktiv' && sameRecipient(other, consent) && other.givenDate >= consent.givenDate);
  });
}
