// Approving (locking) a residence's roster for a period; later changes in it are logged as changes
// after approval.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { AuditLog } from '../audit/audit-log';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { Db } from '../db/open-database';

export function createApprovalsService(db: Db, clock: Clock, audit: AuditLog) {
  void [db, clock, audit];
  const todo = (): never => {
    throw new Error('not implemented');
  };
  return {
    approve: (actor: Actor, input: ParsedInputOf<'roster.approve'>): OutputOf<'roster.approve'> => todo(),
  };
}

export type ApprovalsService = ReturnType<typeof createApprovalsService>;
