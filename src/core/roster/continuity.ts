// Continuity (kendte ansigter): per residence and ISO week, how many substitute shifts were covered
// by substitutes who worked a shift at the same residence in the CONTINUITY_WEEKS weeks before that
// week's Monday. One query over the period and the look-back; the weeks are whole ISO weeks
// touching the period.
import dayjs from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek.js';
import utc from 'dayjs/plugin/utc.js';
import type { ContinuityWeek } from '../../contract/areas/roster';
import { CONTINUITY_WEEKS } from '../../contract/roster-terms';
import type { Db } from '../db/open-database';

dayjs.extend(utc);
dayjs.extend(isoWeek);

/** The Monday of `date`'s ISO week. */
export const mondayOf = (date: string) => dayjs.utc(date).startOf('isoWeek').format('YYYY-MM-DD');
const minus = (date: string, days: number) => dayjs.utc(date).subtract(days, 'day').format('YYYY-MM-DD');

/** The index of the first of the sorted `dates` at or after `date`. */
function lowerBound(dates: readonly string[], date: string): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (dates[middle]! < date) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function createContinuity(db: Db) {
  // Substitutes' assigned shifts from the look-back before the first week to the end of the last.
  // Substitutes' assigned shifts from the look-back before the first week to the end of the last;
  // one residence reads through the (residence_id, shift_date) index.
  const columns = `SELECT sh.residence_id, sh.staff_id, sh.shift_date FROM shifts sh JOIN staff st ON st.id = sh.staff_id`;
  type Row = { residence_id: number; staff_id: number; shift_date: string };
  const atResidence = db.prepare<{ from: string; to: string; residenceId: number }, Row>(
    `${columns} WHERE sh.residence_id = :residenceId AND sh.shift_date BETWEEN :from AND :to AND st.employment = 'vikar' ORDER BY sh.shift_date`,
  );
  const everywhere = db.prepare<{ from: string; to: string }, Row>(`${columns} WHERE sh.shift_date BETWEEN :from AND :to AND st.employment = 'vikar' ORDER BY sh.shift_date`);

  /** Continuity for `residences` in the ISO weeks touching `from`-`to`, by residence (in the given order) then week. */
  return function continuity(residences: ReadonlyArray<{ id: number; name: string }>, from: string, to: string): ContinuityWeek[] {
    const first = mondayOf(from);
    const last = dayjs.utc(mondayOf(to)).add(6, 'day').format('YYYY-MM-DD');
    const mondays: string[] = [];
    for (let monday = dayjs.utc(first); monday.format('YYYY-MM-DD') <= last; monday = monday.add(7, 'day')) mondays.push(monday.format('YYYY-MM-DD'));
    const lookback = new Map(mondays.map((monday) => [monday, minus(monday, CONTINUITY_WEEKS * 7)]));

    // Each substitute's dates per residence, in order.
    const span = { from: minus(first, CONTINUITY_WEEKS * 7), to: last };
    const rows = residences.length === 1 ? atResidence.all({ ...span, residenceId: residences[0]!.id }) : everywhere.all(span);
    const worked = new Map<string, string[]>();
    for (const row of rows) {
      const key = `${row.residence_id}/${row.staff_id}`;
      const dates = worked.get(key);
      if (dates) dates.push(row.shift_date);
      else worked.set(key, [row.shift_date]);
    }
    const counts = new Map<string, { substitute: number; known: number }>();
    let week = 0;
    for (const row of rows) {
      if (row.shift_date < first) continue;
      while (week + 1 < mondays.length && mondays[week + 1]! <= row.shift_date) week += 1;
      const monday = mondays[week]!;
      const dates = worked.get(`${row.residence_id}/${row.staff_id}`)!;
      const earliest = dates[lowerBound(dates, lookback.get(monday)!)];
      const key = `${row.residence_id}/${monday}`;
      const count = counts.get(key) ?? { substitute: 0, known: 0 };
      count.substitute += 1;
      if (earliest !== undefined && earliest < monday) count.known += 1;
      counts.set(key, count);
    }
    return residences.flatMap((residence) =>
      mondays.map((monday) => {
        const count = counts.get(`${residence.id}/${monday}`) ?? { substitute: 0, known: 0 };
        const day = dayjs.utc(monday);
        return {
          isoYear: day.isoWeekYear(),
          isoWeek: day.isoWeek(),
          residenceId: residence.id,
          residenceName: residence.name,
          substituteShifts: count.substitute,
          knownShifts: count.known,
          share: count.substitute === 0 ? null : count.known / count.substitute,
        };
      }),
    );
  };
}
