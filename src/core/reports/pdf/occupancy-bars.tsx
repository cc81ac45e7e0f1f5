// One bar per month for a residence's occupancy (0–100 %), with the month under each bar and the
// percentage above it, so the trend reads at a glance in black and white.
import { G, Line, Rect, Svg, Text, View } from '@react-pdf/renderer';
import { scaleBand, scaleLinear } from 'd3-scale';
import type { OccupancyMonth } from '../models/occupancy-model';
import { REPORT_FONT } from './fonts';
import { shortMonth } from './occupancy-labels';
import { COLORS } from './theme';

const MARGIN = { top: 12, right: 8, bottom: 16, left: 30 };

export function OccupancyBars({ months, width = 500, height = 120 }: { months: readonly OccupancyMonth[]; width?: number; height?: number }) {
  const x = scaleBand<string>()
    .domain(months.map((month) => month.month))
    // Few months: keep bars narrow instead of stretching them across the page.
    .range([MARGIN.left, Math.min(width - MARGIN.right, MARGIN.left + months.length * 48)])
    .paddingInner(0.25)
    .paddingOuter(0.15);
  const y = scaleLinear().domain([0, 1]).range([height - MARGIN.bottom, MARGIN.top]);
  const font = { fontFamily: REPORT_FONT, fontSize: 6.5 };
  // With many months, label every n-th one so the labels do not run together.
  const every = Math.max(1, Math.ceil(months.length / Math.floor((width - MARGIN.left - MARGIN.right) / 34)));
  const showValues = x.bandwidth() >= 18;
  return (
    <View wrap={false} style={{ marginVertical: 4 }}>
      <Text style={{ fontSize: 7.5, color: COLORS.muted, marginBottom: 2 }}>Belægning pr. måned</Text>
      <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
        {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
          <G key={tick}>
            <Line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke={COLORS.rule} strokeWidth={0.5} />
            <Text x={MARGIN.left - 4} y={y(tick) + 2.2} textAnchor="end" fill={COLORS.muted} style={font}>
              {`${tick * 100} %`}
            </Text>
          </G>
        ))}
        {months.map((month, index) => {
          const left = x(month.month) ?? 0;
          const top = y(Math.min(1, month.occupancyShare));
          return (
            <G key={month.month}>
              <Rect x={left} y={top} width={x.bandwidth()} height={y(0) - top} fill={COLORS.accent} />
              {showValues ? (
                <Text x={left + x.bandwidth() / 2} y={top - 2} textAnchor="middle" fill={COLORS.text} style={font}>
                  {`${Math.round(month.occupancyShare * 100)}`}
                </Text>
              ) : null}
              {index % every === 0 ? (
                <Text x={left + x.bandwidth() / 2} y={height - MARGIN.bottom + 9} textAnchor="middle" fill={COLORS.muted} style={font}>
                  {shortMonth(month.month)}
                </Text>
              ) : null}
            </G>
          );
        })}
        <Line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(0)} y2={y(0)} stroke={COLORS.muted} strokeWidth={0.75} />
      </Svg>
    </View>
  );
}
