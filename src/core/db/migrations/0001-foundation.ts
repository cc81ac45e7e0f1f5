// Schema 1: provider settings, legal bases, residences, users and sessions, and the audit log.
import type { Migration } from '../migration';

export const migration0001: Migration = {
  version: 1,
  name: 'foundation',
  up(db) {
    db.exec(`
      CREATE TABLE provider_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        cvr TEXT,
        street TEXT,
        postal_code TEXT,
        city TEXT,
        phone TEXT,
        email TEXT,
        logo BLOB,
        logo_mime_type TEXT,
        updated_at TEXT
      ) STRICT;

      CREATE TABLE legal_bases (
        code TEXT PRIMARY KEY,
        paragraph TEXT NOT NULL,
        title TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        sort_order INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      INSERT INTO legal_bases (code, paragraph, title, sort_order) VALUES
        ('sel-107', 'Serviceloven § 107', 'Midlertidigt botilbud', 1),
        ('sel-108', 'Serviceloven § 108', 'Længerevarende botilbud', 2),
        ('sel-85', 'Serviceloven § 85', 'Socialpædagogisk støtte (fx i almen bolig efter almenboligloven § 105)', 3);

      CREATE TABLE residences (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_sort TEXT NOT NULL,
        street TEXT,
        postal_code TEXT,
        city TEXT,
        legal_basis_code TEXT NOT NULL REFERENCES legal_bases (code),
        target_group TEXT,
        places INTEGER NOT NULL CHECK (places > 0),
        department_head TEXT,
        phone TEXT,
        email TEXT,
        archived_at TEXT,
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX residences_name_unique ON residences (name_sort);

      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        display_name_sort TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('administrator', 'afdelingsleder', 'vagtplanlaegger', 'medarbejder')),
        password_hash TEXT NOT NULL,
        language TEXT NOT NULL DEFAULT 'da' CHECK (language IN ('da', 'en')),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        locked_at TEXT,
        last_login_at TEXT,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE user_residences (
        user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        residence_id INTEGER NOT NULL REFERENCES residences (id),
        PRIMARY KEY (user_id, residence_id)
      ) STRICT;

      CREATE TABLE login_failures (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX login_failures_user_at ON login_failures (user_id, at);

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user_id INTEGER REFERENCES users (id),
        username TEXT,
        action TEXT NOT NULL,
        method TEXT NOT NULL,
        citizen_id INTEGER,
        subject TEXT,
        detail TEXT,
        search_text TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_at ON audit_log (at);
      CREATE INDEX audit_log_action_at ON audit_log (action, at);
      CREATE INDEX audit_log_citizen_at ON audit_log (citizen_id, at);
      CREATE INDEX audit_log_user_at ON audit_log (user_id, at);
    `);
  },
};
