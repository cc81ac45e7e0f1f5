// The only place Kerne imports its SQLite driver, so that a SQLCipher-compatible driver with the
// same API can replace better-sqlite3 in one line. Sets the pragmas every connection needs.
import Database from 'better-sqlite3';

export type Db = Database.Database;
export type Statement<P extends unknown[] | {} = unknown[], R = unknown> = Database.Statement<P, R>;

export interface OpenOptions {
  /** Absolute path of the .node binary built for the running runtime (Electron's ABI in the desktop app). */
  nativeBinding?: string;
  readonly?: boolean;
  /** false: leave the journal mode alone (switching to WAL writes the file header), so a caller can
   * refuse a database first and touch nothing; it then calls `useWal`. */
  wal?: boolean;
}

/** Opens (creating if needed) a database file, or `:memory:` for tests. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, { nativeBinding: options.nativeBinding, readonly: options.readonly ?? false });
  if (file !== ':memory:' && !options.readonly && options.wal !== false) useWal(db);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  return db;
}

/** Switches a file database to WAL (a no-op for in-memory databases). */
export function useWal(db: Db): void {
  if (!db.memory && !db.readonly) db.pragma('journal_mode = WAL');
}
