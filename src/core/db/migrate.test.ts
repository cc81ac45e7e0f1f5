// Protects the database's upgrade path: a fresh database reaches the latest schema with the right
// pragmas; a newer database is refused untouched; an upgrade is backed up first and all-or-nothing.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, DATABASE_FILE_NAME } from '../../backend/create-backend';
import { DomainError } from '../common/domain-error';
import { migrate, schemaVersion } from './migrate';
import type { Migration } from './migration';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { openDatabase, type Db } from './open-database';
import { tempDir } from '../../../tests/fixtures/backend';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
function newDir(): string {
  const { dir, cleanup } = tempDir('kerne-migrate-');
  cleanups.push(cleanup);
  return dir;
}

const tables = (db: Db) =>
  db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];

// A test-only history of two steps, to simulate an upgrade from schema 1 to schema 2.
const v1: Migration = {
  version: 1,
  name: 'notes',
  up: (db) => db.exec('CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT'),
};
const v2: Migration = {
  version: 2,
  name: 'note-author',
  up: (db) => db.exec("ALTER TABLE note ADD COLUMN author TEXT NOT NULL DEFAULT 'ukendt'"),
};
const v2Failing: Migration = {
  version: 2,
  name: 'half-done',
  up: (db) => {
    db.exec('CREATE TABLE tag (id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT');
    db.exec("INSERT INTO tag (name) VALUES ('halvt')");
    db.exec("UPDATE note SET text = 'ødelagt'");
    throw new Error('step 2 fails halfway');
  },
};

describe('migrate', () => {
  it('brings a fresh database to the latest schema version', () => {
    const backend = createBackend({ dataDir: ':memory:' });
    try {
      expect(LATEST_SCHEMA_VERSION).toBeGreaterThan(0);
      expect(schemaVersion(backend.db)).toBe(LATEST_SCHEMA_VERSION);
      expect(backend.migration).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION, backupFile: null });
      expect(tables(backend.db)).toEqual(expect.arrayContaining(['residences', 'users', 'audit_log']));
    } finally {
      backend.close();
    }
  });

  it('makes every table STRICT and turns foreign keys on', () => {
    const backend = createBackend({ dataDir: ':memory:' });
    try {
      const list = backend.db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string; strict: number }>;
      expect(list.length).toBeGreaterThan(3);
      expect(list.filter((table) => table.strict !== 1).map((table) => table.name)).toEqual([]);
      expect(backend.db.pragma('foreign_keys', { simple: true })).toBe(1);
      // And the foreign keys are really enforced: a residence with an unknown legal basis is refused.
      expect(() =>
        backend.db.prepare("INSERT INTO residences (name, name_sort, legal_basis_code, places, created_at, updated_at) VALUES ('x', 'x', 'nope', 1, '', '')").run(),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      backend.close();
    }
  });

  it('uses WAL on a database file', () => {
    const dir = newDir();
    const backend = createBackend({ dataDir: dir });
    try {
      expect(backend.file).toBe(path.join(dir, DATABASE_FILE_NAME));
      expect(backend.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(backend.db.pragma('foreign_keys', { simple: true })).toBe(1);
    } finally {
      backend.close();
    }
  });

  it('refuses a database written by a newer Kerne with CONFLICT and leaves its file byte-identical', () => {
    const dir = newDir();
    const file = path.join(dir, DATABASE_FILE_NAME);
    // As a backup made by VACUUM INTO is: rollback journal, not WAL.
    const newer = openDatabase(file);
    newer.pragma('journal_mode = DELETE');
    newer.exec("CREATE TABLE future (id INTEGER PRIMARY KEY, x TEXT) STRICT; INSERT INTO future (x) VALUES ('fra fremtiden');");
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    newer.close();
    const before = readFileSync(file);

    let thrown: unknown;
    try {
      createBackend({ dataDir: dir }).close();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).code).toBe('CONFLICT');
    expect((thrown as DomainError).message).toMatch(/nyere version af Kerne/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('backs the file up before upgrading an older database, with the old schema and data in the copy', () => {
    const dir = newDir();
    const file = path.join(dir, 'kerne.sqlite');
    const old = openDatabase(file);
    migrate(old, file, [v1]);
    old.prepare('INSERT INTO note (text) VALUES (?)').run('Husk medicin kl. 8');
    old.close();

    const db = openDatabase(file);
    const result = migrate(db, file, [v1, v2], new Date('2026-03-02T08:00:00Z'));
    expect(result.from).toBe(1);
    expect(result.to).toBe(2);
    expect(result.backupFile).toBe(path.join(dir, 'kerne.before-v2-20260302T080000.sqlite'));
    expect(db.prepare('SELECT text, author FROM note').all()).toEqual([{ text: 'Husk medicin kl. 8', author: 'ukendt' }]);
    db.close();

    const backup = openDatabase(result.backupFile!, { readonly: true });
    try {
      expect(schemaVersion(backup)).toBe(1);
      expect(backup.prepare("SELECT name FROM pragma_table_info('note')").pluck().all()).toEqual(['id', 'text']);
      expect(backup.prepare('SELECT text FROM note').pluck().all()).toEqual(['Husk medicin kl. 8']);
    } finally {
      backup.close();
    }
  });

  it('makes no backup of a brand-new database or of one already up to date', () => {
    const dir = newDir();
    const file = path.join(dir, 'kerne.sqlite');
    const db = openDatabase(file);
    expect(migrate(db, file, [v1, v2]).backupFile).toBeNull();
    expect(migrate(db, file, [v1, v2])).toEqual({ from: 2, to: 2, backupFile: null });
    db.close();
  });

  it('rolls a failing step back completely and leaves the version unchanged', () => {
    const db = openDatabase(':memory:');
    try {
      migrate(db, null, [v1]);
      db.prepare('INSERT INTO note (text) VALUES (?)').run('uændret');
      expect(() => migrate(db, null, [v1, v2Failing])).toThrow('step 2 fails halfway');
      expect(schemaVersion(db)).toBe(1);
      expect(tables(db)).toEqual(['note']);
      expect(db.prepare('SELECT text FROM note').pluck().all()).toEqual(['uændret']);
    } finally {
      db.close();
    }
  });

  it('has the backup in place before a step runs, so a failed upgrade still leaves a copy', () => {
    const dir = newDir();
    const file = path.join(dir, 'kerne.sqlite');
    const db = openDatabase(file);
    try {
      migrate(db, file, [v1]);
      db.prepare('INSERT INTO note (text) VALUES (?)').run('før opgraderingen');
      expect(() => migrate(db, file, [v1, v2Failing], new Date('2026-03-02T08:00:00Z'))).toThrow('step 2 fails halfway');
    } finally {
      db.close();
    }
    const backup = openDatabase(path.join(dir, 'kerne.before-v2-20260302T080000.sqlite'), { readonly: true });
    try {
      expect(schemaVersion(backup)).toBe(1);
      expect(backup.prepare('SELECT text FROM note').pluck().all()).toEqual(['før opgraderingen']);
    } finally {
      backup.close();
    }
  });

  it('rolls back a failing first step on a fresh database too', () => {
    const db = openDatabase(':memory:');
    try {
      const failing: Migration = { ...v2Failing, version: 1, up: (d) => { v1.up(d); throw new Error('boom'); } };
      expect(() => migrate(db, null, [failing])).toThrow('boom');
      expect(schemaVersion(db)).toBe(0);
      expect(tables(db)).toEqual([]);
    } finally {
      db.close();
    }
  });
});
