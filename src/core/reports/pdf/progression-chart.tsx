// A goal's progression drawn in the statusrapport: funktionsevneniveau 0–4 (0 at the top: lower is
// better) when any evaluation has a level, else GAS –2…+2 (higher is better), over time.
import { Circle, G, Line, Path, Svg, Text, View } from '@react-pdf/renderer';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { GAS_MAX, GAS_MIN } from '../../../contract/plan-terms';
import { REPORT_FONT } from './fonts';
import { COLORS, styles } from './theme';

export interface ProgressionPoint {
  /** yyyy-mm-dd */
  date: string;
  level: number | null;
  gas: number | null;
}

export interface ProgressionChartProps {
  points: readonly ProgressionPoint[];
  width?: number;
  height?: number;
}

const MARGIN = { top: 8, right: 12, bottom: 22, left: 78 };
const DAY_MS = 86_400_000;
const LEVEL_TICKS = ['0 Ingen', '1 Let', '2 Moderat', '3 Svær', '4 Fuldstændig'];
const GAS_TICKS: Record<number, string> = { [-2]: '–2', [-1]: '–1', 0: '0 Forventet', 1: '+1', 2: '+2' };

const utc = (iso: string): Date => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
const shortDate = (d: Date): string =>
  `${String(d.getUTCDate()).padStart(2, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCFullYear() % 100).padStart(2, '0')}`;

/** Which scale the chart draws: the level when at least one evaluation has one, else GAS. */
export function chartMeasure(points: readonly ProgressionPoint[]): 'level' | 'gas' {
  return points.some((point) => point.level !== null) ? 'level' : 'gas';
}

export function ProgressionChart({ points, width = 420, height = 130 }: ProgressionChartProps) {
  const measure = chartMeasure(points);
  const scored = points
    .filter((point) => point[measure] !== null)
    .map((point) => ({ date: utc(point.date), value: point[measure] as number }))
    .sort((a, b) => a.date.getTime() - b.date.getTime());
  if (scored.length === 0) return <Text style={styles.empty}>Ingen evalueringer i perioden</Text>;

  const first = scored[0]!.date.getTime();
  const last = scored.at(-1)!.date.getTime();
  // One date (or one evaluation) still needs a visible span around it.
  const pad = last - first < 14 * DAY_MS ? 14 * DAY_MS : 0;
  const x = scaleUtc()
    .domain([new Date(first - pad), new Date(last + pad)])
    .range([MARGIN.left + 6, width - MARGIN.right - 6]);
  const y =
    measure === 'level'
      ? scaleLinear().domain([0, 4]).range([MARGIN.top, height - MARGIN.bottom])
      : scaleLinear().domain([GAS_MIN, GAS_MAX]).range([height - MARGIN.bottom, MARGIN.top]);
  const yTicks = measure === 'level' ? [0, 1, 2, 3, 4] : [-2, -1, 0, 1, 2];
  const yLabel = (value: number) => (measure === 'level' ? LEVEL_TICKS[value]! : GAS_TICKS[value]!);
  const xTicks = x.ticks(Math.max(2, Math.floor((width - MARGIN.left - MARGIN.right) / 70)));
  const path = line<{ date: Date; value: number }>()
    .x((point) => x(point.date))
    .y((point) => y(point.value))(scored);
  const bottom = height - MARGIN.bottom;
  const font = { fontFamily: REPORT_FONT, fontSize: 6.5 };

  return (
    <View wrap={false} style={{ marginVertical: 4 }}>
      <Text style={{ fontSize: 7.5, color: COLORS.muted, marginBottom: 2 }}>
        {measure === 'level' ? 'Funktionsevneniveau (0 = ingen nedsættelse; lavere er bedre)' : 'GAS-score (–2 til +2; højere er bedre)'}
      </Text>
      <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
        {yTicks.map((value) => (
          <G key={`y${value}`}>
            <Line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(value)} y2={y(value)} stroke={COLORS.rule} strokeWidth={0.5} />
            <Text x={MARGIN.left - 4} y={y(value) + 2.2} textAnchor="end" fill={COLORS.muted} style={font}>
              {yLabel(value)}
            </Text>
          </G>
        ))}
        <Line x1={MARGIN.left} x2={width - MARGIN.right} y1={bottom} y2={bottom} stroke={COLORS.muted} strokeWidth={0.75} />
        {xTicks.map((tick) => (
          <G key={`x${tick.getTime()}`}>
            <Line x1={x(tick)} x2={x(tick)} y1={bottom} y2={bottom + 3} stroke={COLORS.muted} strokeWidth={0.75} />
            <Text x={x(tick)} y={bottom + 10} textAnchor="middle" fill={COLORS.muted} style={font}>
              {shortDate(tick)}
            </Text>
          </G>
        ))}
        <Text x={(MARGIN.left + width - MARGIN.right) / 2} y={height - 2} textAnchor="middle" fill={COLORS.muted} style={font}>
          Evalueringsdato
        </Text>
        {scored.length > 1 && path ? <Path d={path} stroke={COLORS.accent} strokeWidth={1.25} fill="none" /> : null}
        {scored.map((point, index) => (
          <Circle key={index} cx={x(point.date)} cy={y(point.value)} r={2.5} fill={COLORS.accent} />
        ))}
      </Svg>
    </View>
  );
}
