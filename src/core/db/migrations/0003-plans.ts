// Schema 3: the pædagogisk plan (handleplan purpose, goals and sub-goals with actions and
// evaluations, follow-up meetings), documentation (notes as immutable versions, incidents) and
// the provider's mapping of FFB themes to effect dimensions, seeded with a default.
import type { Migration } from '../migration';

/** The default effect-dimension mapping, by FFB theme code (FFB 20240530). Frozen with this migration. */
const DEFAULT_EFFECT_MAPPING: readonly [string, string][] = [
  ['dfbe6ff6-223b-436a-b864-8ba29bda41e2', 'laering-selvforsoergelse'], // Samfundsliv
  ['eef71492-65f5-4297-aa95-3c3a6866ddef', 'laering-selvforsoergelse'], // Praktiske opgaver
  ['3856b434-f72e-42a5-b9d1-0cc93f48434b', 'netvaerk-medborgerskab'], // Relationer
  ['c2b186f9-9c10-478e-8345-2d2c37ab4c46', 'netvaerk-medborgerskab'], // Kommunikation
  ['e1836145-0c20-4e20-971e-d62dfe4ea1a0', 'netvaerk-medborgerskab'], // Sociale forhold
  ['7445fb2b-0009-43d9-b49b-1b9782f2fcd9', 'netvaerk-medborgerskab'], // Omgivelser
  ['25c5c614-305f-46cd-9891-55d564fc30cf', 'personlig-udvikling'], // Mentale funktioner
  ['4fb78b88-d3af-4cfb-84d7-f06daf423317', 'personlig-udvikling'], // Sundhedsforhold
  ['a134c31d-d316-46d4-935e-e500874dbbe1', 'personlig-udvikling'], // Fysiske funktioner
  ['d1495b2c-1452-4e49-8dbe-8193af5d8823', 'personlig-udvikling'], // Mobilitet
  ['da3f488f-1742-4d00-b247-a7d47500b36b', 'personlig-udvikling'], // Egenomsorg
];

export const migration0003: Migration = {
  version: 3,
  name: 'plans',
  up(db) {
    db.exec(`
      CREATE TABLE plans (
        citizen_id INTEGER PRIMARY KEY REFERENCES citizens (id),
        handleplan_purpose TEXT,
        handleplan_date TEXT,
        handleplan_received_from TEXT,
        version INTEGER NOT NULL DEFAULT 1,
        updated_by INTEGER NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE goals (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id),
        parent_id INTEGER REFERENCES goals (id),
        ffb_code TEXT NOT NULL,
        theme_code TEXT NOT NULL,
        quality_theme TEXT,
        professional_text TEXT NOT NULL,
        citizen_words TEXT NOT NULL,
        goal_type TEXT NOT NULL CHECK (goal_type IN ('fastholde', 'udvikle', 'begraense-tab')),
        start_date TEXT NOT NULL,
        next_follow_up TEXT,
        responsible_staff_id INTEGER REFERENCES staff (id),
        status TEXT NOT NULL DEFAULT 'aktiv' CHECK (status IN ('aktiv', 'opnaaet', 'delvist-opnaaet', 'ikke-opnaaet', 'afsluttet')),
        closed_date TEXT,
        closing_note TEXT,
        follow_up_decision TEXT CHECK (follow_up_decision IN ('fortsaet', 'afslut', 'afslut-visiter')),
        version INTEGER NOT NULL DEFAULT 1,
        created_by INTEGER NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((status = 'aktiv') = (closed_date IS NULL))
      ) STRICT;
      CREATE INDEX goals_citizen ON goals (citizen_id, start_date, id);
      CREATE INDEX goals_parent ON goals (parent_id);
      CREATE INDEX goals_active_follow_up ON goals (next_follow_up) WHERE status = 'aktiv';
      CREATE INDEX goals_closed ON goals (closed_date) WHERE closed_date IS NOT NULL;

      CREATE TABLE goal_actions (
        id INTEGER PRIMARY KEY,
        goal_id INTEGER NOT NULL REFERENCES goals (id),
        title TEXT NOT NULL,
        method TEXT,
        status TEXT NOT NULL CHECK (status IN ('planlagt', 'igang', 'afsluttet')),
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX goal_actions_goal ON goal_actions (goal_id, id);

      CREATE TABLE goal_evaluations (
        id INTEGER PRIMARY KEY,
        goal_id INTEGER NOT NULL REFERENCES goals (id),
        evaluation_date TEXT NOT NULL,
        function_level INTEGER CHECK (function_level BETWEEN 0 AND 4),
        gas INTEGER CHECK (gas BETWEEN -2 AND 2),
        support_need INTEGER CHECK (support_need BETWEEN 0 AND 4),
        note TEXT,
        closing INTEGER NOT NULL DEFAULT 0 CHECK (closing IN (0, 1)),
        evaluated_by INTEGER NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL,
        CHECK (closing = 1 OR function_level IS NOT NULL OR gas IS NOT NULL)
      ) STRICT;
      -- Covering the scores, so progression (first and latest per goal) reads the index alone.
      CREATE INDEX goal_evaluations_goal ON goal_evaluations (goal_id, evaluation_date, id, function_level, gas);

      CREATE TABLE plan_meetings (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id),
        meeting_date TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('foerste-opfoelgning', 'statusmoede', 'opfoelgning')),
        decision TEXT CHECK (decision IN ('fortsaet', 'afslut', 'afslut-visiter')),
        note TEXT,
        recorded_by INTEGER NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX plan_meetings_citizen ON plan_meetings (citizen_id, kind, meeting_date);

      -- A note's current state (date and mark, for listing and paging); its text lives in versions.
      CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id),
        current_version INTEGER NOT NULL DEFAULT 1,
        note_date TEXT NOT NULL,
        for_status_report INTEGER NOT NULL DEFAULT 0 CHECK (for_status_report IN (0, 1)),
        created_by INTEGER NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX notes_citizen_date ON notes (citizen_id, note_date DESC, id DESC);

      CREATE TABLE note_versions (
        id INTEGER PRIMARY KEY,
        note_id INTEGER NOT NULL REFERENCES notes (id),
        version INTEGER NOT NULL,
        note_date TEXT NOT NULL,
        body TEXT NOT NULL,
        for_status_report INTEGER NOT NULL CHECK (for_status_report IN (0, 1)),
        reason TEXT,
        edited_by INTEGER NOT NULL REFERENCES users (id),
        edited_at TEXT NOT NULL,
        UNIQUE (note_id, version)
      ) STRICT;
      -- Never silently edited: a version, once written, can be neither changed nor removed.
      CREATE TRIGGER note_versions_no_update BEFORE UPDATE ON note_versions
        BEGIN SELECT RAISE(ABORT, 'note versions are never edited'); END;
      CREATE TRIGGER note_versions_no_delete BEFORE DELETE ON note_versions
        BEGIN SELECT RAISE(ABORT, 'note versions are never deleted'); END;

      CREATE TABLE note_version_goals (
        note_version_id INTEGER NOT NULL REFERENCES note_versions (id),
        goal_id INTEGER NOT NULL REFERENCES goals (id),
        PRIMARY KEY (note_version_id, goal_id)
      ) STRICT;
      CREATE INDEX note_version_goals_goal ON note_version_goals (goal_id);

      CREATE TABLE note_version_themes (
        note_version_id INTEGER NOT NULL REFERENCES note_versions (id),
        theme_code TEXT NOT NULL,
        PRIMARY KEY (note_version_id, theme_code)
      ) STRICT;

      CREATE TABLE incidents (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id),
        kind TEXT NOT NULL CHECK (kind IN ('magtanvendelse', 'utilsigtet-haendelse', 'indlaeggelse')),
        incident_type TEXT,
        occurred_date TEXT NOT NULL,
        occurred_time TEXT,
        description TEXT NOT NULL,
        reported INTEGER NOT NULL DEFAULT 0 CHECK (reported IN (0, 1)),
        reported_date TEXT,
        recorded_by INTEGER NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX incidents_citizen ON incidents (citizen_id, occurred_date);
      CREATE INDEX incidents_kind_date ON incidents (kind, occurred_date);

      CREATE TABLE effect_dimension_map (
        theme_code TEXT PRIMARY KEY,
        dimension TEXT NOT NULL CHECK (dimension IN ('laering-selvforsoergelse', 'netvaerk-medborgerskab', 'personlig-udvikling'))
      ) STRICT;
    `);
    const insert = db.prepare('INSERT INTO effect_dimension_map (theme_code, dimension) VALUES (?, ?)');
    for (const [code, dimension] of DEFAULT_EFFECT_MAPPING) insert.run(code, dimension);
  },
};
