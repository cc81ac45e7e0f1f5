// Competences (kompetencer) the provider edits: medicine delegation, driving licence, ...; staff have
// them and staffing needs require them.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { AuditLog } from '../audit/audit-log';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { Db } from '../db/open-database';

export function createCompetencesService(db: Db, clock: Clock, audit: AuditLog) {
  void [db, clock, audit];
  const todo = (): never => {
    throw new Error('not implemented');
  };
  return {
    list: (actor: Actor, input: ParsedInputOf<'competences.list'>): OutputOf<'competences.list'> => todo(),
    create: (actor: Actor, input: ParsedInputOf<'competences.create'>): OutputOf<'competences.create'> => todo(),
    update: (actor: Actor, input: ParsedInputOf<'competences.update'>): OutputOf<'competences.update'> => todo(),
  };
}

export type CompetencesService = ReturnType<typeof createCompetencesService>;
