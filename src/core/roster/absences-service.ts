// Absence (fravær) per staff member and period; registering it turns their shifts in the period into
// open shifts (ledige vagter). Absences of one person never overlap.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { AuditLog } from '../audit/audit-log';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { Db } from '../db/open-database';

export function createAbsencesService(db: Db, clock: Clock, audit: AuditLog) {
  void [db, clock, audit];
  const todo = (): never => {
    throw new Error('not implemented');
  };
  return {
    list: (actor: Actor, input: ParsedInputOf<'absences.list'>): OutputOf<'absences.list'> => todo(),
    create: (actor: Actor, input: ParsedInputOf<'absences.create'>): OutputOf<'absences.create'> => todo(),
    remove: (actor: Actor, input: ParsedInputOf<'absences.delete'>): OutputOf<'absences.delete'> => todo(),
  };
}

export type AbsencesService = ReturnType<typeof createAbsencesService>;
