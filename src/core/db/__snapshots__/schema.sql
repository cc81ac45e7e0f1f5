-- user_version = 1

-- table audit_log
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

-- index audit_log_action_at
CREATE INDEX audit_log_action_at ON audit_log (action, at);

-- index audit_log_at
CREATE INDEX audit_log_at ON audit_log (at);

-- index audit_log_citizen_at
CREATE INDEX audit_log_citizen_at ON audit_log (citizen_id, at);

-- index audit_log_user_at
CREATE INDEX audit_log_user_at ON audit_log (user_id, at);

-- table legal_bases
CREATE TABLE legal_bases (
        code TEXT PRIMARY KEY,
        paragraph TEXT NOT NULL,
        title TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        sort_order INTEGER NOT NULL DEFAULT 0
      ) STRICT;

-- table login_failures
CREATE TABLE login_failures (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        at TEXT NOT NULL
      ) STRICT;

-- index login_failures_user_at
CREATE INDEX login_failures_user_at ON login_failures (user_id, at);

-- table provider_settings
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

-- table residences
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

-- index residences_name_unique
CREATE UNIQUE INDEX residences_name_unique ON residences (name_sort);

-- table user_residences
CREATE TABLE user_residences (
        user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        residence_id INTEGER NOT NULL REFERENCES residences (id),
        PRIMARY KEY (user_id, residence_id)
      ) STRICT;

-- table users
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
