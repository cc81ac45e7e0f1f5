// Brings a database up to the code's schema: refuses one written by a newer Kerne (touching
// nothing), backs the file up before changing it, and runs each step in its own transaction.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DomainError } from '../common/domain-error';
import type { Migration } from './migration';
import { MIGRATIONS } from './migrations';
import type { Db } from './open-database';

export interface MigrateResult {
  from: number;
  to: number;
  backupFile: string | null;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Throws CONFLICT, before any write, when the database is newer than this program. */
export function assertNotNewer(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  const current = schemaVersion(db);
  if (current > migrations.length) {
    throw new DomainError(
      'CONFLICT',
      `Databasen er skrevet af en nyere version af Kerne (skema ${current}; denne version kender til skema ${migrations.length}). Opdatér Kerne; databasen er ikke ændret.`,
    );
  }
}

/**
 * `file` is the database's path (null for in-memory); the backup goes next to it as
 * `<name>.before-v<N>-<timestamp>.sqlite` and is made with SQLite's online backup (VACUUM INTO).
 */
export function migrate(db: Db, file: string | null, migrations: readonly Migration[] = MIGRATIONS, now = new Date()): MigrateResult {
  assertNotNewer(db, migrations);
  const from = schemaVersion(db);
  if (from === migrations.length) return { from, to: from, backupFile: null };

  let backupFile: string | null = null;
  if (file && from > 0) {
    const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
    backupFile = path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.before-v${from + 1}-${stamp}.sqlite`);
    if (existsSync(backupFile)) throw new DomainError('CONFLICT', `Sikkerhedskopien ${backupFile} findes allerede.`);
    db.prepare('VACUUM INTO ?').run(backupFile);
  }

  for (const step of migrations.slice(from)) {
    if (step.version !== schemaVersion(db) + 1) {
      throw new Error(`Migration ${step.name} has version ${step.version}, expected ${schemaVersion(db) + 1}`);
    }
    db.transaction(() => {
      step.up(db);
      db.pragma(`user_version = ${step.version}`);
    })();
  }
  return { from, to: schemaVersion(db), backupFile };
}
