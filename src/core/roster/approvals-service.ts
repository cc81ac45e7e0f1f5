// Approving (locking) a residence's roster for a period; later changes in it are logged as changes
// after approval. One row per approval, naming who approved it and when.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { AuditLog } from '../audit/audit-log';
import { assertResidenceAccess, type Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { notFound } from '../common/domain-error';
import type { Db } from '../db/open-database';
import { createApprovalsQueries } from './approvals-queries';

export function createApprovalsService(db: Db, clock: Clock, audit: AuditLog) {
  const q = createApprovalsQueries(db);
  return {
    approve(actor: Actor, input: ParsedInputOf<'roster.approve'>): OutputOf<'roster.approve'> {
      assertResidenceAccess(actor, input.residenceId);
      const residence = q.residence.get(input.residenceId);
      if (!residence) throw notFound('Botilbuddet');
      const id = Number(q.insert.run({ residenceId: input.residenceId, from: input.from, to: input.to, approvedBy: actor.userId, now: clock.now().toISOString() }).lastInsertRowid);
      const row = q.byId.get(id)!;
      audit.record(actor, { action: 'update', method: 'roster.approve', subject: residence.name, detail: `Godkendt ${input.from} til ${input.to}` });
      return { from: row.from_date, to: row.to_date, approvedBy: row.approved_by_name, approvedAt: row.approved_at };
    },
  };
}

export type ApprovalsService = ReturnType<typeof createApprovalsService>;
