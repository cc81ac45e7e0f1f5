// Consent (samtykke): recorded, listed with today's state, revoked; never edited, so the record of
// what was agreed stays intact. Consents are recorded once given: a given date after today is refused.
import dayjs from 'dayjs';
import type { ParsedInputOf } from '../../contract';
import { CONSENT_RECIPIENT_LABELS, CONSENT_SUBJECT_LABELS, type Consent, type ConsentSubject } from '../../contract/areas/consents';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { DomainError, invalidField, notFound } from '../common/domain-error';
import type { Db } from '../db/open-database';
import { createConsentAttention } from './consent-attention';
import { consentState } from './consent-state';
import { orderedSubjects } from './consent-subjects';
import { createConsentsQueries, type ConsentRecord } from './consents-queries';

const shownDate = (iso: string) => dayjs(iso).format('DD-MM-YYYY');

const toConsent = (row: ConsentRecord, subjects: Iterable<string>, today: string): Consent => ({
  id: row.id,
  citizenId: row.citizen_id,
  subjects: orderedSubjects(subjects),
  recipientType: row.recipient_type,
  relativeId: row.relative_id,
  recipientName: row.recipient_name,
  givenDate: row.given_date,
  givenBy: row.given_by,
  expiresDate: row.expires_date,
  revokedDate: row.revoked_date,
  revokedReason: row.revoked_reason,
  note: row.note,
  state: consentState(row, today),
  recordedBy: row.recorded_by_name,
  createdAt: row.created_at,
});

export function createConsentsService(db: Db, clock: Clock, audit: AuditLog, access: CitizenAccess) {
  const q = createConsentsQueries(db);
  const read = (id: number, today: string) => toConsent(q.byId.get(id)!, q.subjectsOf.all(id), today);
  const subject = (row: Pick<ConsentRecord, 'recipient_type' | 'recipient_name'>) => `${CONSENT_RECIPIENT_LABELS[row.recipient_type]}: ${row.recipient_name}`;
  const subjectLabels = (subjects: readonly ConsentSubject[]) => subjects.map((s) => CONSENT_SUBJECT_LABELS[s]).join(', ');

  return {
    /** consents.attention: across the citizens the user may see (consent-attention.ts). */
    attention: createConsentAttention(db, audit, access),

    list(actor: Actor, input: ParsedInputOf<'consents.list'>): Consent[] {
      access.assertCanSee(actor, input.citizenId);
      const rows = q.forCitizen.all(input.citizenId);
      const subjects = new Map<number, string[]>();
      for (const { consent_id, subject } of q.subjectsForCitizen.all(input.citizenId)) {
        subjects.set(consent_id, [...(subjects.get(consent_id) ?? []), subject]);
      }
      audit.record(actor, { action: 'read', method: 'consents.list', citizenId: input.citizenId, detail: `${rows.length} samtykker` });
      const today = access.today();
      return rows.map((row) => toConsent(row, subjects.get(row.id) ?? [], today));
    },

    create(actor: Actor, input: ParsedInputOf<'consents.create'>): Consent {
      access.assertCanSee(actor, input.citizenId);
      const today = access.today();
      if (input.givenDate > today) throw invalidField('givenDate', 'Givet dato kan ikke ligge efter i dag: registrér samtykket, når det er givet');
      let recipientName: string | null | undefined = input.recipientName;
      if (input.recipientType === 'paaroerende') {
        recipientName = input.relativeId === null ? undefined : q.relativeName.get(input.relativeId, input.citizenId);
        if (recipientName === undefined) throw invalidField('relativeId', 'Pårørende: vælg en af borgerens pårørende');
      } else if (input.relativeId !== null) {
        throw invalidField('relativeId', 'Pårørende kan kun vælges, når modtageren er en pårørende');
      }
      const subjects = orderedSubjects(input.subjects);
      const id = Number(
        q.insert.run({
          citizenId: input.citizenId,
          recipientType: input.recipientType,
          relativeId: input.relativeId,
          recipientName,
          givenDate: input.givenDate,
          givenBy: input.givenBy,
          expiresDate: input.expiresDate,
          note: input.note,
          recordedBy: actor.userId,
          now: clock.now().toISOString(),
        }).lastInsertRowid,
      );
      for (const item of subjects) q.insertSubject.run(id, item);
      const consent = read(id, today);
      audit.record(actor, {
        action: 'create',
        method: 'consents.create',
        citizenId: input.citizenId,
        subject: subject({ recipient_type: consent.recipientType, recipient_name: consent.recipientName }),
        detail: subjectLabels(subjects),
      });
      return consent;
    },

    revoke(actor: Actor, input: ParsedInputOf<'consents.revoke'>): Consent {
      const current = q.byId.get(input.id);
      if (!current) throw notFound('Samtykket');
      access.assertCanSee(actor, current.citizen_id);
      if (current.revoked_date !== null) {
        throw new DomainError('CONFLICT', `Samtykket er allerede tilbagekaldt pr. ${shownDate(current.revoked_date)}.`);
      }
      if (input.revokedDate < current.given_date) {
        throw invalidField('revokedDate', `Tilbagekaldt dato kan ikke ligge før datoen, samtykket blev givet (${shownDate(current.given_date)})`);
      }
      const today = access.today();
      if (input.revokedDate > today) {
        throw invalidField('revokedDate', 'Tilbagekaldt dato kan ikke ligge efter i dag: registrér tilbagekaldelsen, når den er sket');
      }
      if (current.expires_date !== null && input.revokedDate > current.expires_date) {
        throw invalidField('revokedDate', `Tilbagekaldt dato ligger efter udløbsdatoen (${shownDate(current.expires_date)}): samtykket var allerede udløbet`);
      }
      q.revoke.run(input.revokedDate, input.reason, input.id);
      audit.record(actor, { action: 'update', method: 'consents.revoke', citizenId: current.citizen_id, subject: subject(current), detail: `Tilbagekaldt pr. ${shownDate(input.revokedDate)}` });
      return read(input.id, today);
    },
  };
}

export type ConsentsService = ReturnType<typeof createConsentsService>;
