// Residences (botilbud): create, edit, list, archive. Department heads and staff see only the
// residences assigned to them; every change is checked against the legal bases in settings.
import type { LegalBasis, Residence, ResidenceFields } from '../../contract/areas/residences';
import { assertResidenceAccess, canSeeResidence, type Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { DomainError, invalidField, notFound } from '../common/domain-error';
import type { AuditLog } from '../audit/audit-log';
import type { Db } from '../db/open-database';
import { danishSortKey } from '../text/danish-sort-key';
import { foldForSearch } from '../text/search-text';
import { createResidencesQueries, type LegalBasisRecord, type ResidenceRecord } from './residences-queries';

/** Fields after validation: optional texts are null, not absent. */
export type ValidResidenceFields = { [K in keyof ResidenceFields]-?: Exclude<ResidenceFields[K], undefined> };

const toResidence = (row: ResidenceRecord): Residence => ({
  id: row.id,
  name: row.name,
  street: row.street,
  postalCode: row.postal_code,
  city: row.city,
  legalBasisCode: row.legal_basis_code,
  legalBasisLabel: row.legal_basis_label,
  targetGroup: row.target_group,
  places: row.places,
  departmentHead: row.department_head,
  phone: row.phone,
  email: row.email,
  archivedAt: row.archived_at,
  version: row.version,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});


const toLegalBasis = (row: LegalBasisRecord): LegalBasis => ({ code: row.code, paragraph: row.paragraph, title: row.title, active: row.active === 1 });

export function createResidencesService(db: Db, clock: Clock, audit: AuditLog) {
  const q = createResidencesQueries(db);

  function visible(actor: Actor, id: number): ResidenceRecord {
    const row = q.byId.get(id);
    if (!row) throw notFound('Botilbuddet');
    assertResidenceAccess(actor, id);
    return row;
  }

  /** `current`: the residence being edited, which may keep a legal basis that has since been deactivated. */
  function checkFields(fields: ValidResidenceFields, id: number | null, current: ResidenceRecord | null = null): void {
    const basis = q.legalBasis.get(fields.legalBasisCode);
    if (!basis || (basis.active !== 1 && basis.code !== current?.legal_basis_code)) throw invalidField('legalBasisCode', 'Lovgrundlag: vælg et lovgrundlag fra listen');
    const sameName = q.idByNameSort.get(danishSortKey(fields.name));
    if (sameName !== undefined && sameName !== id) throw invalidField('name', `Navn: der findes allerede et botilbud med navnet "${fields.name}"`);
  }

  const params = (fields: ValidResidenceFields) => ({ ...fields, nameSort: danishSortKey(fields.name), now: clock.now().toISOString() });

  return {
    list(actor: Actor, input: { includeArchived: boolean; search?: string | null }): Residence[] {
      const search = input.search ? foldForSearch(input.search) : null;
      return q
        .list.all({ includeArchived: input.includeArchived ? 1 : 0 })
        .filter((row) => canSeeResidence(actor, row.id))
        .filter((row) => !search || foldForSearch(`${row.name} ${row.city ?? ''} ${row.target_group ?? ''}`).includes(search))
        .map(toResidence);
    },

    get: (actor: Actor, id: number): Residence => toResidence(visible(actor, id)),

    count: (): number => q.count.get() as number,

    create(actor: Actor, fields: ValidResidenceFields): Residence {
      if (actor.residenceIds !== null) throw new DomainError('FORBIDDEN', 'Kun en administrator kan oprette nye botilbud.');
      checkFields(fields, null);
      const id = Number(q.insert.run(params(fields)).lastInsertRowid);
      audit.record(actor, { action: 'create', method: 'residences.create', subject: fields.name });
      return toResidence(q.byId.get(id)!);
    },

    update(actor: Actor, input: ValidResidenceFields & { id: number; version: number }): Residence {
      const { id, version, ...fields } = input;
      const current = visible(actor, id);
      if (current.archived_at) throw new DomainError('CONFLICT', 'Botilbuddet er arkiveret. Gendan det, før du retter det.');
      checkFields(fields, id, current);
      const changed = q.update.run({ ...params(fields), id, version }).changes;
      if (changed === 0) {
        throw new DomainError('CONFLICT', 'Botilbuddet er ændret af en anden, siden du åbnede det. Genindlæs og prøv igen.');
      }
      audit.record(actor, { action: 'update', method: 'residences.update', subject: fields.name });
      return toResidence(q.byId.get(id)!);
    },

    setArchived(actor: Actor, id: number, archived: boolean): Residence {
      const current = visible(actor, id);
      if (Boolean(current.archived_at) === archived) {
        throw new DomainError('CONFLICT', archived ? 'Botilbuddet er allerede arkiveret.' : 'Botilbuddet er ikke arkiveret.');
      }
      const now = clock.now().toISOString();
      q.setArchived.run(archived ? now : null, now, id);
      audit.record(actor, { action: 'update', method: archived ? 'residences.archive' : 'residences.restore', subject: current.name });
      return toResidence(q.byId.get(id)!);
    },

    legalBases: (includeInactive: boolean): LegalBasis[] => q.legalBases.all(includeInactive ? 1 : 0).map(toLegalBasis),

    createLegalBasis(actor: Actor, basis: LegalBasis): LegalBasis {
      if (q.legalBasis.get(basis.code)) throw invalidField('code', `Kode: lovgrundlaget "${basis.code}" findes allerede`);
      q.insertLegalBasis.run({ ...basis, active: basis.active ? 1 : 0 });
      audit.record(actor, { action: 'create', method: 'residences.createLegalBasis', subject: `${basis.paragraph} – ${basis.title}` });
      return toLegalBasis(q.legalBasis.get(basis.code)!);
    },

    updateLegalBasis(actor: Actor, basis: LegalBasis): LegalBasis {
      if (q.updateLegalBasis.run({ ...basis, active: basis.active ? 1 : 0 }).changes === 0) throw notFound('Lovgrundlaget');
      audit.record(actor, { action: 'update', method: 'residences.updateLegalBasis', subject: `${basis.paragraph} – ${basis.title}` });
      return toLegalBasis(q.legalBasis.get(basis.code)!);
    },
  };
}

export type ResidencesService = ReturnType<typeof createResidencesService>;
