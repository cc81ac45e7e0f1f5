// The provider's mapping from FFB themes to the three effect dimensions (a setting, seeded with a
// default by migration 3); themes without a dimension are left out of the dimension figures.
import type { ParsedInputOf } from '../../contract';
import type { EffectMappingRow } from '../../contract/areas/plan-overview';
import type { AuditLog } from '../audit/audit-log';
import type { Actor } from '../common/actor';
import type { Db } from '../db/open-database';

export function createEffectMapping(db: Db, audit: AuditLog) {
  void [db, audit];
  return {
    get(): EffectMappingRow[] {
      throw new Error('not implemented');
    },
    set(actor: Actor, input: ParsedInputOf<'plans.setEffectMapping'>): EffectMappingRow[] {
      void [actor, input];
      throw new Error('not implemented');
    },
  };
}

export type EffectMapping = ReturnType<typeof createEffectMapping>;
