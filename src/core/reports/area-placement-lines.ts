// The invoicing lines of one citizen: for each placement and each stay, the days of the period
// covered by both (inclusive), priced at the placement's daily rate in whole øre.
import { earlierDate, laterDate } from '../citizens/calendar-days';
import type { PlacementRecord, StayRecord } from './area-queries';
import type { PlacementLine } from './models/area-report-model';

export function placementLines(
  placements: readonly PlacementRecord[],
  stays: readonly StayRecord[],
  period: { from: string; to: string },
  dayNumber: (isoDate: string) => number,
): PlacementLine[] {
  const lines: PlacementLine[] = [];
  for (const placement of placements) {
    for (const stay of stays) {
      const from = laterDate(laterDate(period.from, placement.start_date), stay.move_in);
      const to = earlierDate(earlierDate(period.to, placement.end_date ?? period.to), stay.move_out ?? period.to);
      if (from > to) continue;
      const days = dayNumber(to) - dayNumber(from) + 1;
      lines.push({
        residenceName: stay.residence_name,
        actingMunicipalityCode: placement.acting_municipality_code,
        actingMunicipalityName: placement.acting_name,
        payingMunicipalityName: placement.paying_municipality_code === placement.acting_municipality_code ? null : placement.paying_name,
        legalBasis: placement.legal_basis,
        from,
        to,
        days,
        dailyRateOre: placement.daily_rate_ore,
        amountOre: days * placement.daily_rate_ore,
      });
    }
  }
  return lines.sort((a, b) => a.from.localeCompare(b.from));
}
