// The SQL behind replacement suggestions: the pool (every active substitute and the residence's own
// active staff, Danish name order) and, for the people the rules let through, in one query each:
// shifts at the residence in the continuity weeks, minutes in the shift's ISO week, preferred
// residence and a wish for the day.
import type { Db } from '../db/open-database';

const IDS = '(SELECT value FROM json_each(:ids))';

export interface PoolRow {
  id: number;
  name: string;
  employment: 'fast' | 'vikar';
  home_residence_id: number | null;
  hourly_rate_ore: number | null;
}

export function createSuggestionsQueries(db: Db) {
  return {
    pool: db.prepare<{ residenceId: number }, PoolRow>(
      `SELECT id, name, employment, home_residence_id, hourly_rate_ore FROM staff
       WHERE active = 1 AND (employment = 'vikar' OR home_residence_id = :residenceId)
       ORDER BY name_sort, id`,
    ),
    knownShifts: db.prepare<{ ids: string; residenceId: number; from: string; to: string }, { staff_id: number; shifts: number }>(
      `SELECT staff_id, count(*) AS shifts FROM shifts
       WHERE staff_id IN ${IDS} AND residence_id = :residenceId AND shift_date >= :from AND shift_date < :to
       GROUP BY staff_id`,
    ),
    weekMinutes: db.prepare<{ ids: string; from: string; to: string }, { staff_id: number; minutes: number }>(
      `SELECT staff_id, sum(minutes) AS minutes FROM shifts
       WHERE staff_id IN ${IDS} AND shift_date BETWEEN :from AND :to
       GROUP BY staff_id`,
    ),
    preferred: db.prepare<{ ids: string; residenceId: number }, number>(
      `SELECT staff_id FROM staff_preferred_residences WHERE staff_id IN ${IDS} AND residence_id = :residenceId`,
    ).pluck(),
    wishes: db.prepare<{ ids: string; date: string; kind: string }, number>(
      `SELECT DISTINCT staff_id FROM staff_availability
       WHERE available_date = :date AND availability = 'oensker' AND shift_kind IN ('hele', :kind) AND staff_id IN ${IDS}`,
    ).pluck(),
  };
}
