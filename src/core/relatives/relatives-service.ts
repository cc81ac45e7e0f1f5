// Relatives (pårørende) as partners: who they are, one closest relative per citizen (choosing a new
// one unsets the old), what they may be told today (from consents naming them), and the contact log.
import type { ParsedInputOf } from '../../contract';
import type { ContactLogEntry, Relative } from '../../contract/areas/relatives';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { invalidField, notFound } from '../common/domain-error';
import type { Db } from '../db/open-database';
import { consentInForce } from '../consents/consent-state';
import { orderedSubjects } from '../consents/consent-subjects';
import { danishSortKey } from '../text/danish-sort-key';
import { createRelativesQueries, type ContactRecord, type RelativeRecord } from './relatives-queries';

type ValidRelativeFields = Omit<ParsedInputOf<'relatives.update'>, 'id'>;

/** What a relative may be told: `alt` (everything) stands alone, as it covers every other subject. */
export function mayBeToldAbout(subjects: Iterable<string>): string[] {
  const ordered = orderedSubjects(subjects);
  return ordered.includes('alt') ? ['alt'] : ordered;
}

const toRelative = (row: RelativeRecord, toldAbout: string[]): Relative => ({
  id: row.id,
  citizenId: row.citizen_id,
  name: row.name,
  relation: row.relation,
  phone: row.phone,
  secondaryPhone: row.secondary_phone,
  email: row.email,
  address: row.address,
  isClosest: row.is_closest === 1,
  preferredContact: row.preferred_contact,
  note: row.note,
  mayBeToldAbout: toldAbout,
});

const toContact = (row: ContactRecord): ContactLogEntry => ({
  id: row.id,
  citizenId: row.citizen_id,
  relativeId: row.relative_id,
  relativeName: row.relative_name,
  date: row.date,
  form: row.form,
  summary: row.summary,
  staffName: row.staff_name,
  createdAt: row.created_at,
});

export function createRelativesService(db: Db, clock: Clock, audit: AuditLog, access: CitizenAccess) {
  const q = createRelativesQueries(db);

  function visible(actor: Actor, id: number): RelativeRecord {
    const row = q.byId.get(id);
    if (!row) throw notFound('Den pårørende');
    access.assertCanSee(actor, row.citizen_id);
    return row;
  }

  /** Per relative of the citizen: the consent subjects in force today that name them. */
  function toldAboutByRelative(citizenId: number): Map<number, string[]> {
    const today = access.today();
    const subjects = new Map<number, string[]>();
    for (const row of q.consentsToRelatives.all(citizenId)) {
      if (consentInForce(row, today)) subjects.set(row.relative_id, [...(subjects.get(row.relative_id) ?? []), row.subject]);
    }
    return subjects;
  }

  function read(id: number): Relative {
    const row = q.byId.get(id)!;
    return toRelative(row, mayBeToldAbout(toldAboutByRelative(row.citizen_id).get(id) ?? []));
  }

  /** Saves the closest flag's consequence: a new closest relative replaces the old one, in the same transaction. */
  function keepOneClosest(citizenId: number, id: number, isClosest: boolean, now: string): void {
    if (isClosest) q.clearOtherClosest.run({ citizenId, exceptId: id, now });
  }

  const params = (fields: ValidRelativeFields, now: string) => ({
    name: fields.name,
    nameSort: danishSortKey(fields.name),
    relation: fields.relation,
    phone: fields.phone,
    secondaryPhone: fields.secondaryPhone,
    email: fields.email,
    address: fields.address,
    isClosest: fields.isClosest ? 1 : 0,
    preferredContact: fields.preferredContact,
    note: fields.note,
    now,
  });

  const subject = (row: { name: string; relation: string }) => `${row.name} (${row.relation})`;

  return {
    list(actor: Actor, input: ParsedInputOf<'relatives.list'>): Relative[] {
      access.assertCanSee(actor, input.citizenId);
      const rows = q.forCitizen.all(input.citizenId);
      const toldAbout = toldAboutByRelative(input.citizenId);
      audit.record(actor, { action: 'read', method: 'relatives.list', citizenId: input.citizenId, detail: `${rows.length} pårørende` });
      return rows.map((row) => toRelative(row, mayBeToldAbout(toldAbout.get(row.id) ?? [])));
    },

    create(actor: Actor, input: ParsedInputOf<'relatives.create'>): Relative {
      const { citizenId, ...fields } = input;
      access.assertCanSee(actor, citizenId);
      const now = clock.now().toISOString();
      const id = Number(q.insert.run({ ...params(fields, now), citizenId }).lastInsertRowid);
      keepOneClosest(citizenId, id, fields.isClosest, now);
      audit.record(actor, { action: 'create', method: 'relatives.create', citizenId, subject: subject(fields) });
      // No consent can name a relative who did not exist until now.
      return toRelative(q.byId.get(id)!, []);
    },

    update(actor: Actor, input: ParsedInputOf<'relatives.update'>): Relative {
      const { id, ...fields } = input;
      const current = visible(actor, id);
      const now = clock.now().toISOString();
      q.update.run({ ...params(fields, now), id });
      keepOneClosest(current.citizen_id, id, fields.isClosest, now);
      audit.record(actor, { action: 'update', method: 'relatives.update', citizenId: current.citizen_id, subject: subject(fields) });
      return read(id);
    },

    /** Soft removal: the relative leaves the list, but the contact log and consents still name them. */
    remove(actor: Actor, input: ParsedInputOf<'relatives.delete'>): Record<string, never> {
      const current = visible(actor, input.id);
      const now = clock.now().toISOString();
      q.remove.run(now, now, input.id);
      audit.record(actor, { action: 'delete', method: 'relatives.delete', citizenId: current.citizen_id, subject: subject(current) });
      return {};
    },

    contactLog(actor: Actor, input: ParsedInputOf<'relatives.contactLog'>): ContactLogEntry[] {
      access.assertCanSee(actor, input.citizenId);
      const rows = q.contactLog.all(input.citizenId);
      audit.record(actor, { action: 'read', method: 'relatives.contactLog', citizenId: input.citizenId, detail: `${rows.length} kontakter` });
      return rows.map(toContact);
    },

    logContact(actor: Actor, input: ParsedInputOf<'relatives.logContact'>): ContactLogEntry {
      access.assertCanSee(actor, input.citizenId);
      if (input.date > access.today()) throw invalidField('date', 'Dato kan ikke ligge efter i dag: skriv kontakten i loggen, når den har fundet sted');
      let relative: RelativeRecord | undefined;
      if (input.relativeId !== null) {
        relative = q.byId.get(input.relativeId);
        if (!relative || relative.citizen_id !== input.citizenId) throw invalidField('relativeId', 'Pårørende: vælg en af borgerens pårørende');
      }
      const id = Number(
        q.insertContact.run({
          citizenId: input.citizenId,
          relativeId: input.relativeId,
          date: input.date,
          form: input.form,
          summary: input.summary,
          staffName: input.staffName ?? q.userDisplayName.get(actor.userId) ?? actor.username,
          createdBy: actor.userId,
          now: clock.now().toISOString(),
        }).lastInsertRowid,
      );
      audit.record(actor, {
        action: 'create',
        method: 'relatives.logContact',
        citizenId: input.citizenId,
        subject: relative ? subject(relative) : 'Pårørende',
        detail: `Kontakt (${input.form}) ${input.date}`,
      });
      return toContact(q.contactById.get(id)!);
    },
  };
}

export type RelativesService = ReturnType<typeof createRelativesService>;
