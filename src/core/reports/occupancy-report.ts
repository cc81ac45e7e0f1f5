// The occupancy report's model: the occupancy service's figures (the one day-counting rule) for
// each calendar month of the period, with the moves in and out per residence and month.
import type { Occupancy } from '../../contract/areas/residences';
import type { Actor } from '../common/actor';
import type { OccupancyService } from '../citizens/occupancy-service';
import type { Db } from '../db/open-database';
import type { OccupancyFigures, OccupancyModel, OccupancyMonth, OccupancyResidence } from './models/occupancy-model';
import { monthSlices } from './occupancy-months';
import { createOccupancyReportQueries, type MoveCount } from './occupancy-report-queries';

export function createOccupancyReport(db: Db, occupancy: OccupancyService) {
  const { moveIns, moveOuts } = createOccupancyReportQueries(db);

  const figures = (capacityDays: number, occupiedDays: number, moveIns: number, moveOuts: number): OccupancyFigures => ({
    capacityDays,
    occupiedDays,
    vacantDays: Math.max(0, capacityDays - occupiedDays),
    occupancyShare: capacityDays === 0 ? 0 : occupiedDays / capacityDays,
    moveIns,
    moveOuts,
  });
  const add = (rows: readonly OccupancyFigures[]): OccupancyFigures => {
    const sum = (key: keyof OccupancyFigures) => rows.reduce((total, row) => total + row[key], 0);
    return figures(sum('capacityDays'), sum('occupiedDays'), sum('moveIns'), sum('moveOuts'));
  };

  return function build(actor: Actor, input: { from: string; to: string; residenceId: number | null }): OccupancyModel {
    const slices = monthSlices(input.from, input.to);
    const key = (residenceId: number, month: string) => `${residenceId}:${month}`;
    const moves = (rows: MoveCount[]) => new Map(rows.map((row) => [key(row.residence_id, row.month), row.count]));
    const ins = moves(moveIns.all(input));
    const outs = moves(moveOuts.all(input));

    const residences = new Map<number, OccupancyResidence>();
    let latest: Occupancy[] = [];
    for (const slice of slices) {
      latest = occupancy.occupancy(actor, { from: slice.from, to: slice.to, residenceId: input.residenceId });
      for (const row of latest) {
        const residence =
          residences.get(row.residenceId) ??
          residences
            .set(row.residenceId, { id: row.residenceId, name: row.residenceName, places: row.places, waitingNow: row.waiting, months: [], total: figures(0, 0, 0, 0) })
            .get(row.residenceId)!;
        const month: OccupancyMonth = {
          month: slice.month,
          from: slice.from,
          to: slice.to,
          days: slice.days,
          ...figures(row.capacityDays, row.occupiedDays, ins.get(key(row.residenceId, slice.month)) ?? 0, outs.get(key(row.residenceId, slice.month)) ?? 0),
        };
        residence.months.push(month);
      }
    }
    // The service lists residences in Danish order; keep it.
    const ordered = latest.map((row) => residences.get(row.residenceId)!);
    for (const residence of ordered) residence.total = add(residence.months);
    return {
      periodFrom: input.from,
      periodTo: input.to,
      periodDays: slices.reduce((total, slice) => total + slice.days, 0),
      residences: ordered,
      totals: {
        ...add(ordered.map((residence) => residence.total)),
        places: ordered.reduce((total, residence) => total + residence.places, 0),
        waitingNow: ordered.reduce((total, residence) => total + residence.waitingNow, 0),
      },
    };
  };
}
