// The data the occupancy report draws (built inside the request's transaction, plain JSON):
// per residence and calendar month of the period, places, place-days, occupied and vacant days,
// moves in and out. Counts only, no citizen is named.

export interface OccupancyFigures {
  /** Places × days. */
  capacityDays: number;
  occupiedDays: number;
  vacantDays: number;
  /** Occupied share of the place-days, 0..1 (0 when there are none). */
  occupancyShare: number;
  moveIns: number;
  moveOuts: number;
}

export interface OccupancyMonth extends OccupancyFigures {
  /** åååå-mm */
  month: string;
  /** The month's days inside the period. */
  from: string;
  to: string;
  days: number;
}

export interface OccupancyResidence {
  id: number;
  name: string;
  places: number;
  /** Active waiting-list entries today. */
  waitingNow: number;
  months: OccupancyMonth[];
  total: OccupancyFigures;
}

export interface OccupancyModel {
  periodFrom: string;
  periodTo: string;
  periodDays: number;
  residences: OccupancyResidence[];
  totals: OccupancyFigures & { places: number; waitingNow: number };
}
