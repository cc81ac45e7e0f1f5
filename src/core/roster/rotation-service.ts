// The basisplan: a rotation of 1-8 weeks per residence, saved whole, and rolled out onto concrete
// dates (shifts for the permanent staff, open shifts for the need the plan does not cover).
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { AuditLog } from '../audit/audit-log';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { Db } from '../db/open-database';

export function createRotationService(db: Db, clock: Clock, audit: AuditLog) {
  void [db, clock, audit];
  const todo = (): never => {
    throw new Error('not implemented');
  };
  return {
    get: (actor: Actor, input: ParsedInputOf<'rotations.get'>): OutputOf<'rotations.get'> => todo(),
    save: (actor: Actor, input: ParsedInputOf<'rotations.save'>): OutputOf<'rotations.save'> => todo(),
    rollOut: (actor: Actor, input: ParsedInputOf<'rotations.rollOut'>): OutputOf<'rotations.rollOut'> => todo(),
  };
}

export type RotationService = ReturnType<typeof createRotationService>;
