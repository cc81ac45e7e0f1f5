// Turns the area report's rows into its model: per citizen the invoicing lines (area-placement-lines),
// goals (area-goal-tally) and magtanvendelser by type; then the totals, the subtotal per
// municipality, the fakturagrundlag grouped by municipality, and the citizens in reading order.
import type { EffectMappingRow } from '../../contract/areas/plan-overview';
import { INCIDENT_TYPES } from '../../contract/plan-terms';
import { createDayNumbers } from '../citizens/calendar-days';
import { createGoalTally } from './area-goal-tally';
import { placementLines } from './area-placement-lines';
import type { CitizenRecord, EvaluationRecord, GoalRecord, PlacementRecord, RestraintRecord, StayRecord } from './area-queries';
import type { AreaCitizen, AreaReportModel, InvoiceGroup, InvoiceRow, LabelCount, MunicipalitySubtotal } from './models/area-report-model';

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
  const goalTally = createGoalTally(mapping, to);
  const placementsOf = groupBy(rows.placements, (row) => row.citizen_id);
  const staysOf = groupBy(rows.stays, (row) => row.citizen_id);
  const goalsOf = groupBy(rows.goals, (row) => row.citizen_id);
  const evaluationsOf = groupBy(rows.evaluations, (row) => row.goal_id);
  const restraintsOf = groupBy(rows.restraints, (row) => row.citizen_id);

  const restraintsByType = new Map<string, number>();
  const municipalities = new Map<string, MunicipalitySubtotal & { sort: string; citizenIds: Set<number> }>();
  const primaryMunicipality = new Map<number, string>();
  const subtotalOf = (code: string, name: string, sort: string) =>
    municipalities.get(code) ?? municipalities.set(code, { code, name, sort, citizens: 0, occupancyDays: 0, amountOre: 0, citizenIds: new Set() }).get(code)!;

  const citizens: AreaCitizen[] = [];
  for (const citizen of rows.citizens) {
    const stays = staysOf.get(citizen.id);
    if (!stays) continue; // no stay the user may see in the period
    const placements = placementsOf.get(citizen.id) ?? [];

    const lines = placementLines(placements, stays, heading, dayNumber);
    // The citizen belongs with the municipality of their latest placement in the period.
    const latest = placements.at(-1)!;
    primaryMunicipality.set(citizen.id, latest.acting_municipality_code);
    subtotalOf(latest.acting_municipality_code, latest.acting_name, latest.acting_sort).citizenIds.add(citizen.id);
    for (const line of lines) {
      const placement = placements.find((row) => row.acting_municipality_code === line.actingMunicipalityCode)!;
      const subtotal = subtotalOf(line.actingMunicipalityCode, line.actingMunicipalityName, placement.acting_sort);
      // A citizen placed by two of the region's municipalities in the period counts with both.
      subtotal.citizenIds.add(citizen.id);
      subtotal.occupancyDays += line.days;
      subtotal.amountOre += line.amountOre;
    }

    const { goals, counts: goalCounts } = goalTally.add(goalsOf.get(citizen.id) ?? [], evaluationsOf);

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
    byTheme: goalTally.byTheme(),
    byDimension: goalTally.byDimension(),
    restraintsByType: toLabelCounts(restraintsByType),
    invoice,
    citizens,
    citizenOffset: 0,
  };
}
