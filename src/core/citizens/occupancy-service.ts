// Occupancy (belægning) per residence for a period, and free places today: the figures behind the
// dashboard and the municipalities' invoicing basis. Not citizen data (counts only), so not audited.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { Occupancy } from '../../contract/areas/residences';
import { assertResidenceAccess, canSeeResidence, type Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { notFound } from '../common/domain-error';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Db } from '../db/open-database';
import { createDayNumbers, earlierDate, laterDate } from './calendar-days';
import { createOccupancyQueries } from './occupancy-queries';

interface Tally {
  occupiedToday: number;
  occupiedDays: number;
}

export function createOccupancyService(db: Db, _clock: Clock, _audit: AuditLog, access: CitizenAccess) {
  const q = createOccupancyQueries(db);

  return {
    occupancy(actor: Actor, input: ParsedInputOf<'residences.occupancy'>): OutputOf<'residences.occupancy'> {
      const residenceId = input.residenceId ?? null;
      if (residenceId !== null) {
        if (!q.exists.get(residenceId)) throw notFound('Botilbuddet');
        assertResidenceAccess(actor, residenceId);
      }
      const today = access.today();
      const dayNumber = createDayNumbers();
      const tallies = new Map<number, Tally>();
      for (const stay of q.stays.all({ from: input.from, to: input.to, today })) {
        const tally = tallies.get(stay.residence_id) ?? { occupiedToday: 0, occupiedDays: 0 };
        if (stay.move_in <= today && (stay.move_out === null || stay.move_out >= today)) tally.occupiedToday += 1;
        const from = laterDate(stay.move_in, input.from);
        const to = stay.move_out === null ? input.to : earlierDate(stay.move_out, input.to);
        if (from <= to) tally.occupiedDays += dayNumber(to) - dayNumber(from) + 1;
        tallies.set(stay.residence_id, tally);
      }
      const waiting = new Map(q.waiting.all().map((row) => [row.residence_id, row.waiting]));
      const days = dayNumber(input.to) - dayNumber(input.from) + 1;

      return q.residences
        .all({ residenceId })
        .filter((residence) => canSeeResidence(actor, residence.id))
        .map((residence): Occupancy => {
          const tally = tallies.get(residence.id) ?? { occupiedToday: 0, occupiedDays: 0 };
          const capacityDays = residence.places * days;
          return {
            residenceId: residence.id,
            residenceName: residence.name,
            places: residence.places,
            occupiedToday: tally.occupiedToday,
            freeToday: Math.max(0, residence.places - tally.occupiedToday),
            occupiedDays: tally.occupiedDays,
            capacityDays,
            occupancyPercent: capacityDays === 0 ? 0 : Math.round((tally.occupiedDays / capacityDays) * 1000) / 10,
            waiting: waiting.get(residence.id) ?? 0,
          };
        });
    },
  };
}

export type OccupancyService = ReturnType<typeof createOccupancyService>;
