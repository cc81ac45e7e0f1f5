// The data the municipality (or region) report draws: built inside the request's transaction,
// plain JSON (it crosses into a worker thread). Amounts in øre, days as whole calendar days.

/** Goals by movement from the first to the latest scored evaluation up to the period's end. */
export interface MovementCounts {
  frem: number;
  uaendret: number;
  tilbage: number;
  ukendt: number;
}

export interface MovementRow extends MovementCounts {
  label: string;
}

export interface LabelCount {
  label: string;
  count: number;
}

/** Days in the period covered by both a stay and a placement: one line of the invoicing basis. */
export interface PlacementLine {
  residenceName: string;
  actingMunicipalityCode: string;
  actingMunicipalityName: string;
  /** The paying municipality's name when it differs from the acting one, else null. */
  payingMunicipalityName: string | null;
  legalBasis: string;
  from: string;
  to: string;
  days: number;
  dailyRateOre: number;
  amountOre: number;
}

export interface AreaGoal {
  text: string;
  themeLabel: string;
  /** "Delmål" goals have a parent. */
  isSubGoal: boolean;
  statusLabel: string;
  movementLabel: string;
  startDate: string;
  closedDate: string | null;
}

export interface GoalCounts {
  active: number;
  reached: number;
  closed: number;
}

export interface AreaCitizen {
  id: number;
  name: string;
  /** Masked (DDMMÅÅ-xxxx) unless full CPR was chosen and allowed. */
  cpr: string;
  residences: string[];
  lines: PlacementLine[];
  occupancyDays: number;
  amountOre: number;
  goals: AreaGoal[];
  goalCounts: GoalCounts;
  restraints: LabelCount[];
  restraintTotal: number;
}

/** A municipality's share of a region report (or the one municipality of a municipality report). */
export interface MunicipalitySubtotal {
  code: string;
  name: string;
  citizens: number;
  occupancyDays: number;
  amountOre: number;
}

/** One row of the invoicing basis (fakturagrundlag): a placement line, or a citizen without days. */
export interface InvoiceRow {
  citizenName: string;
  cpr: string;
  residenceName: string;
  payingMunicipalityName: string | null;
  /** null for a citizen with no day covered by both a stay and a placement. */
  from: string | null;
  to: string | null;
  days: number;
  dailyRateOre: number | null;
  amountOre: number;
}

/** The invoicing basis of one municipality (a region report has one group per municipality). */
export interface InvoiceGroup {
  subtotal: MunicipalitySubtotal;
  rows: InvoiceRow[];
}

export interface AreaTotals {
  citizens: number;
  occupancyDays: number;
  amountOre: number;
  goals: GoalCounts;
  restraints: number;
}

export interface AreaReportModel {
  kind: 'municipality' | 'region';
  /** "Aarhus Kommune" or "Region Midtjylland". */
  areaName: string;
  periodFrom: string;
  periodTo: string;
  periodDays: number;
  totals: AreaTotals;
  municipalities: MunicipalitySubtotal[];
  byTheme: MovementRow[];
  byDimension: MovementRow[];
  restraintsByType: LabelCount[];
  /** The fakturagrundlag table; only the first part of a split report carries it. */
  invoice: InvoiceGroup[];
  /** The citizens of this part (all of them before the report is split), in the report's order. */
  citizens: AreaCitizen[];
  /** Position of this part's first citizen in the whole report (0 for the first part). */
  citizenOffset: number;
}
