// Which citizens a user may see. Administrators see all; department heads and staff see the
// citizens whose residence is one of theirs: the residence of a stay that has not ended, else of
// the latest stay, or of an active waiting-list entry. Planners have no citizen permission at all.
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { danishDate } from '../common/danish-time';
import { DomainError, notFound } from '../common/domain-error';
import type { Db } from '../db/open-database';

/** SQL for the residences that make citizen `:citizenId` visible on day `:today`. */
export const CITIZEN_RESIDENCES_SQL = `
  SELECT residence_id FROM citizen_stays WHERE citizen_id = :citizenId AND (move_out IS NULL OR move_out >= :today)
  UNION
  SELECT residence_id FROM (SELECT residence_id FROM citizen_stays WHERE citizen_id = :citizenId ORDER BY move_in DESC, id DESC LIMIT 1) AS latest
  UNION
  SELECT residence_id FROM waiting_list WHERE citizen_id = :citizenId AND status IN ('venter', 'tilbudt', 'accepteret')`;

export function createCitizenAccess(db: Db, clock: Clock) {
  const exists = db.prepare<[number], number>('SELECT 1 FROM citizens WHERE id = ?').pluck();
  const residences = db.prepare<{ citizenId: number; today: string }, number>(CITIZEN_RESIDENCES_SQL).pluck();

  return {
    /** Today's Danish date: the day "current" is judged by. */
    today: (): string => danishDate(clock.now()),

    residencesOf(citizenId: number): number[] {
      return residences.all({ citizenId, today: danishDate(clock.now()) });
    },

    canSee(actor: Actor, citizenId: number): boolean {
      if (actor.residenceIds === null) return true;
      const scoped = actor.residenceIds;
      return this.residencesOf(citizenId).some((residenceId) => scoped.includes(residenceId));
    },

    /** NOT_FOUND for a citizen that does not exist, FORBIDDEN for one outside the user's residences. */
    assertCanSee(actor: Actor, citizenId: number): void {
      if (!exists.get(citizenId)) throw notFound('Borgeren');
      if (!this.canSee(actor, citizenId)) throw new DomainError('FORBIDDEN', 'Du har ikke adgang til denne borger.');
    },
  };
}

export type CitizenAccess = ReturnType<typeof createCitizenAccess>;
