// Every migration, in order. Append only: a released migration is never edited.
import type { Migration } from '../migration';
import { migration0001 } from './0001-foundation';
import { migration0002 } from './0002-citizens';
import { migration0003 } from './0003-plans';
import { migration0004 } from './0004-roster';
import { migration0005 } from './0005-reports';

export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
