// SQL for competences (kompetencer), prepared once.
import type { Db } from '../db/open-database';

export interface CompetenceRecord {
  id: number;
  name: string;
  name_sort: string;
  active: number;
  version: number;
}

export function createCompetencesQueries(db: Db) {
  return {
    byId: db.prepare<[number], CompetenceRecord>('SELECT id, name, name_sort, active, version FROM competences WHERE id = ?'),
    list: db.prepare<{ includeInactive: number }, CompetenceRecord>(
      'SELECT id, name, name_sort, active, version FROM competences WHERE (:includeInactive = 1 OR active = 1) ORDER BY name_sort, id',
    ),
    idBySortKey: db.prepare<[string], number>('SELECT id FROM competences WHERE name_sort = ?').pluck(),
    insert: db.prepare('INSERT INTO competences (name, name_sort, active, created_at, updated_at) VALUES (@name, @nameSort, 1, @now, @now)'),
    update: db.prepare(
      `UPDATE competences SET name = @name, name_sort = @nameSort, active = @active, version = version + 1, updated_at = @now
       WHERE id = @id AND version = @version`,
    ),
  };
}
