// Writes and reads the audit log. Every service that touches a citizen's data calls `record`
// inside its own transaction, so the entry and the work commit or fail together.
import type { AuditAction, AuditEntry } from '../../contract/areas/audit';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { Db } from '../db/open-database';

export interface AuditRecord {
  action: AuditAction;
  method: string;
  citizenId?: number | null;
  /** What was read or searched for: a search text, a residence name, a report title. */
  subject?: string | null;
  detail?: string | null;
}

export interface AuditQuery {
  from?: string | null;
  to?: string | null;
  userId?: number | null;
  citizenId?: number | null;
  action?: AuditAction | null;
  text?: string | null;
  page: number;
  pageSize: number;
}

interface AuditRow {
  id: number;
  at: string;
  user_id: number | null;
  username: string | null;
  action: AuditAction;
  method: string;
  citizen_id: number | null;
  subject: string | null;
  detail: string | null;
}

const toEntry = (row: AuditRow): AuditEntry => ({
  id: row.id,
  at: row.at,
  userId: row.user_id,
  username: row.username,
  action: row.action,
  method: row.method,
  citizenId: row.citizen_id,
  subject: row.subject,
  detail: row.detail,
});

export function createAuditLog(db: Db, clock: Clock) {
  const insert = db.prepare(
    `INSERT INTO audit_log (at, user_id, username, action, method, citizen_id, subject, detail)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // One statement for every filter combination: a NULL parameter switches its condition off.
  const where = `
    WHERE (:from IS NULL OR at >= :from)
      AND (:to IS NULL OR at < :to)
      AND (:userId IS NULL OR user_id = :userId)
      AND (:citizenId IS NULL OR citizen_id = :citizenId)
      AND (:action IS NULL OR action = :action)
      AND (:text IS NULL OR instr(lower(coalesce(subject, '') || ' ' || coalesce(detail, '') || ' ' || method || ' ' || coalesce(username, '')), lower(:text)) > 0)`;
  const count = db.prepare(`SELECT count(*) AS n FROM audit_log ${where}`).pluck();
  const page = db.prepare(`SELECT * FROM audit_log ${where} ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset`);
  const forCitizen = db.prepare(`SELECT * FROM audit_log WHERE citizen_id = ? ORDER BY at, id`);
  const maxId = db.prepare('SELECT coalesce(max(id), 0) FROM audit_log').pluck();
  const citizenEntryAfter = db.prepare('SELECT 1 FROM audit_log WHERE id > ? AND citizen_id IS NOT NULL LIMIT 1').pluck();

  return {
    /** Records one entry as `actor` (null for an anonymous event such as a failed login). */
    record(actor: Pick<Actor, 'userId' | 'username'> | null, entry: AuditRecord): void {
      insert.run(
        clock.now().toISOString(),
        actor?.userId ?? null,
        actor?.username ?? null,
        entry.action,
        entry.method,
        entry.citizenId ?? null,
        entry.subject ?? null,
        entry.detail ?? null,
      );
    },

    /** The highest entry id now; dispatch compares it after a citizen-data method to prove an entry was written. */
    lastId(): number {
      return maxId.get() as number;
    },

    /** Whether an entry naming a citizen was written after entry `afterId`. */
    citizenEntrySince(afterId: number): boolean {
      return citizenEntryAfter.get(afterId) !== undefined;
    },

    list(query: AuditQuery): { rows: AuditEntry[]; total: number; page: number; pageSize: number } {
      const params = {
        from: query.from ?? null,
        // `to` is inclusive for the person choosing dates: everything before the next day.
        to: query.to ? nextDay(query.to) : null,
        userId: query.userId ?? null,
        citizenId: query.citizenId ?? null,
        action: query.action ?? null,
        text: query.text ?? null,
      };
      const total = count.get(params) as number;
      const rows = (page.all({ ...params, limit: query.pageSize, offset: (query.page - 1) * query.pageSize }) as AuditRow[]).map(toEntry);
      return { rows, total, page: query.page, pageSize: query.pageSize };
    },

    forCitizen(citizenId: number): AuditEntry[] {
      return (forCitizen.all(citizenId) as AuditRow[]).map(toEntry);
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;

function nextDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
