// SQL for user accounts, prepared once.
import type { Role } from '../../contract/access';
import type { Db } from '../db/open-database';

export interface UserRecord {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  language: 'da' | 'en';
  active: number;
  locked_at: string | null;
  last_login_at: string | null;
}

export function createUsersQueries(db: Db) {
  return {
    count: db.prepare('SELECT count(*) FROM users').pluck(),
    byId: db.prepare<[number], UserRecord>('SELECT * FROM users WHERE id = ?'),
    byUsername: db.prepare<[string], UserRecord>('SELECT * FROM users WHERE username = ?'),
    all: db.prepare<[], UserRecord>('SELECT * FROM users ORDER BY display_name_sort, id'),
    insert: db.prepare(
      `INSERT INTO users (username, display_name, display_name_sort, role, password_hash, language, created_at)
       VALUES (@username, @displayName, @displayNameSort, @role, @passwordHash, 'da', @now)`,
    ),
    update: db.prepare(
      `UPDATE users SET display_name = @displayName, display_name_sort = @displayNameSort, role = @role, active = @active WHERE id = @id`,
    ),
    setPassword: db.prepare('UPDATE users SET password_hash = ? WHERE id = ?'),
    setLanguage: db.prepare('UPDATE users SET language = ? WHERE id = ?'),
    lock: db.prepare('UPDATE users SET locked_at = ? WHERE id = ?'),
    unlock: db.prepare('UPDATE users SET locked_at = NULL WHERE id = ?'),
    loggedIn: db.prepare('UPDATE users SET last_login_at = ? WHERE id = ?'),
    residenceIds: db.prepare<[number], number>('SELECT residence_id FROM user_residences WHERE user_id = ? ORDER BY residence_id').pluck(),
    clearResidences: db.prepare('DELETE FROM user_residences WHERE user_id = ?'),
    addResidence: db.prepare('INSERT INTO user_residences (user_id, residence_id) VALUES (?, ?)'),
    residenceExists: db.prepare<[number], number>('SELECT 1 FROM residences WHERE id = ?').pluck(),
    addFailure: db.prepare('INSERT INTO login_failures (user_id, at) VALUES (?, ?)'),
    failuresSince: db.prepare<[number, string], number>('SELECT count(*) FROM login_failures WHERE user_id = ? AND at >= ?').pluck(),
    clearFailures: db.prepare('DELETE FROM login_failures WHERE user_id = ?'),
  };
}
