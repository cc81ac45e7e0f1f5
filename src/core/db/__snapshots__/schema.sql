-- user_version = 2

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

-- table citizen_stays
CREATE TABLE citizen_stays (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id),
        residence_id INTEGER NOT NULL REFERENCES residences (id),
        room TEXT,
        move_in TEXT NOT NULL,
        move_out TEXT,
        CHECK (move_out IS NULL OR move_out >= move_in)
      ) STRICT;

-- index citizen_stays_citizen
CREATE INDEX citizen_stays_citizen ON citizen_stays (citizen_id, move_in);

-- index citizen_stays_residence
CREATE INDEX citizen_stays_residence ON citizen_stays (residence_id, move_in);

-- table citizens
CREATE TABLE citizens (
        id INTEGER PRIMARY KEY,
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL,
        name_sort TEXT NOT NULL,
        search_text TEXT NOT NULL,
        cpr TEXT NOT NULL UNIQUE CHECK (length(cpr) = 10),
        birth_date TEXT NOT NULL,
        communication_needs TEXT,
        guardian_name TEXT,
        guardian_phone TEXT,
        guardian_email TEXT,
        contact_staff_id INTEGER REFERENCES staff (id),
        second_contact_staff_id INTEGER REFERENCES staff (id),
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

-- index citizens_birth_date
CREATE INDEX citizens_birth_date ON citizens (birth_date);

-- index citizens_name_sort
CREATE INDEX citizens_name_sort ON citizens (name_sort, id);

-- table consent_subjects
CREATE TABLE consent_subjects (
        consent_id INTEGER NOT NULL REFERENCES consents (id),
        subject TEXT NOT NULL,
        PRIMARY KEY (consent_id, subject)
      ) STRICT;

-- table consents
CREATE TABLE consents (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id),
        recipient_type TEXT NOT NULL CHECK (recipient_type IN ('paaroerende', 'kommune', 'laege', 'andet')),
        relative_id INTEGER REFERENCES relatives (id),
        recipient_name TEXT NOT NULL,
        given_date TEXT NOT NULL,
        given_by TEXT NOT NULL CHECK (given_by IN ('borger', 'vaerge')),
        expires_date TEXT,
        revoked_date TEXT,
        revoked_reason TEXT,
        note TEXT,
        recorded_by INTEGER NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL
      ) STRICT;

-- index consents_citizen
CREATE INDEX consents_citizen ON consents (citizen_id, given_date);

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

-- table municipalities
CREATE TABLE municipalities (
        code TEXT PRIMARY KEY CHECK (length(code) = 4),
        name TEXT NOT NULL,
        name_sort TEXT NOT NULL,
        official_name TEXT NOT NULL,
        region_code TEXT NOT NULL,
        region_name TEXT NOT NULL
      ) STRICT;

-- table placements
CREATE TABLE placements (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id),
        acting_municipality_code TEXT NOT NULL REFERENCES municipalities (code),
        paying_municipality_code TEXT NOT NULL REFERENCES municipalities (code),
        case_worker_name TEXT,
        case_worker_phone TEXT,
        case_worker_email TEXT,
        legal_basis_code TEXT NOT NULL REFERENCES legal_bases (code),
        daily_rate_ore INTEGER NOT NULL CHECK (daily_rate_ore >= 0),
        start_date TEXT NOT NULL,
        end_date TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (end_date IS NULL OR end_date >= start_date)
      ) STRICT;

-- index placements_acting
CREATE INDEX placements_acting ON placements (acting_municipality_code, start_date);

-- index placements_citizen
CREATE INDEX placements_citizen ON placements (citizen_id, start_date);

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

-- table relative_contacts
CREATE TABLE relative_contacts (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id),
        relative_id INTEGER REFERENCES relatives (id),
        date TEXT NOT NULL,
        form TEXT NOT NULL,
        summary TEXT NOT NULL,
        staff_name TEXT NOT NULL,
        created_by INTEGER NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL
      ) STRICT;

-- index relative_contacts_citizen
CREATE INDEX relative_contacts_citizen ON relative_contacts (citizen_id, date);

-- table relatives
CREATE TABLE relatives (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id),
        name TEXT NOT NULL,
        name_sort TEXT NOT NULL,
        relation TEXT NOT NULL,
        phone TEXT,
        secondary_phone TEXT,
        email TEXT,
        address TEXT,
        is_closest INTEGER NOT NULL DEFAULT 0 CHECK (is_closest IN (0, 1)),
        preferred_contact TEXT,
        note TEXT,
        removed_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

-- index relatives_citizen
CREATE INDEX relatives_citizen ON relatives (citizen_id, name_sort);

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

-- table staff
CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_sort TEXT NOT NULL,
        employee_number TEXT UNIQUE,
        title TEXT NOT NULL,
        home_residence_id INTEGER REFERENCES residences (id),
        employment TEXT NOT NULL CHECK (employment IN ('fast', 'vikar')),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

-- index staff_home_residence
CREATE INDEX staff_home_residence ON staff (home_residence_id, name_sort);

-- index staff_name_sort
CREATE INDEX staff_name_sort ON staff (name_sort);

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

-- table waiting_list
CREATE TABLE waiting_list (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id),
        residence_id INTEGER NOT NULL REFERENCES residences (id),
        requested_date TEXT NOT NULL,
        desired_move_in TEXT,
        status TEXT NOT NULL CHECK (status IN ('venter', 'tilbudt', 'accepteret', 'afvist', 'trukket', 'indflyttet')),
        status_date TEXT NOT NULL,
        note TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

-- index waiting_list_citizen
CREATE INDEX waiting_list_citizen ON waiting_list (citizen_id);

-- index waiting_list_residence
CREATE INDEX waiting_list_residence ON waiting_list (residence_id, status, requested_date);
