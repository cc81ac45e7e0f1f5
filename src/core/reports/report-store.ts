// Keeps generated reports: renders a prepared report and stores it as a draft, lists them, hands
// back the stored file (never a re-render), and freezes a report when it is marked as sent.
import { createHash } from 'node:crypto';
import type { ParsedInputOf } from '../../contract';
import { SENDABLE_REPORT_KINDS, type ReportFile, type ReportKind, type ReportSummary } from '../../contract/areas/reports';
import type { AuditLog } from '../audit/audit-log';
import { formatDanishDate } from '../citizens/calendar-days';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { danishDate } from '../common/danish-time';
import { DomainError, notFound } from '../common/domain-error';
import type { Db } from '../db/open-database';
import type { PdfRenderer } from './pdf/pdf-renderer';
import type { PreparedReport } from './report-job';
import { createReportQueries, toSummary, visibilityParams, type ReportRow } from './report-queries';

/** The method that generates each kind: audit entries of the stored render carry its name. */
export const GENERATE_METHOD: Record<ReportKind, string> = {
  status: 'reports.generateStatus',
  municipality: 'reports.generateMunicipality',
  region: 'reports.generateMunicipality',
  occupancy: 'reports.generateOccupancy',
  weekly_roster: 'reports.generateWeeklyRoster',
  substitute_hours: 'reports.generateSubstituteHours',
  vikarmappe: 'reports.generateVikarmappe',
};

const sha256Of = (pdf: Uint8Array): string => createHash('sha256').update(pdf).digest('hex');

export function createReportStore(db: Db, clock: Clock, audit: AuditLog, citizenAccess: CitizenAccess, renderer: PdfRenderer) {
  const q = createReportQueries(db);

  /** One report the actor may see: NOT_FOUND when it does not exist, FORBIDDEN when it is not theirs to see. */
  function visibleRow(actor: Actor, id: number): ReportRow {
    const row = q.visibleOne.get({ ...visibilityParams(actor, citizenAccess.today()), id });
    if (row) return row;
    if (!q.exists.get(id)) throw notFound('Rapporten');
    throw new DomainError('FORBIDDEN', 'Du har ikke adgang til denne rapport.');
  }

  /** One entry per citizen the report names, or one without a citizen for a report naming none. */
  function auditPerCitizen(actor: Actor, reportId: number, entry: { action: 'create' | 'read' | 'update'; method: string; subject: string; detail?: string }) {
    const citizenIds = q.citizens.all(reportId);
    if (citizenIds.length === 0) audit.record(actor, entry);
    for (const citizenId of citizenIds) audit.record(actor, { ...entry, citizenId });
  }

  const store = db.transaction((actor: Actor, prepared: PreparedReport, pdf: Uint8Array, pageCount: number, sha256: string): number => {
    const { record } = prepared;
    const replaced = q.replacedDrafts.all({
      kind: record.kind,
      userId: actor.userId,
      citizenId: record.citizenId,
      municipalityCode: record.municipalityCode,
      regionCode: record.regionCode,
      residenceId: record.residenceId,
      periodFrom: record.periodFrom,
      periodTo: record.periodTo,
    });
    const id = Number(
      q.insert.run({
        kind: record.kind,
        title: record.title,
        subject: record.subject,
        periodFrom: record.periodFrom,
        periodTo: record.periodTo,
        citizenId: record.citizenId,
        municipalityCode: record.municipalityCode,
        regionCode: record.regionCode,
        residenceId: record.residenceId,
        fileName: record.fileName,
        pdf: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength),
        sha256,
        pageCount,
        byteSize: pdf.byteLength,
        fullCpr: record.fullCpr ? 1 : 0,
        warnings: JSON.stringify(record.warnings),
        generatedBy: actor.userId,
        generatedAt: clock.now().toISOString(),
      }).lastInsertRowid,
    );
    for (const citizenId of new Set(record.citizenIds)) q.insertCitizen.run(id, citizenId);
    // Removed after the insert, so the new draft never takes over a replaced draft's id (a preview still open on it).
    for (const old of replaced) {
      q.deleteCitizens.run(old);
      q.deleteReport.run(old);
    }
    auditPerCitizen(actor, id, {
      action: 'create',
      method: GENERATE_METHOD[record.kind],
      subject: `${record.title}: ${record.subject}`,
      detail: `${record.fileName}, ${pageCount} sider, SHA-256 ${sha256.slice(0, 12)}…${record.fullCpr ? ', fuldt CPR' : ''}`,
    });
    return id;
  });

  return {
    /** Renders off the main thread, then stores the draft (replacing this user's older draft of the same report) in one transaction. */
    async renderAndStore(actor: Actor, prepared: PreparedReport): Promise<ReportSummary> {
      const { pdf, pageCount } = await renderer.render(prepared.job);
      const id = store(actor, prepared, pdf, pageCount, sha256Of(pdf));
      return toSummary(q.byId.get(id)!);
    },

    list(actor: Actor, input: ParsedInputOf<'reports.list'>): ReportSummary[] {
      if (input.citizenId !== null) citizenAccess.assertCanSee(actor, input.citizenId);
      const rows = q.list.all({
        ...visibilityParams(actor, citizenAccess.today()),
        citizenId: input.citizenId,
        municipalityCode: input.municipalityCode,
        residenceId: input.residenceId,
        kind: input.kind,
        sentOnly: input.sentOnly ? 1 : 0,
      });
      const filters = [
        input.citizenId !== null ? `borger ${input.citizenId}` : null,
        input.municipalityCode !== null ? `kommune ${input.municipalityCode}` : null,
        input.residenceId !== null ? `botilbud ${input.residenceId}` : null,
        input.kind !== null ? `art ${input.kind}` : null,
        input.sentOnly ? 'kun sendte' : null,
      ].filter(Boolean);
      audit.record(actor, {
        action: 'search',
        method: 'reports.list',
        citizenId: input.citizenId,
        subject: 'Rapporter',
        detail: `${filters.length ? filters.join(', ') : 'alle'}; ${rows.length} fundet`,
      });
      return rows.map(toSummary);
    },

    /** The stored bytes exactly as rendered (a sent report is the frozen file). */
    file(actor: Actor, id: number): ReportFile {
      const row = visibleRow(actor, id);
      const pdf = q.pdf.get(id)!;
      auditPerCitizen(actor, id, { action: 'read', method: 'reports.file', subject: `${row.title}: ${row.subject}`, detail: row.file_name });
      return { ...toSummary(row), base64: Buffer.from(pdf).toString('base64') };
    },

    markSent(actor: Actor, input: ParsedInputOf<'reports.markSent'>): ReportSummary {
      const row = visibleRow(actor, input.id);
      if (!(SENDABLE_REPORT_KINDS as readonly ReportKind[]).includes(row.kind)) {
        throw new DomainError('CONFLICT', 'Denne rapporttype sendes ikke til en kommune eller region og kan ikke markeres som sendt.');
      }
      if (row.sent_at !== null) {
        throw new DomainError('CONFLICT', `Rapporten blev sendt ${formatDanishDate(danishDate(row.sent_at))} af ${row.sent_by_name ?? 'en ukendt bruger'} til ${row.recipient}.`);
      }
      q.markSent.run(clock.now().toISOString(), actor.userId, input.recipient, input.id);
      auditPerCitizen(actor, input.id, {
        action: 'update',
        method: 'reports.markSent',
        subject: `${row.title}: ${row.subject}`,
        detail: `Sendt til ${input.recipient}, SHA-256 ${row.sha256.slice(0, 12)}…`,
      });
      return toSummary(q.byId.get(input.id)!);
    },
  };
}
