// Turns the area report's rows into its model: per citizen the invoicing lines (days in the period
// covered by both a stay the user may see and a placement of the area, × the daily rate), goals
// with status and movement, magtanvendelser by type; then the totals, subtotals per municipality
// and the movement counts per FFB theme and effect dimension.
import type { EffectMappingRow } from '../../contract/areas/plan-overview';
import { EFFECT_DIMENSION_LABELS, EFFECT_DIMENSIONS, GOAL_STATUS_LABELS, INCIDENT_TYPES, MOVEMENT_LABELS, type Movement } from '../../contract/plan-terms';
import { createDayNumbers, earlierDate, laterDate } from '../citizens/calendar-days';
import { progressionOf } from '../plans/progression';
import type { CitizenRecord, EvaluationRecord, GoalRecord, PlacementRecord, RestraintRecord, StayRecord } from './area-queries';
import type { AreaCitizen, AreaGoal, AreaReportModel, InvoiceGroup, InvoiceRow, LabelCount, MovementCounts, MovementRow, MunicipalitySubtotal, PlacementLine } from './models/area-report-model';

export interface AreaRows {
  citizens: CitizenRecord[];
  placements: PlacementRecord[];
  /** Only stays at residences the user may see. */
  stays: StayRecord[];
  goals: GoalRecord[];
  evaluations: EvaluationRecord[];
  restraints: RestraintRecord[];
}

export interface AreaHeading {
  kind: 'municipality' | 'region';
  areaName: string;
  from: string;
  to: string;
}

const emptyMovements = (): MovementCounts => ({ frem: 0, uaendret: 0, tilbage: 0, ukendt: 0 });
const restraintLabel = (type: string | null): string => (type ? INCIDENT_TYPES.magtanvendelse[type] : undefined) ?? 'Anden magtanvendelse';

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

/** Adds `count` to the label's entry, keeping first-seen order. */
function addCount(counts: Map<string, number>, label: string, count: number): void {
  counts.set(label, (counts.get(label) ?? 0) + count);
}
const toLabelCounts = (counts: Map<string, number>): LabelCount[] =>
  [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'da'));

export function buildAreaModel(heading: AreaHeading, rows: AreaRows, mapping: readonly EffectMappingRow[]): AreaReportModel {
  const { from, to } = heading;
  const dayNumber = createDayNumbers();
  const themes = new Map(mapping.map((row) => [row.themeCode, row]));
  const placementsOf = groupBy(rows.placements, (row) => row.citizen_id);
  const staysOf = groupBy(rows.stays, (row) => row.citizen_id);
  const goalsOf = groupBy(rows.goals, (row) => row.citizen_id);
  const evaluationsOf = groupBy(rows.evaluations, (row) => row.goal_id);
  const restraintsOf = groupBy(rows.restraints, (row) => row.citizen_id);

  const byTheme = new Map<string, MovementCounts>();
  const byDimension = new Map<string, MovementCounts>();
  const restraintsByType = new Map<string, number>();
  const municipalities = new Map<string, MunicipalitySubtotal & { sort: string; citizenIds: Set<number> }>();
  const primaryMunicipality = new Map<number, string>();

  const citizens: AreaCitizen[] = [];
  for (const citizen of rows.citizens) {
    const stays = staysOf.get(citizen.id);
    if (!stays) continue; // no stay the user may see in the period
    const placements = placementsOf.get(citizen.id) ?? [];

    const lines: PlacementLine[] = [];
    for (const placement of placements) {
      for (const stay of stays) {
        const lineFrom = laterDate(laterDate(from, placement.start_date), stay.move_in);
        const lineTo = earlierDate(earlierDate(to, placement.end_date ?? to), stay.move_out ?? to);
        if (lineFrom > lineTo) continue;
        const days = dayNumber(lineTo) - dayNumber(lineFrom) + 1;
        lines.push({
          residenceName: stay.residence_name,
          actingMunicipalityCode: placement.acting_municipality_code,
          actingMunicipalityName: placement.acting_name,
          payingMunicipalityName: placement.paying_municipality_code === placement.acting_municipality_code ? null : placement.paying_name,
          legalBasis: placement.legal_basis,
          from: lineFrom,
          to: lineTo,
          days,
          dailyRateOre: placement.daily_rate_ore,
          amountOre: days * placement.daily_rate_ore,
        });
      }
    }
    lines.sort((a, b) => a.from.localeCompare(b.from));
    // The citizen belongs with the municipality of their latest placement in the period.
    const latest = placements.at(-1)!;
    primaryMunicipality.set(citizen.id, latest.acting_municipality_code);
    const subtotalOf = (code: string, name: string, sort: string) =>
      municipalities.get(code) ?? municipalities.set(code, { code, name, sort, citizens: 0, occupancyDays: 0, amountOre: 0, citizenIds: new Set() }).get(code)!;
    subtotalOf(latest.acting_municipality_code, latest.acting_name, latest.acting_sort).citizenIds.add(citizen.id);
    for (const line of lines) {
      const placement = placements.find((row) => row.acting_municipality_code === line.actingMunicipalityCode)!;
      const subtotal = subtotalOf(line.actingMunicipalityCode, line.actingMunicipalityName, placement.acting_sort);
      subtotal.occupancyDays += line.days;
      subtotal.amountOre += line.amountOre;
    }

    const goals: AreaGoal[] = [];
    const goalCounts = { active: 0, reached: 0, closed: 0 };
    for (const goal of goalsOf.get(citizen.id) ?? []) {
      const closedInPeriod = goal.closed_date !== null && goal.closed_date <= to;
      const status = closedInPeriod ? goal.status : 'aktiv';
      if (closedInPeriod) {
        goalCounts.closed += 1;
        if (status === 'opnaaet') goalCounts.reached += 1;
      } else goalCounts.active += 1;
      const movement: Movement = progressionOf(
        (evaluationsOf.get(goal.id) ?? []).map((row) => ({ functionLevel: row.function_level, gas: row.gas, supportNeed: row.support_need })),
      ).movement;
      const theme = themes.get(goal.theme_code);
      const themeLabel = theme?.themeLabel ?? goal.theme_code;
      const themeCounts = byTheme.get(themeLabel) ?? byTheme.set(themeLabel, emptyMovements()).get(themeLabel)!;
      themeCounts[movement] += 1;
      if (theme?.dimension) {
        const dimensionCounts = byDimension.get(theme.dimension) ?? byDimension.set(theme.dimension, emptyMovements()).get(theme.dimension)!;
        dimensionCounts[movement] += 1;
      }
      goals.push({
        text: goal.professional_text,
        themeLabel,
        isSubGoal: goal.parent_id !== null,
        statusLabel: GOAL_STATUS_LABELS[status],
        movementLabel: MOVEMENT_LABELS[movement],
        startDate: goal.start_date,
        closedDate: closedInPeriod ? goal.closed_date : null,
      });
    }

    const restraintCounts = new Map<string, number>();
    for (const row of restraintsOf.get(citizen.id) ?? []) {
      addCount(restraintCounts, restraintLabel(row.incident_type), row.count);
      addCount(restraintsByType, restraintLabel(row.incident_type), row.count);
    }
    const restraints = toLabelCounts(restraintCounts);

    citizens.push({
      id: citizen.id,
      name: `${citizen.first_name} ${citizen.last_name}`,
      cpr: citizen.cpr,
      residences: [...new Set(stays.map((stay) => stay.residence_name))],
      lines,
      occupancyDays: lines.reduce((sum, line) => sum + line.days, 0),
      amountOre: lines.reduce((sum, line) => sum + line.amountOre, 0),
      goals,
      goalCounts,
      restraints,
      restraintTotal: restraints.reduce((sum, row) => sum + row.count, 0),
    });
  }

  const subtotals = [...municipalities.values()]
    .sort((a, b) => a.sort.localeCompare(b.sort) || a.code.localeCompare(b.code))
    .map(({ code, name, citizenIds, occupancyDays, amountOre }) => ({ code, name, citizens: citizenIds.size, occupancyDays, amountOre }));
  // A region report reads municipality by municipality; the citizens already come in Danish name order.
  const municipalityRank = new Map(subtotals.map((row, index) => [row.code, index]));
  if (heading.kind === 'region') citizens.sort((a, b) => municipalityRank.get(primaryMunicipality.get(a.id)!)! - municipalityRank.get(primaryMunicipality.get(b.id)!)!);

  const invoice: InvoiceGroup[] = subtotals.map((subtotal) => ({ subtotal, rows: [] }));
  const groupOf = new Map(invoice.map((group) => [group.subtotal.code, group]));
  for (const citizen of citizens) {
    const row = (fields: Omit<InvoiceRow, 'citizenName' | 'cpr'>): InvoiceRow => ({ citizenName: citizen.name, cpr: citizen.cpr, ...fields });
    if (citizen.lines.length === 0) {
      const residenceName = citizen.residences.join(', ');
      groupOf.get(primaryMunicipality.get(citizen.id)!)!.rows.push(row({ residenceName, payingMunicipalityName: null, from: null, to: null, days: 0, dailyRateOre: null, amountOre: 0 }));
    }
    for (const line of citizen.lines) {
      const { residenceName, payingMunicipalityName, from: lineFrom, to: lineTo, days, dailyRateOre, amountOre } = line;
      groupOf.get(line.actingMunicipalityCode)!.rows.push(row({ residenceName, payingMunicipalityName, from: lineFrom, to: lineTo, days, dailyRateOre, amountOre }));
    }
  }

  const movementRows = (counts: Map<string, MovementCounts>, order: readonly string[], label: (key: string) => string): MovementRow[] =>
    order.filter((key) => counts.has(key)).map((key) => ({ label: label(key), ...counts.get(key)! }));
  const themeOrder = [...new Set([...mapping.map((row) => row.themeLabel), ...byTheme.keys()])];

  const sum = (pick: (citizen: AreaCitizen) => number) => citizens.reduce((total, citizen) => total + pick(citizen), 0);
  return {
    kind: heading.kind,
    areaName: heading.areaName,
    periodFrom: from,
    periodTo: to,
    periodDays: dayNumber(to) - dayNumber(from) + 1,
    totals: {
      citizens: citizens.length,
      occupancyDays: sum((citizen) => citizen.occupancyDays),
      amountOre: sum((citizen) => citizen.amountOre),
      goals: {
        active: sum((citizen) => citizen.goalCounts.active),
        reached: sum((citizen) => citizen.goalCounts.reached),
        closed: sum((citizen) => citizen.goalCounts.closed),
      },
      restraints: sum((citizen) => citizen.restraintTotal),
    },
    municipalities: subtotals,
    byTheme: movementRows(byTheme, themeOrder, (key) => key),
    byDimension: movementRows(byDimension, EFFECT_DIMENSIONS, (key) => EFFECT_DIMENSION_LABELS[key as keyof typeof EFFECT_DIMENSION_LABELS]),
    restraintsByType: toLabelCounts(restraintsByType),
    invoice,
    citizens,
    citizenOffset: 0,
  };
}
