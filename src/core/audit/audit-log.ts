// Writes and reads the audit log. Every service that touches a citizen's data calls `record`
// inside its own transaction, so the entry and the work commit or fail together.
import type { AuditAction, AuditEntry } from '../../contract/areas/audit';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { danishDayEnd, danishDayStart } from '../common/danish-time';
import { filteredQuery } from '../db/filtered-query';
import type { Db } from '../db/open-database';
import { foldForSearch } from '../text/search-text';

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
    `INSERT INTO audit_log (at, user_id, username, action, method, citizen_id, subject, detail, search_text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const listing = filteredQuery<{ from: string | null; to: string | null; userId: number | null; citizenId: number | null; action: string | null; text: string | null }>(db, {
    select: 'SELECT * FROM audit_log',
    countSelect: 'SELECT count(*) FROM audit_log',
    filters: {
      from: 'at >= :from',
      to: 'at < :to',
      userId: 'user_id = :userId',
      citizenId: 'citizen_id = :citizenId',
      action: 'action = :action',
      text: 'instr(search_text, :text) > 0',
    },
    orderBy: 'at DESC, id DESC',
  });
  const forCitizen = db.prepare(`SELECT * FROM audit_log WHERE citizen_id = ? ORDER BY at, id`);
  const maxId = db.prepare('SELECT coalesce(max(id), 0) FROM audit_log').pluck();
  // A citizen-data call must name the citizen it read or changed, or record the search it ran.
  const citizenEntryAfter = db.prepare("SELECT 1 FROM audit_log WHERE id > ? AND (citizen_id IS NOT NULL OR action = 'search') LIMIT 1").pluck();

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
        foldForSearch([actor?.username, entry.method, entry.subject, entry.detail].filter(Boolean).join(' ')),
      );
    },

    /** The highest entry id now; dispatch compares it after a citizen-data method to prove an entry was written. */
    lastId(): number {
      return maxId.get() as number;
    },

    /** Whether an entry naming a citizen (or recording a search of citizens) was written after entry `afterId`. */
    citizenEntrySince(afterId: number): boolean {
      return citizenEntryAfter.get(afterId) !== undefined;
    },

    list(query: AuditQuery): { rows: AuditEntry[]; total: number; page: number; pageSize: number } {
      const params = {
        // Danish days, and `to` inclusive for the person choosing dates: everything before the next day.
        from: query.from ? danishDayStart(query.from) : null,
        to: query.to ? danishDayEnd(query.to) : null,
        userId: query.userId ?? null,
        citizenId: query.citizenId ?? null,
        action: query.action ?? null,
        text: query.text ? foldForSearch(query.text) : null,
      };
      const total = listing.count(params);
      const rows = listing.page<AuditRow>(params, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }).map(toEntry);
      return { rows, total, page: query.page, pageSize: query.pageSize };
    },

    forCitizen(citizenId: number): AuditEntry[] {
      return (forCitizen.all(citizenId) as AuditRow[]).map(toEntry);
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
