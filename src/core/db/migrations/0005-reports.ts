// Schema 5: reports. The statusrapport's free text per citizen, the vikarmappe's content per
// residence, and every generated PDF: a draft until marked sent, then frozen (triggers refuse to
// change or delete a sent report's row), with the citizens it names for lists and the audit.
import type { Migration } from '../migration';

export const migration0005: Migration = {
  version: 5,
  name: 'reports',
  up(db) {
    db.exec(`
      CREATE TABLE status_report_drafts (
        citizen_id INTEGER PRIMARY KEY REFERENCES citizens (id),
        period_from TEXT NOT NULL,
        period_to TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('aarlig', 'revision', 'aendret_behov', 'andet')),
        reason_text TEXT,
        assessment TEXT,
        recommendation TEXT CHECK (recommendation IN ('fortsaet', 'juster', 'afslut', 'henvis')),
        recommendation_text TEXT,
        next_follow_up TEXT,
        citizen_remarks TEXT,
        guardian_remarks TEXT,
        signer_name TEXT,
        signer_title TEXT,
        version INTEGER NOT NULL DEFAULT 1,
        updated_by INTEGER NOT NULL REFERENCES users (id),
        updated_at TEXT NOT NULL,
        CHECK (period_to >= period_from)
      ) STRICT;

      CREATE TABLE residence_briefings (
        residence_id INTEGER PRIMARY KEY REFERENCES residences (id),
        routines TEXT,
        practical TEXT,
        emergency TEXT,
        version INTEGER NOT NULL DEFAULT 1,
        updated_by INTEGER NOT NULL REFERENCES users (id),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE residence_briefing_phones (
        residence_id INTEGER NOT NULL REFERENCES residences (id),
        position INTEGER NOT NULL,
        label TEXT NOT NULL,
        phone TEXT NOT NULL,
        PRIMARY KEY (residence_id, position)
      ) STRICT;

      CREATE TABLE citizen_briefings (
        citizen_id INTEGER PRIMARY KEY REFERENCES citizens (id),
        text TEXT NOT NULL,
        updated_by INTEGER NOT NULL REFERENCES users (id),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('status', 'municipality', 'region', 'occupancy', 'weekly_roster', 'substitute_hours', 'vikarmappe')),
        title TEXT NOT NULL,
        subject TEXT NOT NULL,
        period_from TEXT,
        period_to TEXT,
        citizen_id INTEGER REFERENCES citizens (id),
        municipality_code TEXT REFERENCES municipalities (code),
        region_code TEXT,
        residence_id INTEGER REFERENCES residences (id),
        file_name TEXT NOT NULL,
        pdf BLOB NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        page_count INTEGER NOT NULL CHECK (page_count > 0),
        byte_size INTEGER NOT NULL CHECK (byte_size > 0),
        full_cpr INTEGER NOT NULL CHECK (full_cpr IN (0, 1)),
        warnings TEXT NOT NULL DEFAULT '[]',
        generated_by INTEGER NOT NULL REFERENCES users (id),
        generated_at TEXT NOT NULL,
        sent_at TEXT,
        sent_by INTEGER REFERENCES users (id),
        recipient TEXT,
        CHECK ((sent_at IS NULL) = (sent_by IS NULL) AND (sent_at IS NULL) = (recipient IS NULL))
      ) STRICT;
      CREATE INDEX reports_generated ON reports (generated_at DESC, id DESC);
      CREATE INDEX reports_citizen ON reports (citizen_id, generated_at DESC);
      CREATE INDEX reports_municipality ON reports (municipality_code, generated_at DESC);

      -- Frozen: once sent, a report's row (and so its PDF and hash) can be neither changed nor removed.
      CREATE TRIGGER reports_sent_no_update BEFORE UPDATE ON reports WHEN OLD.sent_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a sent report is frozen'); END;
      CREATE TRIGGER reports_sent_no_delete BEFORE DELETE ON reports WHEN OLD.sent_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a sent report is never deleted'); END;

      -- The citizens a report names: the sent reports per citizen, and one audit entry per citizen on each read.
      CREATE TABLE report_citizens (
        report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id),
        PRIMARY KEY (report_id, citizen_id)
      ) STRICT;
      CREATE INDEX report_citizens_citizen ON report_citizens (citizen_id);
      CREATE TRIGGER report_citizens_sent_no_delete BEFORE DELETE ON report_citizens
        WHEN (SELECT sent_at FROM reports WHERE id = OLD.report_id) IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a sent report is never deleted'); END;
    `);
  },
};
