// Continuity (kendte ansigter): per residence and ISO week, how many substitute shifts were covered
// by substitutes who worked a shift at the same residence in the CONTINUITY_WEEKS weeks before that
// week's Monday. One query over the period; the weeks are whole ISO weeks touching the period.
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

export function createContinuity(db: Db) {
  // For each assigned substitute shift in the weeks: its week's Monday and whether the substitute
  // had a shift at the residence in the window before that Monday.
  const substituteShifts = db.prepare<{ from: string; to: string; lookback: string }, { residence_id: number; monday: string; known: number }>(
    `WITH s AS (
       SELECT sh.residence_id, sh.staff_id,
              date(sh.shift_date, '-' || ((CAST(strftime('%w', sh.shift_date) AS INTEGER) + 6) % 7) || ' days') AS monday
       FROM shifts sh JOIN staff st ON st.id = sh.staff_id
       WHERE sh.shift_date BETWEEN :from AND :to AND st.employment = 'vikar'
     )
     SELECT s.residence_id, s.monday,
            EXISTS (SELECT 1 FROM shifts p WHERE p.staff_id = s.staff_id AND p.residence_id = s.residence_id
                    AND p.shift_date >= date(s.monday, :lookback) AND p.shift_date < s.monday) AS known
     FROM s`,
  );

  /** Continuity for `residences` in the ISO weeks touching `from`-`to`, by residence (in the given order) then week. */
  return function continuity(residences: ReadonlyArray<{ id: number; name: string }>, from: string, to: string): ContinuityWeek[] {
    const first = mondayOf(from);
    const last = dayjs.utc(mondayOf(to)).add(6, 'day').format('YYYY-MM-DD');
    const counts = new Map<string, { substitute: number; known: number }>();
    for (const row of substituteShifts.iterate({ from: first, to: last, lookback: `-${CONTINUITY_WEEKS * 7} days` })) {
      const key = `${row.residence_id}/${row.monday}`;
      const count = counts.get(key) ?? { substitute: 0, known: 0 };
      count.substitute += 1;
      count.known += row.known;
      counts.set(key, count);
    }
    const mondays: string[] = [];
    for (let monday = dayjs.utc(first); monday.format('YYYY-MM-DD') <= last; monday = monday.add(7, 'day')) mondays.push(monday.format('YYYY-MM-DD'));
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
