// Coverage of a residence's roster: per date and active shift type, the staffing need of that
// weekday, the shifts staffed and the shifts still open.
import dayjs from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek.js';
import utc from 'dayjs/plugin/utc.js';
import type { Shift } from '../../contract/areas/roster';

dayjs.extend(utc);
dayjs.extend(isoWeek);

type Coverage = { date: string; shiftTypeId: number; needed: number; staffed: number; open: number };

export function gridCoverage(
  dates: readonly string[],
  shiftTypeIds: readonly number[],
  needs: ReadonlyArray<{ shift_type_id: number; weekday: number; staff_count: number }>,
  shifts: readonly Shift[],
): Coverage[] {
  const needed = new Map(needs.map((n) => [`${n.shift_type_id}/${n.weekday}`, n.staff_count]));
  const counts = new Map<string, { staffed: number; open: number }>();
  for (const shift of shifts) {
    if (shift.shiftTypeId === null) continue;
    const key = `${shift.date}/${shift.shiftTypeId}`;
    const count = counts.get(key) ?? { staffed: 0, open: 0 };
    if (shift.staffId === null) count.open += 1;
    else count.staffed += 1;
    counts.set(key, count);
  }
  return dates.flatMap((date) => {
    const weekday = dayjs.utc(date).isoWeekday();
    return shiftTypeIds.map((shiftTypeId) => ({
      date,
      shiftTypeId,
      needed: needed.get(`${shiftTypeId}/${weekday}`) ?? 0,
      ...(counts.get(`${date}/${shiftTypeId}`) ?? { staffed: 0, open: 0 }),
    }));
  });
}
