// What a migration is: a forward-only step from one schema version to the next.
import type { Db } from './open-database';

export interface Migration {
  /** Becomes PRAGMA user_version when the step has run; steps are numbered 1, 2, 3… without gaps. */
  version: number;
  name: string;
  up(db: Db): void;
}
