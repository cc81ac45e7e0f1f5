-- user_version = 5

-- table absences
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

-- index absences_period
CREATE INDEX absences_period ON absences (from_date, to_date);

-- index absences_staff
CREATE INDEX absences_staff ON absences (staff_id, from_date);

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

-- table citizen_briefings
CREATE TABLE citizen_briefings (
        citizen_id INTEGER PRIMARY KEY REFERENCES citizens (id),
        text TEXT NOT NULL,
        updated_by INTEGER NOT NULL REFERENCES users (id),
        updated_at TEXT NOT NULL
      ) STRICT;

-- table citizen_excluded_staff
CREATE TABLE citizen_excluded_staff (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id),
        staff_id INTEGER NOT NULL REFERENCES staff (id),
        reason TEXT NOT NULL,
        created_by INTEGER NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL,
        UNIQUE (citizen_id, staff_id)
      ) STRICT;

-- index citizen_excluded_staff_staff
CREATE INDEX citizen_excluded_staff_staff ON citizen_excluded_staff (staff_id);

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

-- table competences
CREATE TABLE competences (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_sort TEXT NOT NULL UNIQUE,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

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

-- table effect_dimension_map
CREATE TABLE effect_dimension_map (
        theme_code TEXT PRIMARY KEY,
        dimension TEXT NOT NULL CHECK (dimension IN ('laering-selvforsoergelse', 'netvaerk-medborgerskab', 'personlig-udvikling'))
      ) STRICT;

-- table goal_actions
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

-- index goal_actions_goal
CREATE INDEX goal_actions_goal ON goal_actions (goal_id, id);

-- table goal_evaluations
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

-- index goal_evaluations_goal
CREATE INDEX goal_evaluations_goal ON goal_evaluations (goal_id, evaluation_date, id, function_level, gas);

-- table goals
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

-- index goals_active_follow_up
CREATE INDEX goals_active_follow_up ON goals (next_follow_up) WHERE status = 'aktiv';

-- index goals_citizen
CREATE INDEX goals_citizen ON goals (citizen_id, start_date, id);

-- index goals_closed
CREATE INDEX goals_closed ON goals (closed_date) WHERE closed_date IS NOT NULL;

-- index goals_parent
CREATE INDEX goals_parent ON goals (parent_id);

-- table incidents
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

-- index incidents_citizen
CREATE INDEX incidents_citizen ON incidents (citizen_id, occurred_date);

-- index incidents_kind_date
CREATE INDEX incidents_kind_date ON incidents (kind, occurred_date);

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

-- table note_version_goals
CREATE TABLE note_version_goals (
        note_version_id INTEGER NOT NULL REFERENCES note_versions (id),
        goal_id INTEGER NOT NULL REFERENCES goals (id),
        PRIMARY KEY (note_version_id, goal_id)
      ) STRICT;

-- index note_version_goals_goal
CREATE INDEX note_version_goals_goal ON note_version_goals (goal_id);

-- table note_version_themes
CREATE TABLE note_version_themes (
        note_version_id INTEGER NOT NULL REFERENCES note_versions (id),
        theme_code TEXT NOT NULL,
        PRIMARY KEY (note_version_id, theme_code)
      ) STRICT;

-- trigger note_versions_no_delete
CREATE TRIGGER note_versions_no_delete BEFORE DELETE ON note_versions
        BEGIN SELECT RAISE(ABORT, 'note versions are never deleted'); END;

-- trigger note_versions_no_update
CREATE TRIGGER note_versions_no_update BEFORE UPDATE ON note_versions
        BEGIN SELECT RAISE(ABORT, 'note versions are never edited'); END;

-- table note_versions
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

-- table notes
CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id),
        current_version INTEGER NOT NULL DEFAULT 1,
        note_date TEXT NOT NULL,
        for_status_report INTEGER NOT NULL DEFAULT 0 CHECK (for_status_report IN (0, 1)),
        created_by INTEGER NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL
      ) STRICT;

-- index notes_citizen_date
CREATE INDEX notes_citizen_date ON notes (citizen_id, note_date DESC, id DESC);

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

-- table plan_meetings
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

-- index plan_meetings_citizen
CREATE INDEX plan_meetings_citizen ON plan_meetings (citizen_id, kind, meeting_date);

-- table plans
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

-- trigger report_citizens_sent_no_delete
CREATE TRIGGER report_citizens_sent_no_delete BEFORE DELETE ON report_citizens
        WHEN (SELECT sent_at FROM reports WHERE id = OLD.report_id) IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a sent report is never deleted'); END;

-- table report_citizens
CREATE TABLE report_citizens (
        report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        citizen_id INTEGER NOT NULL REFERENCES citizens (id),
        PRIMARY KEY (report_id, citizen_id)
      ) STRICT;

-- index report_citizens_citizen
CREATE INDEX report_citizens_citizen ON report_citizens (citizen_id);

-- trigger reports_sent_no_delete
CREATE TRIGGER reports_sent_no_delete BEFORE DELETE ON reports WHEN OLD.sent_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a sent report is never deleted'); END;

-- trigger reports_sent_no_update
CREATE TRIGGER reports_sent_no_update BEFORE UPDATE ON reports WHEN OLD.sent_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a sent report is frozen'); END;

-- table reports
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

-- index reports_citizen
CREATE INDEX reports_citizen ON reports (citizen_id, generated_at DESC);

-- index reports_generated
CREATE INDEX reports_generated ON reports (generated_at DESC, id DESC);

-- index reports_municipality
CREATE INDEX reports_municipality ON reports (municipality_code, generated_at DESC);

-- table residence_briefing_phones
CREATE TABLE residence_briefing_phones (
        residence_id INTEGER NOT NULL REFERENCES residences (id),
        position INTEGER NOT NULL,
        label TEXT NOT NULL,
        phone TEXT NOT NULL,
        PRIMARY KEY (residence_id, position)
      ) STRICT;

-- table residence_briefings
CREATE TABLE residence_briefings (
        residence_id INTEGER PRIMARY KEY REFERENCES residences (id),
        routines TEXT,
        practical TEXT,
        emergency TEXT,
        version INTEGER NOT NULL DEFAULT 1,
        updated_by INTEGER NOT NULL REFERENCES users (id),
        updated_at TEXT NOT NULL
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

-- table roster_approvals
CREATE TABLE roster_approvals (
        id INTEGER PRIMARY KEY,
        residence_id INTEGER NOT NULL REFERENCES residences (id),
        from_date TEXT NOT NULL,
        to_date TEXT NOT NULL,
        approved_by INTEGER NOT NULL REFERENCES users (id),
        approved_at TEXT NOT NULL,
        CHECK (to_date >= from_date)
      ) STRICT;

-- index roster_approvals_residence
CREATE INDEX roster_approvals_residence ON roster_approvals (residence_id, from_date);

-- table roster_settings
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

-- table rotation_slots
CREATE TABLE rotation_slots (
        id INTEGER PRIMARY KEY,
        residence_id INTEGER NOT NULL REFERENCES rotations (residence_id),
        week INTEGER NOT NULL CHECK (week BETWEEN 1 AND 8),
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        shift_type_id INTEGER NOT NULL REFERENCES shift_types (id),
        staff_id INTEGER NOT NULL REFERENCES staff (id),
        UNIQUE (residence_id, week, weekday, shift_type_id, staff_id)
      ) STRICT;

-- table rotations
CREATE TABLE rotations (
        residence_id INTEGER PRIMARY KEY REFERENCES residences (id),
        weeks INTEGER NOT NULL CHECK (weeks BETWEEN 1 AND 8),
        start_date TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        updated_by INTEGER NOT NULL REFERENCES users (id),
        updated_at TEXT NOT NULL
      ) STRICT;

-- table shift_competences
CREATE TABLE shift_competences (
        shift_id INTEGER NOT NULL REFERENCES shifts (id),
        competence_id INTEGER NOT NULL REFERENCES competences (id),
        PRIMARY KEY (shift_id, competence_id)
      ) STRICT;

-- table shift_types
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

-- index shift_types_residence
CREATE INDEX shift_types_residence ON shift_types (residence_id, start_time);

-- table shifts
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

-- index shifts_open_date
CREATE INDEX shifts_open_date ON shifts (shift_date) WHERE staff_id IS NULL;

-- index shifts_residence_date
CREATE INDEX shifts_residence_date ON shifts (residence_id, shift_date);

-- index shifts_staff_start
CREATE INDEX shifts_staff_start ON shifts (staff_id, starts_at) WHERE staff_id IS NOT NULL;

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
      , weekly_minutes INTEGER NOT NULL DEFAULT 0, active_from TEXT, active_to TEXT, max_weekly_minutes INTEGER, hourly_rate_ore INTEGER) STRICT;

-- index staff_home_residence
CREATE INDEX staff_home_residence ON staff (home_residence_id, name_sort);

-- index staff_name_sort
CREATE INDEX staff_name_sort ON staff (name_sort);

-- table staff_availability
CREATE TABLE staff_availability (
        staff_id INTEGER NOT NULL REFERENCES staff (id),
        available_date TEXT NOT NULL,
        shift_kind TEXT NOT NULL CHECK (shift_kind IN ('hele', 'dag', 'aften', 'nat')),
        availability TEXT NOT NULL CHECK (availability IN ('kan', 'kan-ikke', 'oensker')),
        PRIMARY KEY (staff_id, available_date, shift_kind)
      ) STRICT;

-- index staff_availability_date
CREATE INDEX staff_availability_date ON staff_availability (available_date);

-- table staff_competences
CREATE TABLE staff_competences (
        staff_id INTEGER NOT NULL REFERENCES staff (id),
        competence_id INTEGER NOT NULL REFERENCES competences (id),
        PRIMARY KEY (staff_id, competence_id)
      ) STRICT;

-- table staff_preferred_residences
CREATE TABLE staff_preferred_residences (
        staff_id INTEGER NOT NULL REFERENCES staff (id),
        residence_id INTEGER NOT NULL REFERENCES residences (id),
        PRIMARY KEY (staff_id, residence_id)
      ) STRICT;

-- table staffing_need_competences
CREATE TABLE staffing_need_competences (
        staffing_need_id INTEGER NOT NULL REFERENCES staffing_needs (id),
        competence_id INTEGER NOT NULL REFERENCES competences (id),
        PRIMARY KEY (staffing_need_id, competence_id)
      ) STRICT;

-- table staffing_needs
CREATE TABLE staffing_needs (
        id INTEGER PRIMARY KEY,
        shift_type_id INTEGER NOT NULL REFERENCES shift_types (id),
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        staff_count INTEGER NOT NULL CHECK (staff_count >= 0),
        UNIQUE (shift_type_id, weekday)
      ) STRICT;

-- table status_report_drafts
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

-- table tilsynsbog
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

-- index tilsynsbog_created
CREATE INDEX tilsynsbog_created ON tilsynsbog (created_at);

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
