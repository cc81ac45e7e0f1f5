// The roster grid of a residence for 1 or 4 weeks (days with ISO weeks and holidays, staff, shifts,
// absence, coverage against the need, continuity, approvals), the pool of open shifts, continuity.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { AuditLog } from '../audit/audit-log';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { Db } from '../db/open-database';

export function createGridService(db: Db, clock: Clock, audit: AuditLog) {
  void [db, clock, audit];
  const todo = (): never => {
    throw new Error('not implemented');
  };
  return {
    grid: (actor: Actor, input: ParsedInputOf<'roster.grid'>): OutputOf<'roster.grid'> => todo(),
    openShifts: (actor: Actor, input: ParsedInputOf<'roster.openShifts'>): OutputOf<'roster.openShifts'> => todo(),
    continuity: (actor: Actor, input: ParsedInputOf<'roster.continuity'>): OutputOf<'roster.continuity'> => todo(),
  };
}

export type GridService = ReturnType<typeof createGridService>;
