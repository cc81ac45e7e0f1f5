// SQL for shift types (vagttyper), prepared once.
import type { NightMode, ShiftKind } from '../../contract/roster-terms';
import type { Db } from '../db/open-database';

export interface ShiftTypeRecord {
  id: number;
  residence_id: number;
  name: string;
  kind: ShiftKind;
  start_time: string;
  end_time: string;
  night_mode: NightMode | null;
  active: number;
  version: number;
}

const SELECT = 'SELECT id, residence_id, name, kind, start_time, end_time, night_mode, active, version FROM shift_types';

export function createShiftTypesQueries(db: Db) {
  return {
    byId: db.prepare<[number], ShiftTypeRecord>(`${SELECT} WHERE id = ?`),
    list: db.prepare<{ residenceId: number; includeInactive: number }, ShiftTypeRecord>(
      `${SELECT} WHERE residence_id = :residenceId AND (:includeInactive = 1 OR active = 1) ORDER BY start_time, name, id`,
    ),
    residence: db.prepare<[number], { id: number; name: string; archived_at: string | null }>('SELECT id, name, archived_at FROM residences WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO shift_types (residence_id, name, kind, start_time, end_time, night_mode, active, created_at, updated_at)
       VALUES (@residenceId, @name, @kind, @start, @end, @nightMode, 1, @now, @now)`,
    ),
    update: db.prepare(
      `UPDATE shift_types SET name = @name, kind = @kind, start_time = @start, end_time = @end, night_mode = @nightMode,
         active = @active, version = version + 1, updated_at = @now
       WHERE id = @id AND version = @version`,
    ),
  };
}
