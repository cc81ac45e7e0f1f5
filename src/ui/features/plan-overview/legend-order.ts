// Keeps a chart's legend in the order of its series (recharts sorts it alphabetically by default).
import type { LegendPayload } from 'recharts';

export function legendInSeriesOrder(series: readonly { name: string }[]) {
  return {
    verticalAlign: 'bottom' as const,
    itemSorter: (item: LegendPayload) => series.findIndex((entry) => entry.name === item.dataKey),
  };
}
