// The rules a new or changed stay must keep: the residence exists, is open and is the user's; the
// citizen's stays never overlap; and the residence never houses more citizens than it has places.
import type { Actor } from '../common/actor';
import { invalidField } from '../common/domain-error';
import { firstFullDay } from './capacity-sweep';
import { formatDanishDate } from './calendar-days';
import type { CitizensQueries, ResidenceRef, StayRecord } from './citizens-queries';
import type { ResidenceChecks } from './residence-checks';
import { addedRanges, type DateRange } from './stay-periods';

export interface StayFields {
  residenceId: number;
  room: string | null;
  moveIn: string;
  moveOut: string | null;
}

const FAR_FUTURE = '9999-12-31';

const periodText = (from: string, to: string | null) =>
  to ? `${formatDanishDate(from)} – ${formatDanishDate(to)}` : `fra ${formatDanishDate(from)} (uden udflytningsdato)`;

export function createStayRules(q: CitizensQueries, residences: ResidenceChecks) {
  function assertNoOverlap(citizenId: number, excludeId: number, fields: StayFields, prefix: string): void {
    const other = q.overlappingOwnStay.get({ citizenId, excludeId, moveIn: fields.moveIn, lastDay: fields.moveOut ?? FAR_FUTURE });
    if (other) {
      throw invalidField(`${prefix}moveIn`, `Indflytningsdato: opholdet overlapper borgerens ophold på ${other.residence_name} ${periodText(other.move_in, other.move_out)}`);
    }
  }

  function assertCapacity(residence: ResidenceRef, excludeId: number, ranges: DateRange[], prefix: string): void {
    for (const range of ranges) {
      const others = q.staysAtResidence
        .all({ residenceId: residence.id, excludeId, moveIn: range.from, lastDay: range.to ?? FAR_FUTURE })
        .map((stay) => ({ from: stay.move_in, to: stay.move_out }));
      const full = firstFullDay(others, range, residence.places);
      if (full) {
        const taken = residence.places === 1 ? 'den eneste plads er optaget' : `alle ${residence.places} pladser er optaget`;
        throw invalidField(`${prefix}residenceId`, `Botilbud: ${residence.name} er fuldt belagt: ${taken} ${formatDanishDate(full)}`);
      }
    }
  }

  return {
    /**
     * Checks `fields` for citizen `citizenId`; `previous` is the stay being changed (null for a new
     * one). Capacity is checked only for the days the stay newly covers, so registering a move-out
     * at a residence that has since lost places still works. `prefix` names the fields of a nested
     * stay in errors (`stay.` when a citizen is created with one).
     */
    check(actor: Actor, citizenId: number, previous: StayRecord | null, fields: StayFields, prefix = ''): ResidenceRef {
      const sameResidence = previous !== null && previous.residence_id === fields.residenceId;
      const next = { from: fields.moveIn, to: fields.moveOut };
      const added = sameResidence ? addedRanges({ from: previous.move_in, to: previous.move_out }, next) : [next];
      const residence = sameResidence && added.length === 0
        ? residences.byId(fields.residenceId)!
        : residences.requireOpen(actor, `${prefix}residenceId`, 'Botilbud', fields.residenceId);
      assertNoOverlap(citizenId, previous?.id ?? 0, fields, prefix);
      assertCapacity(residence, previous?.id ?? 0, added, prefix);
      return residence;
    },
  };
}

export type StayRules = ReturnType<typeof createStayRules>;
