// SQL for the one row of roster settings (limits and supplements), prepared once.
import type { Db } from '../db/open-database';

export interface RosterSettingsRecord {
  daily_rest_minutes: number;
  weekly_rest_minutes: number;
  average_week_minutes: number;
  reference_weeks: number;
  evening_permille: number;
  night_permille: number;
  weekend_permille: number;
  holiday_permille: number;
  evening_from: string;
  night_from: string;
  night_to: string;
  version: number;
}

export function createRosterSettingsQueries(db: Db) {
  return {
    get: db.prepare<[], RosterSettingsRecord>('SELECT * FROM roster_settings WHERE id = 1'),
    update: db.prepare(
      `UPDATE roster_settings SET daily_rest_minutes = @dailyRestMinutes, weekly_rest_minutes = @weeklyRestMinutes,
         average_week_minutes = @averageWeekMinutes, reference_weeks = @referenceWeeks, evening_permille = @eveningPermille,
         night_permille = @nightPermille, weekend_permille = @weekendPermille, holiday_permille = @holidayPermille,
         evening_from = @eveningFrom, night_from = @nightFrom, night_to = @nightTo, version = version + 1
       WHERE id = 1 AND version = @version`,
    ),
  };
}
