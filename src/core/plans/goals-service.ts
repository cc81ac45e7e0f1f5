// Goals (mål) and sub-goals (delmål): created, edited while active, evaluated, given actions, and
// closed with a closing evaluation ("let go when the goal is reached"). Closed goals are read-only.
import type { ParsedInputOf } from '../../contract';
import type { Goal } from '../../contract/areas/plans';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { Db } from '../db/open-database';

export function createGoalsService(db: Db, clock: Clock, audit: AuditLog, access: CitizenAccess) {
  void [db, clock, audit, access];
  const todo = (): never => {
    throw new Error('not implemented');
  };
  return {
    create: (actor: Actor, input: ParsedInputOf<'goals.create'>): Goal => todo(),
    update: (actor: Actor, input: ParsedInputOf<'goals.update'>): Goal => todo(),
    close: (actor: Actor, input: ParsedInputOf<'goals.close'>): Goal => todo(),
    addEvaluation: (actor: Actor, input: ParsedInputOf<'goals.addEvaluation'>): Goal => todo(),
    addAction: (actor: Actor, input: ParsedInputOf<'goals.addAction'>): Goal => todo(),
    updateAction: (actor: Actor, input: ParsedInputOf<'goals.updateAction'>): Goal => todo(),
  };
}

export type GoalsService = ReturnType<typeof createGoalsService>;
