// The working-time limits and the supplements: one row of settings, read by the rule checker and the
// cost calculation.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { AuditLog } from '../audit/audit-log';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { Db } from '../db/open-database';

export function createRosterSettingsService(db: Db, clock: Clock, audit: AuditLog) {
  void [db, clock, audit];
  const todo = (): never => {
    throw new Error('not implemented');
  };
  return {
    get: (actor: Actor, input: ParsedInputOf<'roster.settings'>): OutputOf<'roster.settings'> => todo(),
    update: (actor: Actor, input: ParsedInputOf<'roster.updateSettings'>): OutputOf<'roster.updateSettings'> => todo(),
  };
}

export type RosterSettingsService = ReturnType<typeof createRosterSettingsService>;
