// Replacement suggestions for an open shift: everyone who can take it without breaking a rule, best
// first (known at the residence, fewest hours, lowest cost, wishes), with the reasons; and for everyone
// left out, the rule that excludes them.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { AuditLog } from '../audit/audit-log';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { Db } from '../db/open-database';

export function createSuggestionsService(db: Db, clock: Clock, audit: AuditLog) {
  void [db, clock, audit];
  const todo = (): never => {
    throw new Error('not implemented');
  };
  return {
    suggest: (actor: Actor, input: ParsedInputOf<'roster.suggest'>): OutputOf<'roster.suggest'> => todo(),
  };
}

export type SuggestionsService = ReturnType<typeof createSuggestionsService>;
