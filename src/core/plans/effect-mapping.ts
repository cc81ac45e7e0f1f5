// The provider's mapping from FFB themes to the three effect dimensions (a setting, seeded with a
// default by migration 3); themes without a dimension are left out of the dimension figures.
import type { ParsedInputOf } from '../../contract';
import type { EffectMappingRow } from '../../contract/areas/plan-overview';
import { FFB_THEMES } from '../../contract/ffb';
import type { EffectDimension } from '../../contract/plan-terms';
import type { AuditLog } from '../audit/audit-log';
import type { Actor } from '../common/actor';
import { invalidField } from '../common/domain-error';
import type { Db } from '../db/open-database';

const THEME_CODES = new Set(FFB_THEMES.map((theme) => theme.code));

export function createEffectMapping(db: Db, audit: AuditLog) {
  const all = db.prepare<[], { theme_code: string; dimension: EffectDimension }>('SELECT theme_code, dimension FROM effect_dimension_map');
  const clear = db.prepare('DELETE FROM effect_dimension_map');
  const insert = db.prepare<[string, EffectDimension]>('INSERT INTO effect_dimension_map (theme_code, dimension) VALUES (?, ?)');

  function get(): EffectMappingRow[] {
    const mapped = new Map(all.all().map((row) => [row.theme_code, row.dimension]));
    return FFB_THEMES.map((theme) => ({ themeCode: theme.code, themeLabel: theme.label, dimension: mapped.get(theme.code) ?? null }));
  }

  return {
    /** Every FFB theme, in catalog order, with its dimension or null. */
    get,

    /** Replaces the whole mapping: themes left out, or given no dimension, count in none. */
    set(actor: Actor, input: ParsedInputOf<'plans.setEffectMapping'>): EffectMappingRow[] {
      const seen = new Set<string>();
      input.mapping.forEach((row, i) => {
        if (!THEME_CODES.has(row.themeCode)) throw invalidField(`mapping.${i}.themeCode`, 'Tema: vælg et FFB-tema fra kataloget');
        if (seen.has(row.themeCode)) throw invalidField(`mapping.${i}.themeCode`, 'Tema: hvert tema kan kun kobles én gang');
        seen.add(row.themeCode);
      });
      clear.run();
      const mapped = input.mapping.filter((row) => row.dimension !== null);
      for (const row of mapped) insert.run(row.themeCode, row.dimension!);
      audit.record(actor, { action: 'update', method: 'plans.setEffectMapping', subject: 'Effektdimensioner', detail: `${mapped.length} temaer koblet` });
      return get();
    },
  };
}

export type EffectMapping = ReturnType<typeof createEffectMapping>;
