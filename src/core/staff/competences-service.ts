// Competences (kompetencer) the provider edits: medicine delegation, driving licence, ...; staff have
// them and staffing needs require them. Names are unique regardless of case; changes are audited.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { Competence } from '../../contract/areas/staff';
import type { AuditLog } from '../audit/audit-log';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { DomainError, invalidField, notFound } from '../common/domain-error';
import type { Db } from '../db/open-database';
import { danishSortKey } from '../text/danish-sort-key';
import { createCompetencesQueries, type CompetenceRecord } from './competences-queries';

const toCompetence = (row: CompetenceRecord): Competence => ({ id: row.id, name: row.name, active: row.active === 1, version: row.version });

export function createCompetencesService(db: Db, clock: Clock, audit: AuditLog) {
  const q = createCompetencesQueries(db);

  function checkName(name: string, id: number | null): string {
    const nameSort = danishSortKey(name);
    const holder = q.idBySortKey.get(nameSort);
    if (holder !== undefined && holder !== id) throw invalidField('name', `Navn: kompetencen ${name} findes allerede`);
    return nameSort;
  }

  return {
    list: (_actor: Actor, input: ParsedInputOf<'competences.list'>): OutputOf<'competences.list'> =>
      q.list.all({ includeInactive: input.includeInactive ? 1 : 0 }).map(toCompetence),

    create(actor: Actor, input: ParsedInputOf<'competences.create'>): OutputOf<'competences.create'> {
      const nameSort = checkName(input.name, null);
      const id = Number(q.insert.run({ name: input.name, nameSort, now: clock.now().toISOString() }).lastInsertRowid);
      audit.record(actor, { action: 'create', method: 'competences.create', subject: input.name });
      return toCompetence(q.byId.get(id)!);
    },

    update(actor: Actor, input: ParsedInputOf<'competences.update'>): OutputOf<'competences.update'> {
      const current = q.byId.get(input.id);
      if (!current) throw notFound('Kompetencen');
      const nameSort = checkName(input.name, input.id);
      const changed = q.update.run({ id: input.id, version: input.version, name: input.name, nameSort, active: input.active ? 1 : 0, now: clock.now().toISOString() });
      if (changed.changes === 0) throw new DomainError('CONFLICT', 'Kompetencen er ændret af en anden, siden du åbnede den. Genindlæs og prøv igen.');
      audit.record(actor, { action: 'update', method: 'competences.update', subject: input.name, detail: current.name !== input.name ? `Tidligere navn: ${current.name}` : null });
      return toCompetence(q.byId.get(input.id)!);
    },
  };
}

export type CompetencesService = ReturnType<typeof createCompetencesService>;
