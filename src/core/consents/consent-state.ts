// A consent's state on a given day, derived and never stored: revoked beats expired beats expiring
// (within CONSENT_EXPIRY_WARNING_DAYS) beats active. The expiry date is the last valid day.
import dayjs from 'dayjs';
import { CONSENT_EXPIRY_WARNING_DAYS, type ConsentState } from '../../contract/areas/consents';

export interface ConsentDates {
  given_date: string;
  expires_date: string | null;
  revoked_date: string | null;
}

export function consentState(consent: ConsentDates, today: string): ConsentState {
  if (consent.revoked_date !== null && consent.revoked_date <= today) return 'tilbagekaldt';
  if (consent.expires_date !== null) {
    if (consent.expires_date < today) return 'udloebet';
    const warnUntil = dayjs(today).add(CONSENT_EXPIRY_WARNING_DAYS, 'day').format('YYYY-MM-DD');
    if (consent.expires_date <= warnUntil) return 'udloeber';
  }
  return 'aktiv';
}

/** Whether the consent lets information be shared today: given by today, neither expired nor revoked. */
export function consentInForce(consent: ConsentDates, today: string): boolean {
  if (consent.given_date > today) return false;
  const state = consentState(consent, today);
  return state === 'aktiv' || state === 'udloeber';
}
