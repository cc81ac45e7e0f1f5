// Which citizens a user may see. Administrators see all; department heads and staff see the
// citizens whose residence is one of theirs: the residence of a stay that has not ended, else of
// the latest stay, or of an active waiting-list entry. Planners have no citizen permission at all.
import { ACTIVE_WAITING_STATUSES } from '../../contract/areas/waiting-list';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { danishDate } from '../common/danish-time';
import { DomainError, notFound } from '../common/domain-error';
import type { Db } from '../db/open-database';

/** `'venter', 'tilbudt', 'accepteret'`: the waiting-list states that still hold a place, as an SQL list. */
export const ACTIVE_WAITING_SQL = ACTIVE_WAITING_STATUSES.map((status) => `'${status}'`).join(', ');

/** SQL for the residences that make citizen `:citizenId` visible on day `:today`. */
export const CITIZEN_RESIDENCES_SQL = `
  SELECT residence_id FROM citizen_stays WHERE citizen_id = :citizenId AND (move_out IS NULL OR move_out >= :today)
  UNION
  SELECT residence_id FROM (SELECT residence_id FROM citizen_stays WHERE citizen_id = :citizenId ORDER BY move_in DESC, id DESC LIMIT 1) AS latest
  UNION
  SELECT residence_id FROM waiting_list WHERE citizen_id = :citizenId AND status IN (${ACTIVE_WAITING_SQL})`;

/**
 * The same rule the other way round, for lists that page in SQL: the ids of the citizens made
 * visible on day `:today` by the residences in `residenceIds`, an SQL list or subquery in
 * parentheses such as `(:residenceId)` or `(SELECT residence_id FROM user_residences WHERE ...)`.
 */
export function citizensVisibleThroughSql(residenceIds: string): string {
  return `
    SELECT citizen_id FROM citizen_stays WHERE residence_id IN ${residenceIds} AND (move_out IS NULL OR move_out >= :today)
    UNION
    SELECT s.citizen_id FROM citizen_stays s
    WHERE s.residence_id IN ${residenceIds}
      AND s.id = (SELECT l.id FROM citizen_stays l WHERE l.citizen_id = s.citizen_id ORDER BY l.move_in DESC, l.id DESC LIMIT 1)
    UNION
    SELECT citizen_id FROM waiting_list WHERE residence_id IN ${residenceIds} AND status IN (${ACTIVE_WAITING_SQL})`;
}

/**
 * The residences of a scoped user as an SQL subquery on `:scopeUserId`. `actor.residenceIds` is read
 * from this same table for every call (users-service `actorFor`), so SQL and code agree.
 */
export const SCOPED_RESIDENCES_SQL = '(SELECT ur.residence_id FROM user_residences ur WHERE ur.user_id = :scopeUserId)';

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
