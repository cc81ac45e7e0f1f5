// Occupancy (belægning) per residence for a period, and free places today.
// SKELETON: the signatures are fixed by the router; the bodies are being built.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Db } from '../db/open-database';

export function createOccupancyService(db: Db, clock: Clock, audit: AuditLog, access: CitizenAccess) {
  void db; void clock; void audit; void access;
  const notBuilt = (): never => { throw new Error('not built yet'); };
  return {
    occupancy: (actor: Actor, input: ParsedInputOf<'residences.occupancy'>): OutputOf<'residences.occupancy'> => (void actor, void input, notBuilt()),
  };
}

export type OccupancyService = ReturnType<typeof createOccupancyService>;
