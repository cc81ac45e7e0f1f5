// Reads concrete shifts as the contract's Shift: one SELECT with the residence, the staff member,
// the required competences and whether an approved period covers the day. Every roster service
// reads shifts through this, so a shift looks the same in the grid, the pool and a suggestion.
import type { Shift } from '../../contract/areas/roster';
import type { OpenReason, ShiftKind, ShiftSource } from '../../contract/roster-terms';
import type { Db } from '../db/open-database';

export interface ShiftRecord {
  id: number;
  residence_id: number;
  residence_name: string;
  shift_type_id: number | null;
  name: string;
  kind: ShiftKind;
  shift_date: string;
  start_time: string;
  end_time: string;
  starts_at: string;
  ends_at: string;
  minutes: number;
  sleeping: number;
  staff_id: number | null;
  staff_name: string | null;
  employment: 'fast' | 'vikar' | null;
  open_reason: OpenReason | null;
  source: ShiftSource;
  competence_ids: string | null;
  locked: number;
  version: number;
}

/** Selects ShiftRecord columns from `shifts sh`; add WHERE and ORDER BY. */
export const SHIFT_SELECT = `
  SELECT sh.id, sh.residence_id, r.name AS residence_name, sh.shift_type_id, sh.name, sh.kind, sh.shift_date,
         sh.start_time, sh.end_time, sh.starts_at, sh.ends_at, sh.minutes, sh.sleeping,
         sh.staff_id, st.name AS staff_name, st.employment, sh.open_reason, sh.source,
         (SELECT group_concat(sc.competence_id) FROM shift_competences sc WHERE sc.shift_id = sh.id) AS competence_ids,
         EXISTS (SELECT 1 FROM roster_approvals a WHERE a.residence_id = sh.residence_id AND sh.shift_date BETWEEN a.from_date AND a.to_date) AS locked,
         sh.version
  FROM shifts sh
  JOIN residences r ON r.id = sh.residence_id
  LEFT JOIN staff st ON st.id = sh.staff_id`;

export function toShift(row: ShiftRecord): Shift {
  return {
    id: row.id,
    residenceId: row.residence_id,
    residenceName: row.residence_name,
    shiftTypeId: row.shift_type_id,
    shiftTypeName: row.name,
    kind: row.kind,
    date: row.shift_date,
    start: row.start_time,
    end: row.end_time,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    minutes: row.minutes,
    sleeping: row.sleeping === 1,
    staffId: row.staff_id,
    staffName: row.staff_name,
    employment: row.employment,
    openReason: row.open_reason,
    source: row.source,
    requiredCompetenceIds: row.competence_ids ? row.competence_ids.split(',').map(Number).sort((a, b) => a - b) : [],
    locked: row.locked === 1,
    version: row.version,
  };
}

export function createShiftReader(db: Db) {
  const byId = db.prepare<[number], ShiftRecord>(`${SHIFT_SELECT} WHERE sh.id = ?`);
  return {
    get(id: number): Shift | undefined {
      const row = byId.get(id);
      return row ? toShift(row) : undefined;
    },
  };
}

export type ShiftReader = ReturnType<typeof createShiftReader>;
