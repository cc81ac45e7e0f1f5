// The municipalities as data: synced from the shipped list into SQLite at every start (so foreign
// keys and joins work, and a corrected list reaches existing databases), listed in Danish order.
import type { Municipality } from '../../contract/areas/reference';
import type { Db } from '../db/open-database';
import { danishSortKey } from '../text/danish-sort-key';
import { MUNICIPALITIES } from './municipalities';

export function syncMunicipalities(db: Db): void {
  const upsert = db.prepare(
    `INSERT INTO municipalities (code, name, name_sort, official_name, region_code, region_name)
     VALUES (@code, @name, @nameSort, @officialName, @regionCode, @regionName)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_sort = excluded.name_sort, official_name = excluded.official_name,
       region_code = excluded.region_code, region_name = excluded.region_name`,
  );
  db.transaction(() => {
    for (const municipality of MUNICIPALITIES) upsert.run({ ...municipality, nameSort: danishSortKey(municipality.name) });
  })();
}

export function createMunicipalitiesService(db: Db) {
  const all = db.prepare<[], { code: string; name: string; official_name: string; region_code: string; region_name: string }>(
    'SELECT * FROM municipalities ORDER BY name_sort',
  );
  const byCode = db.prepare<[string], { code: string; name: string }>('SELECT code, name FROM municipalities WHERE code = ?');
  return {
    list: (): Municipality[] =>
      all.all().map((row) => ({ code: row.code, name: row.name, officialName: row.official_name, regionCode: row.region_code, regionName: row.region_name })),
    exists: (code: string): boolean => byCode.get(code) !== undefined,
  };
}

export type MunicipalitiesService = ReturnType<typeof createMunicipalitiesService>;
