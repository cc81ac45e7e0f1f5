// Lists with optional filters, without string-built SQL from input: each filter is a fixed SQL
// fragment that is included only when its parameter is set, so SQLite can use the matching index.
// One prepared statement per combination of filters, prepared once and reused.
import type { Db } from './open-database';

export type Params = Record<string, string | number | null | undefined>;

export interface FilteredQuery<P extends Params> {
  /** Rows for `params` (unset filters are left out), with the SQL paging given by `page`. */
  page<Row>(params: P, page: { limit: number; offset: number }): Row[];
  count(params: P): number;
}

/**
 * `select` and `countSelect` are complete statements up to (not including) WHERE; `filters` maps
 * each parameter name to its condition (using `:name`); `orderBy` ends the page query.
 */
export function filteredQuery<P extends Params>(
  db: Db,
  spec: { select: string; countSelect: string; filters: { [K in keyof P]: string }; orderBy: string },
): FilteredQuery<P> {
  const statements = new Map<string, { page: ReturnType<Db['prepare']>; count: ReturnType<Db['prepare']> }>();

  function forParams(params: P) {
    const active = (Object.keys(spec.filters) as (keyof P & string)[]).filter((name) => params[name] !== null && params[name] !== undefined);
    const key = active.join(',');
    let prepared = statements.get(key);
    if (!prepared) {
      const where = active.length ? ` WHERE ${active.map((name) => `(${spec.filters[name]})`).join(' AND ')}` : '';
      prepared = {
        page: db.prepare(`${spec.select}${where} ORDER BY ${spec.orderBy} LIMIT :limit OFFSET :offset`),
        count: db.prepare(`${spec.countSelect}${where}`).pluck(),
      };
      statements.set(key, prepared);
    }
    const bound = Object.fromEntries(active.map((name) => [name, params[name]]));
    return { prepared, bound };
  }

  return {
    page<Row>(params: P, page: { limit: number; offset: number }): Row[] {
      const { prepared, bound } = forParams(params);
      return prepared.page.all({ ...bound, ...page }) as Row[];
    },
    count(params: P): number {
      const { prepared, bound } = forParams(params);
      return prepared.count.get(bound) as number;
    },
  };
}
