// Who is calling: the signed-in user as the services see them, with the residences they may touch.
import type { Permission, Role } from '../../contract/access';
import { DomainError } from './domain-error';

export interface Actor {
  userId: number;
  username: string;
  role: Role;
  permissions: ReadonlySet<Permission>;
  /** null: every residence. Otherwise the residences assigned to the user. */
  residenceIds: readonly number[] | null;
}

export function canSeeResidence(actor: Actor, residenceId: number): boolean {
  return actor.residenceIds === null || actor.residenceIds.includes(residenceId);
}

export function assertResidenceAccess(actor: Actor, residenceId: number): void {
  if (!canSeeResidence(actor, residenceId)) {
    throw new DomainError('FORBIDDEN', 'Du har ikke adgang til dette botilbud.');
  }
}
