// Creating, assigning, unassigning and deleting shifts. Every assignment is checked against the
// working-time rules; a violation is refused with its reason unless the planner gives a reason to
// override it (not for overlap, absence or employment), which is written in the tilsynsbog.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { AuditLog } from '../audit/audit-log';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { Db } from '../db/open-database';

export function createAssignmentService(db: Db, clock: Clock, audit: AuditLog) {
  void [db, clock, audit];
  const todo = (): never => {
    throw new Error('not implemented');
  };
  return {
    createShift: (actor: Actor, input: ParsedInputOf<'roster.createShift'>): OutputOf<'roster.createShift'> => todo(),
    check: (actor: Actor, input: ParsedInputOf<'roster.check'>): OutputOf<'roster.check'> => todo(),
    assign: (actor: Actor, input: ParsedInputOf<'roster.assign'>): OutputOf<'roster.assign'> => todo(),
    unassign: (actor: Actor, input: ParsedInputOf<'roster.unassign'>): OutputOf<'roster.unassign'> => todo(),
    deleteShift: (actor: Actor, input: ParsedInputOf<'roster.deleteShift'>): OutputOf<'roster.deleteShift'> => todo(),
    tilsynsbog: (actor: Actor, input: ParsedInputOf<'roster.tilsynsbog'>): OutputOf<'roster.tilsynsbog'> => todo(),
  };
}

export type AssignmentService = ReturnType<typeof createAssignmentService>;
