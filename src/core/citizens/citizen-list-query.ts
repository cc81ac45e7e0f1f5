// The citizen list in SQL: filters, visibility, Danish sorting and paging all happen in the
// database, so a page of 50 out of thousands of citizens reads only what it shows.
import { filteredQuery, type FilteredQuery } from '../db/filtered-query';
import type { Db } from '../db/open-database';
import { citizensVisibleThroughSql, SCOPED_RESIDENCES_SQL } from './citizen-access';
import { CITIZEN_KEYS_SQL } from './citizens-queries';

export type CitizenSort = 'name' | 'residence' | 'moveIn' | 'birthDate';

export type CitizenListParams = {
  /** Always set: the day "current" is judged by. */
  today: string;
  /** A scoped user's id: only citizens visible through their residences. */
  scopeUserId: number | null;
  residenceId: number | null;
  status: string | null;
  municipalityCode: string | null;
  cprFrom: string | null;
  cprTo: string | null;
  cprExact: string | null;
  name1: string | null;
  name2: string | null;
  name3: string | null;
};

const FILTERS: { [K in keyof CitizenListParams]: string } = {
  // Not a filter: listed so that :today, which the derived columns use, is always bound.
  today: ':today IS NOT NULL',
  scopeUserId: `cr.id IN (${citizensVisibleThroughSql(SCOPED_RESIDENCES_SQL)})`,
  residenceId: `cr.id IN (${citizensVisibleThroughSql('(:residenceId)')})`,
  status: 'cr.status = :status',
  municipalityCode: `cr.id IN (
    SELECT p.citizen_id FROM placements p
    WHERE p.acting_municipality_code = :municipalityCode AND p.start_date <= :today AND (p.end_date IS NULL OR p.end_date >= :today))`,
  cprFrom: 'cr.cpr >= :cprFrom',
  cprTo: 'cr.cpr < :cprTo',
  cprExact: 'cr.cpr = :cprExact',
  name1: "cr.search_text LIKE :name1 ESCAPE '\\'",
  name2: "cr.search_text LIKE :name2 ESCAPE '\\'",
  name3: "cr.search_text LIKE :name3 ESCAPE '\\'",
};

/** Sort columns; the name and id end every order so pages never shuffle. People without a stay sort last. */
const ORDER: Record<CitizenSort, (dir: 'ASC' | 'DESC') => string> = {
  name: (dir) => `cr.name_sort ${dir}, cr.id ${dir}`,
  residence: (dir) => `cr.residence_sort ${dir} NULLS LAST, cr.name_sort ${dir}, cr.id ${dir}`,
  moveIn: (dir) => `cr.move_in ${dir} NULLS LAST, cr.name_sort ${dir}, cr.id ${dir}`,
  birthDate: (dir) => `cr.birth_date ${dir}, cr.name_sort ${dir}, cr.id ${dir}`,
};

export function createCitizenListQuery(db: Db) {
  const queries = new Map<string, FilteredQuery<CitizenListParams>>();
  const forSort = (sort: CitizenSort, descending: boolean): FilteredQuery<CitizenListParams> => {
    const key = `${sort}:${descending}`;
    let query = queries.get(key);
    if (!query) {
      query = filteredQuery<CitizenListParams>(db, {
        select: `SELECT cr.id FROM (${CITIZEN_KEYS_SQL}) AS cr`,
        countSelect: `SELECT count(*) FROM (${CITIZEN_KEYS_SQL}) AS cr`,
        filters: FILTERS,
        orderBy: ORDER[sort](descending ? 'DESC' : 'ASC'),
      });
      queries.set(key, query);
    }
    return query;
  };

  return {
    /** The ids of one page, in order; the caller reads the rows it shows. */
    pageIds(params: CitizenListParams, sort: CitizenSort, descending: boolean, page: { limit: number; offset: number }): number[] {
      return forSort(sort, descending).page<{ id: number }>(params, page).map((row) => row.id);
    },
    count: (params: CitizenListParams): number => forSort('name', false).count(params),
  };
}
