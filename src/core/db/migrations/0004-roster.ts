// Schema 4: the roster. Staff gain competences, normtid, an active period and (substitutes)
// preferred residences, a weekly maximum, an hourly rate and availability; residences gain shift
// types, staffing needs and a basisplan; concrete shifts (open when no one has them), absence,
// the tilsynsbog of overridden rules, approved periods, the limits and supplements as settings,
// and the staff a citizen must not have.
import type { Migration } from '../migration';

export const migration0004: Migration = {
  version: 4,
  name: 'roster',
  up(db) {
    db.exec(`
      ALTER TABLE staff ADD COLUMN weekly_minutes INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE staff ADD COLUMN active_from TEXT;
      ALTER TABLE staff ADD COLUMN active_to TEXT;
      ALTER TABLE staff ADD COLUMN max_weekly_minutes INTEGER;
      ALTER TABLE staff ADD COLUMN hourly_rate_ore INTEGER;

      CREATE TABLE competences (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_sort TEXT NOT NULL UNIQUE,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE staff_competences (
        staff_id INTEGER NOT NULL REFERENCES staff (id),
        competence_id INTEGER NOT NULL REFERENCES competences (id),
        PRIMARY KEY (staff_id, competence_id)
      ) STRICT;

      CREATE TABLE staff_preferred_residences (
        staff_id INTEGER NOT NULL REFERENCES staff (id),
        residence_id INTEGER NOT NULL REFERENCES residences (id),
        PRIMARY KEY (staff_id, residence_id)
      ) STRICT;

      -- shift_kind 'hele' is the whole day (the contract's null).
      CREATE TABLE staff_availability (
        staff_id INTEGER NOT NULL REFERENCES staff (id),
        available_date TEXT NOT NULL,
        shift_kind TEXT NOT NULL CHECK (shift_kind IN ('hele', 'dag', 'aften', 'nat')),
        availability TEXT NOT NULL CHECK (availability IN ('kan', 'kan-ikke', 'oensker')),
        PRIMARY KEY (staff_id, available_date, shift_kind)
      ) STRICT;
      CREATE INDEX staff_availability_date ON staff_availability (available_date);

      CREATE TABLE shift_types (
        id INTEGER PRIMARY KEY,
        residence_id INTEGER NOT NULL REFERENCES residences (id),
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('dag', 'aften', 'nat')),
        start_time TEXT NOT NULL,
        end_time TEXT NOT NULL,
        night_mode TEXT CHECK (night_mode IN ('vaagen', 'sovende')),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX shift_types_residence ON shift_types (residence_id, start_time);

      CREATE TABLE staffing_needs (
        id INTEGER PRIMARY KEY,
        shift_type_id INTEGER NOT NULL REFERENCES shift_types (id),
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        staff_count INTEGER NOT NULL CHECK (staff_count >= 0),
        UNIQUE (shift_type_id, weekday)
      ) STRICT;

      CREATE TABLE staffing_need_competences (
        staffing_need_id INTEGER NOT NULL REFERENCES staffing_needs (id),
        competence_id INTEGER NOT NULL REFERENCES competences (id),
        PRIMARY KEY (staffing_need_id, competence_id)
      ) STRICT;

      CREATE TABLE rotations (
        residence_id INTEGER PRIMARY KEY REFERENCES residences (id),
        weeks INTEGER NOT NULL CHECK (weeks BETWEEN 1 AND 8),
        start_date TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        updated_by INTEGER NOT NULL REFERENCES users (id),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE rotation_slots (
        id INTEGER PRIMARY KEY,
        residence_id INTEGER NOT NULL REFERENCES rotations (residence_id),
        week INTEGER NOT NULL CHECK (week BETWEEN 1 AND 8),
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        shift_type_id INTEGER NOT NULL REFERENCES shift_types (id),
        staff_id INTEGER NOT NULL REFERENCES staff (id),
        UNIQUE (residence_id, week, weekday, shift_type_id, staff_id)
      ) STRICT;

      -- A concrete shift: local date and times as planned, UTC instants for every calculation.
      CREATE TABLE shifts (
        id INTEGER PRIMARY KEY,
        residence_id INTEGER NOT NULL REFERENCES residences (id),
        shift_type_id INTEGER REFERENCES shift_types (id),
        kind TEXT NOT NULL CHECK (kind IN ('dag', 'aften', 'nat')),
        name TEXT NOT NULL,
        shift_date TEXT NOT NULL,
        start_time TEXT NOT NULL,
        end_time TEXT NOT NULL,
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL,
        minutes INTEGER NOT NULL CHECK (minutes > 0),
        sleeping INTEGER NOT NULL DEFAULT 0 CHECK (sleeping IN (0, 1)),
        staff_id INTEGER REFERENCES staff (id),
        open_reason TEXT CHECK (open_reason IN ('fravaer', 'behov', 'afmeldt')),
        source TEXT NOT NULL CHECK (source IN ('basisplan', 'behov', 'manuel')),
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (ends_at > starts_at)
      ) STRICT;
      CREATE INDEX shifts_residence_date ON shifts (residence_id, shift_date);
      CREATE INDEX shifts_staff_start ON shifts (staff_id, starts_at) WHERE staff_id IS NOT NULL;
      CREATE INDEX shifts_open_date ON shifts (shift_date) WHERE staff_id IS NULL;

      CREATE TABLE shift_competences (
        shift_id INTEGER NOT NULL REFERENCES shifts (id),
        competence_id INTEGER NOT NULL REFERENCES competences (id),
        PRIMARY KEY (shift_id, competence_id)
      ) STRICT;

      CREATE TABLE absences (
        id INTEGER PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff (id),
        kind TEXT NOT NULL CHECK (kind IN ('sygdom', 'ferie', 'afspadsering', 'kursus', 'barns-sygdom', 'andet')),
        from_date TEXT NOT NULL,
        to_date TEXT NOT NULL,
        note TEXT,
        recorded_by INTEGER NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL,
        CHECK (to_date >= from_date)
      ) STRICT;
      CREATE INDEX absences_staff ON absences (staff_id, from_date);
      CREATE INDEX absences_period ON absences (from_date, to_date);

      -- Agreed deviations from the working-time rules (Arbejdsmiljøloven): what, why, who, when.
      CREATE TABLE tilsynsbog (
        id INTEGER PRIMARY KEY,
        shift_id INTEGER NOT NULL REFERENCES shifts (id),
        staff_id INTEGER NOT NULL REFERENCES staff (id),
        rules TEXT NOT NULL,
        message TEXT NOT NULL,
        reason TEXT NOT NULL,
        created_by INTEGER NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX tilsynsbog_created ON tilsynsbog (created_at);

      CREATE TABLE roster_approvals (
        id INTEGER PRIMARY KEY,
        residence_id INTEGER NOT NULL REFERENCES residences (id),
        from_date TEXT NOT NULL,
        to_date TEXT NOT NULL,
        approved_by INTEGER NOT NULL REFERENCES users (id),
        approved_at TEXT NOT NULL,
        CHECK (to_date >= from_date)
      ) STRICT;
      CREATE INDEX roster_approvals_residence ON roster_approvals (residence_id, from_date);

      CREATE TABLE roster_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        daily_rest_minutes INTEGER NOT NULL,
        weekly_rest_minutes INTEGER NOT NULL,
        average_week_minutes INTEGER NOT NULL,
        reference_weeks INTEGER NOT NULL,
        evening_permille INTEGER NOT NULL,
        night_permille INTEGER NOT NULL,
        weekend_permille INTEGER NOT NULL,
        holiday_permille INTEGER NOT NULL,
        evening_from TEXT NOT NULL,
        night_from TEXT NOT NULL,
        night_to TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      INSERT INTO roster_settings VALUES (1, 660, 2100, 2880, 17, 250, 350, 300, 500, '17:00', '23:00', '06:00', 1);

      CREATE TABLE citizen_excluded_staff (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id),
        staff_id INTEGER NOT NULL REFERENCES staff (id),
        reason TEXT NOT NULL,
        created_by INTEGER NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL,
        UNIQUE (citizen_id, staff_id)
      ) STRICT;
      CREATE INDEX citizen_excluded_staff_staff ON citizen_excluded_staff (staff_id);
    `);
  },
};
