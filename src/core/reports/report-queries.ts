// SQL for stored reports: who may see which report (kind permission, named citizens, residence),
// the list with its filters, one report with or without its PDF, and the draft a new render replaces.
import type { ReportKind, ReportSummary } from '../../contract/areas/reports';
import type { Actor } from '../common/actor';
import { citizensVisibleThroughSql, SCOPED_RESIDENCES_SQL } from '../citizens/citizen-access';
import type { Db } from '../db/open-database';

export interface ReportRow {
  id: number;
  kind: ReportKind;
  title: string;
  subject: string;
  period_from: string | null;
  period_to: string | null;
  citizen_id: number | null;
  municipality_code: string | null;
  region_code: string | null;
  residence_id: number | null;
  file_name: string;
  page_count: number;
  byte_size: number;
  sha256: string;
  full_cpr: number;
  warnings: string;
  generated_at: string;
  generated_by_name: string;
  sent_at: string | null;
  sent_by_name: string | null;
  recipient: string | null;
}

/** The parameters of the visibility rule: which kinds the actor's role may see, and their residences. */
export interface VisibilityParams {
  generate: number;
  rosterRead: number;
  rosterWrite: number;
  scoped: number;
  scopeUserId: number;
  today: string;
}

export function visibilityParams(actor: Actor, today: string): VisibilityParams {
  return {
    generate: actor.permissions.has('reports.generate') ? 1 : 0,
    rosterRead: actor.permissions.has('roster.read') ? 1 : 0,
    rosterWrite: actor.permissions.has('roster.write') ? 1 : 0,
    scoped: actor.residenceIds === null ? 0 : 1,
    scopeUserId: actor.userId,
    today,
  };
}

const SUMMARY_COLUMNS = `
  r.id, r.kind, r.title, r.subject, r.period_from, r.period_to, r.citizen_id, r.municipality_code, r.region_code,
  r.residence_id, r.file_name, r.page_count, r.byte_size, r.sha256, r.full_cpr, r.warnings, r.generated_at,
  g.display_name AS generated_by_name, r.sent_at, s.display_name AS sent_by_name, r.recipient`;

const FROM = 'FROM reports r JOIN users g ON g.id = r.generated_by LEFT JOIN users s ON s.id = r.sent_by';

/**
 * A report is visible when the role may see its kind and, for a user scoped to residences, its
 * residence (if any) is one of theirs and every citizen it names is visible to them. A report tied
 * to neither a residence nor a citizen (occupancy of all residences, substitute hours) shows what its
 * maker could see, so a scoped user sees only their own.
 */
const VISIBLE = `
  ((r.kind IN ('status', 'municipality', 'region', 'occupancy', 'vikarmappe') AND :generate = 1)
    OR (r.kind = 'weekly_roster' AND :rosterRead = 1)
    OR (r.kind = 'substitute_hours' AND :rosterWrite = 1))
  AND (:scoped = 0 OR (
    (r.residence_id IS NULL OR r.residence_id IN ${SCOPED_RESIDENCES_SQL})
    AND (r.residence_id IS NOT NULL OR r.generated_by = :scopeUserId OR EXISTS (SELECT 1 FROM report_citizens n WHERE n.report_id = r.id))
    AND NOT EXISTS (
      SELECT 1 FROM report_citizens rc WHERE rc.report_id = r.id
        AND rc.citizen_id NOT IN (${citizensVisibleThroughSql(SCOPED_RESIDENCES_SQL)}))))`;

export interface ListFilter {
  citizenId: number | null;
  municipalityCode: string | null;
  residenceId: number | null;
  kind: ReportKind | null;
  sentOnly: number;
}

export function createReportQueries(db: Db) {
  const list = db.prepare<VisibilityParams & ListFilter, ReportRow>(`
    SELECT ${SUMMARY_COLUMNS} ${FROM}
    WHERE ${VISIBLE}
      AND (:citizenId IS NULL OR r.citizen_id = :citizenId
        OR EXISTS (SELECT 1 FROM report_citizens f WHERE f.report_id = r.id AND f.citizen_id = :citizenId))
      AND (:municipalityCode IS NULL OR r.municipality_code = :municipalityCode)
      AND (:residenceId IS NULL OR r.residence_id = :residenceId)
      AND (:kind IS NULL OR r.kind = :kind)
      AND (:sentOnly = 0 OR r.sent_at IS NOT NULL)
    ORDER BY r.generated_at DESC, r.id DESC`);
  const exists = db.prepare<[number], number>('SELECT 1 FROM reports WHERE id = ?').pluck();
  const visibleOne = db.prepare<VisibilityParams & { id: number }, ReportRow>(`SELECT ${SUMMARY_COLUMNS} ${FROM} WHERE r.id = :id AND ${VISIBLE}`);
  const byId = db.prepare<[number], ReportRow>(`SELECT ${SUMMARY_COLUMNS} ${FROM} WHERE r.id = ?`);
  const pdf = db.prepare<[number], Buffer>('SELECT pdf FROM reports WHERE id = ?').pluck();
  const citizens = db.prepare<[number], number>('SELECT citizen_id FROM report_citizens WHERE report_id = ? ORDER BY citizen_id').pluck();
  const citizenName = db.prepare<[number], string>("SELECT first_name || ' ' || last_name FROM citizens WHERE id = ?").pluck();
  const displayName = db.prepare<[number], string>('SELECT display_name FROM users WHERE id = ?').pluck();

  // The drafts a new render of the same report replaces: the same user's unsent renders of the same kind and subject.
  const replacedDrafts = db.prepare<
    { kind: string; userId: number; citizenId: number | null; municipalityCode: string | null; regionCode: string | null; residenceId: number | null; periodFrom: string | null; periodTo: string | null },
    number
  >(`
    SELECT id FROM reports
    WHERE kind = :kind AND generated_by = :userId AND sent_at IS NULL
      AND citizen_id IS NOT DISTINCT FROM :citizenId AND municipality_code IS NOT DISTINCT FROM :municipalityCode
      AND region_code IS NOT DISTINCT FROM :regionCode AND residence_id IS NOT DISTINCT FROM :residenceId
      AND period_from IS NOT DISTINCT FROM :periodFrom AND period_to IS NOT DISTINCT FROM :periodTo`).pluck();
  const deleteCitizens = db.prepare('DELETE FROM report_citizens WHERE report_id = ?');
  const deleteReport = db.prepare('DELETE FROM reports WHERE id = ? AND sent_at IS NULL');

  const insert = db.prepare(`
    INSERT INTO reports (kind, title, subject, period_from, period_to, citizen_id, municipality_code, region_code, residence_id,
      file_name, pdf, sha256, page_count, byte_size, full_cpr, warnings, generated_by, generated_at)
    VALUES (:kind, :title, :subject, :periodFrom, :periodTo, :citizenId, :municipalityCode, :regionCode, :residenceId,
      :fileName, :pdf, :sha256, :pageCount, :byteSize, :fullCpr, :warnings, :generatedBy, :generatedAt)`);
  const insertCitizen = db.prepare('INSERT INTO report_citizens (report_id, citizen_id) VALUES (?, ?)');
  const markSent = db.prepare('UPDATE reports SET sent_at = ?, sent_by = ?, recipient = ? WHERE id = ? AND sent_at IS NULL');

  return { list, exists, visibleOne, byId, pdf, citizens, citizenName, displayName, replacedDrafts, deleteCitizens, deleteReport, insert, insertCitizen, markSent };
}

export function toSummary(row: ReportRow): ReportSummary {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    subject: row.subject,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    citizenId: row.citizen_id,
    municipalityCode: row.municipality_code,
    regionCode: row.region_code,
    residenceId: row.residence_id,
    fileName: row.file_name,
    pageCount: row.page_count,
    byteSize: row.byte_size,
    sha256: row.sha256,
    fullCpr: row.full_cpr === 1,
    generatedAt: row.generated_at,
    generatedBy: row.generated_by_name,
    sentAt: row.sent_at,
    sentBy: row.sent_by_name,
    recipient: row.recipient,
    warnings: JSON.parse(row.warnings) as string[],
  };
}
