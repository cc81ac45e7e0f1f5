// consents.attention: consents across the user's citizens that expire within N days, or expired or
// were revoked within the last N days and were not replaced by a newer consent in force to the same
// recipient (a renewal also hides an expiring one when it lasts longer). One search row in the log.
import dayjs from 'dayjs';
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import { citizenName } from '../citizens/citizen-view';
import type { Actor } from '../common/actor';
import type { Db } from '../db/open-database';
import { orderedSubjects } from './consent-subjects';
import { createConsentAttentionQueries, type AttentionRecord, type InForceRecord } from './consent-attention-queries';

type Row = OutputOf<'consents.attention'>[number];

const sameRecipient = (a: InForceRecord, b: InForceRecord): boolean =>
  a.recipient_type === b.recipient_type &&
  (a.recipient_type === 'paaroerende'
    ? a.relative_id === b.relative_id
    : a.recipient_name.trim().toLocaleLowerCase('da') === b.recipient_name.trim().toLocaleLowerCase('da'));

function stateOf(row: AttentionRecord, today: string): Pick<Row, 'state' | 'date'> {
  if (row.revoked_date !== null && row.revoked_date <= today) return { state: 'tilbagekaldt', date: row.revoked_date };
  const expires = row.expires_date!;
  return { state: expires < today ? 'udloebet' : 'udloeber', date: expires };
}

/** Whether `other` (in force today) replaces the consent: same recipient, given on or after it, and lasting longer. */
function replaces(other: InForceRecord, row: AttentionRecord, state: Row['state']): boolean {
  if (other.id === row.id || !sameRecipient(other, row) || other.given_date < row.given_date) return false;
  return state !== 'udloeber' || other.expires_date === null || other.expires_date > row.expires_date!;
}

export function createConsentAttention(db: Db, audit: AuditLog, access: CitizenAccess) {
  const q = createConsentAttentionQueries(db);

  return function attention(actor: Actor, input: ParsedInputOf<'consents.attention'>): OutputOf<'consents.attention'> {
    const today = access.today();
    const days = input.withinDays;
    const candidates = q.candidates.all({
      today,
      from: dayjs(today).subtract(days, 'day').format('YYYY-MM-DD'),
      until: dayjs(today).add(days, 'day').format('YYYY-MM-DD'),
      scopeUserId: actor.residenceIds === null ? null : actor.userId,
    });
    const inForce = new Map<number, InForceRecord[]>();
    const inForceOf = (citizenId: number) => {
      if (!inForce.has(citizenId)) inForce.set(citizenId, q.inForce.all({ citizenId, today }));
      return inForce.get(citizenId)!;
    };
    const rows: Row[] = [];
    for (const row of candidates) {
      const { state, date } = stateOf(row, today);
      if (inForceOf(row.citizen_id).some((other) => replaces(other, row, state))) continue;
      rows.push({
        consentId: row.id,
        citizenId: row.citizen_id,
        citizenName: citizenName(row),
        residenceName: row.residence_name,
        recipientName: row.recipient_name,
        subjects: orderedSubjects(q.subjectsOf.all(row.id)),
        state,
        date,
      });
    }
    audit.record(actor, {
      action: 'search',
      method: 'consents.attention',
      subject: `Samtykker der kræver opmærksomhed: ${days} dage`,
      detail: `${rows.length} samtykker`,
    });
    return rows;
  };
}
