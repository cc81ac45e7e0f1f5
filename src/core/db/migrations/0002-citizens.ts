// Schema 2: municipalities (reference data), staff (the minimum for contact persons), citizens
// with stays, placements, relatives and their contact log, consents, and the waiting list.
import type { Migration } from '../migration';

export const migration0002: Migration = {
  version: 2,
  name: 'citizens',
  up(db) {
    db.exec(`
      CREATE TABLE municipalities (
        code TEXT PRIMARY KEY CHECK (length(code) = 4),
        name TEXT NOT NULL,
        name_sort TEXT NOT NULL,
        official_name TEXT NOT NULL,
        region_code TEXT NOT NULL,
        region_name TEXT NOT NULL
      ) STRICT;

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
      CREATE INDEX staff_name_sort ON staff (name_sort);
      CREATE INDEX staff_home_residence ON staff (home_residence_id, name_sort);

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
      CREATE INDEX citizens_name_sort ON citizens (name_sort, id);
      CREATE INDEX citizens_birth_date ON citizens (birth_date);

      CREATE TABLE citizen_stays (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id),
        residence_id INTEGER NOT NULL REFERENCES residences (id),
        room TEXT,
        move_in TEXT NOT NULL,
        move_out TEXT,
        CHECK (move_out IS NULL OR move_out >= move_in)
      ) STRICT;
      CREATE INDEX citizen_stays_citizen ON citizen_stays (citizen_id, move_in);
      CREATE INDEX citizen_stays_residence ON citizen_stays (residence_id, move_in);

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
      CREATE INDEX placements_citizen ON placements (citizen_id, start_date);
      CREATE INDEX placements_acting ON placements (acting_municipality_code, start_date);

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
      CREATE INDEX relatives_citizen ON relatives (citizen_id, name_sort);

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
      CREATE INDEX relative_contacts_citizen ON relative_contacts (citizen_id, date);

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
      CREATE INDEX consents_citizen ON consents (citizen_id, given_date);

      CREATE TABLE consent_subjects (
        consent_id INTEGER NOT NULL REFERENCES consents (id),
        subject TEXT NOT NULL,
        PRIMARY KEY (consent_id, subject)
      ) STRICT;

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
      CREATE INDEX waiting_list_residence ON waiting_list (residence_id, status, requested_date);
      CREATE INDEX waiting_list_citizen ON waiting_list (citizen_id);
    `);
  },
};
