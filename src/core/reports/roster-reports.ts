// Reports for the roster side: the printed weekly plan per residence, substitute hours per month,
// and the vikarmappe (with its content, edited per residence).
import dayjs from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek.js';
import utc from 'dayjs/plugin/utc.js';
import type { ParsedInputOf } from '../../contract';
import type { Briefing } from '../../contract/areas/reports';
import { SHIFT_KIND_LABELS } from '../../contract/roster-terms';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import { canSeeResidence, type Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { invalidField, notFound } from '../common/domain-error';
import type { Db } from '../db/open-database';
import { createGridService } from '../roster/grid-service';
import { createHoursService } from '../roster/hours-service';
import { createBriefingStore } from './briefing-store';
import { createLetterheadReader } from './letterhead';
import type { SubstituteHoursModel } from './models/substitute-hours-model';
import type { VikarmappeModel } from './models/vikarmappe-model';
import type { WeeklyRosterModel } from './models/weekly-roster-model';
import type { PreparedReport, ReportFrame, ReportRecordInput } from './report-job';
import { danishMonth, isoWeekOf, reportFileName } from './roster-report-names';
import { createRosterReportQueries } from './roster-report-queries';
import { substituteHoursModel } from './roster-report-hours';
import { weeklyRosterModel } from './roster-report-weekly';

dayjs.extend(utc);
dayjs.extend(isoWeek);

const NO_RECORD_LINKS = { citizenId: null, municipalityCode: null, regionCode: null, fullCpr: false } as const;

export function createRosterReports(db: Db, clock: Clock, audit: AuditLog, citizenAccess: CitizenAccess) {
  const q = createRosterReportQueries(db);
  const letterheads = createLetterheadReader(db);
  // The grid and hours services are the roster's own rules; the reports reuse them, never re-query.
  const grid = createGridService(db, clock, audit);
  const hours = createHoursService(db, clock, audit);
  const briefings = createBriefingStore(db, clock, audit, citizenAccess);

  /** The frame every page carries, and the letterhead's warnings (no logo). */
  const frameFor = (actor: Actor, title: string, subtitle: string): { frame: ReportFrame; warnings: string[] } => {
    const { letterhead, warnings } = letterheads.read();
    const generatedBy = q.userName.get(actor.userId) ?? actor.username;
    return { frame: { letterhead, title, subtitle, generatedAt: clock.now().toISOString(), generatedBy }, warnings };
  };

  const residenceFacts = (residenceId: number) => {
    const residence = q.residence.get(residenceId);
    if (!residence) throw notFound('Botilbuddet');
    return residence;
  };

  return {
    prepareWeeklyRoster(actor: Actor, input: ParsedInputOf<'reports.generateWeeklyRoster'>): PreparedReport<WeeklyRosterModel> {
      if (dayjs.utc(input.weekStart).isoWeekday() !== 1) throw invalidField('weekStart', 'Uge: datoen skal være en mandag');
      const residence = residenceFacts(input.residenceId);
      const week = grid.grid(actor, { residenceId: residence.id, from: input.weekStart, weeks: 1 });
      const number = isoWeekOf(input.weekStart);
      const model = weeklyRosterModel(residence.name, number, week, q.shiftTypes.all(residence.id));
      const { frame, warnings } = frameFor(actor, 'Ugeplan', `${residence.name} · Uge ${number.week} ${number.year}`);
      if (week.shifts.length === 0) warnings.push(`Uge ${number.week} har ingen vagter i ${residence.name}.`);
      const record: ReportRecordInput = {
        ...NO_RECORD_LINKS,
        kind: 'weekly_roster',
        title: 'Ugeplan',
        subject: `${residence.name}, uge ${number.week} ${number.year}`,
        fileName: reportFileName(['ugeplan', residence.name, 'uge', number.week, number.year]),
        periodFrom: week.from,
        periodTo: week.to,
        residenceId: residence.id,
        citizenIds: [],
        warnings,
      };
      return { job: { kind: 'weekly_roster', frame, model }, record };
    },

    prepareSubstituteHours(actor: Actor, input: ParsedInputOf<'reports.generateSubstituteHours'>): PreparedReport<SubstituteHoursModel> {
      const from = `${input.month}-01`;
      const to = dayjs.utc(from).endOf('month').format('YYYY-MM-DD');
      const rows = hours.hours(actor, { month: input.month, residenceId: null, employment: 'vikar' });
      const worked = q.substituteResidences.all({ from, to }).filter((row) => canSeeResidence(actor, row.residence_id));
      const model = substituteHoursModel(input.month, danishMonth(input.month), rows, worked);
      const { frame, warnings } = frameFor(actor, 'Vikartimer', model.monthLabel);
      if (model.rows.length === 0) warnings.push(`Ingen vikarer havde vagter i ${model.monthLabel.toLowerCase()}.`);
      if (model.withoutRate > 0) warnings.push(`${model.withoutRate} ${model.withoutRate === 1 ? 'vikar har' : 'vikarer har'} ingen timeløn; lønnen er ikke med i totalen.`);
      const record: ReportRecordInput = {
        ...NO_RECORD_LINKS,
        kind: 'substitute_hours',
        title: 'Vikartimer',
        subject: model.monthLabel,
        fileName: reportFileName(['vikartimer', input.month]),
        periodFrom: from,
        periodTo: to,
        residenceId: null,
        citizenIds: [],
        warnings,
      };
      return { job: { kind: 'substitute_hours', frame, model }, record };
    },

    prepareVikarmappe(actor: Actor, input: ParsedInputOf<'reports.generateVikarmappe'>): PreparedReport<VikarmappeModel> {
      const residence = briefings.residenceFor(actor, input.residenceId);
      const facts = residenceFacts(residence.id);
      const content = briefings.load(residence.id, residence.name);
      briefings.auditListed(actor, 'reports.generateVikarmappe', content);
      const model: VikarmappeModel = {
        residence: {
          name: facts.name,
          address: [facts.street, [facts.postal_code, facts.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || null,
          phone: facts.phone,
          email: facts.email,
          departmentHead: facts.department_head,
          legalBasis: `${facts.legal_paragraph} (${facts.legal_title.toLowerCase()})`,
          targetGroup: facts.target_group,
        },
        routines: content.routines,
        practical: content.practical,
        emergency: content.emergency,
        phoneNumbers: content.phoneNumbers,
        staff: q.homeStaff.all(residence.id),
        shiftTypes: q.shiftTypes.all(residence.id).map((t) => ({
          name: t.name,
          kind: t.night_mode === 'sovende' ? `${SHIFT_KIND_LABELS[t.kind]} (sovende)` : SHIFT_KIND_LABELS[t.kind],
          times: `${t.start_time}–${t.end_time}`,
        })),
        residents: content.residents.map((r) => ({ firstName: r.firstName, room: r.room, text: r.text })),
        updatedAt: content.updatedAt,
        updatedBy: content.updatedBy,
      };
      const { frame, warnings } = frameFor(actor, 'Vikarmappe', residence.name);
      const missing = [
        content.routines ? null : 'rutiner',
        content.practical ? null : 'praktisk',
        content.emergency ? null : 'akutte situationer',
        content.phoneNumbers.length > 0 ? null : 'telefonliste',
      ].filter((part): part is string => part !== null);
      if (missing.length > 0) warnings.push(`Vikarmappen mangler: ${missing.join(', ')}. Skriv dem under Botilbud → botilbuddet → Vikarmappe.`);
      const record: ReportRecordInput = {
        ...NO_RECORD_LINKS,
        kind: 'vikarmappe',
        title: 'Vikarmappe',
        subject: residence.name,
        fileName: reportFileName(['vikarmappe', residence.name]),
        periodFrom: null,
        periodTo: null,
        residenceId: residence.id,
        citizenIds: content.residents.map((r) => r.citizenId),
        warnings,
      };
      return { job: { kind: 'vikarmappe', frame, model }, record };
    },

    briefing(actor: Actor, residenceId: number): Briefing {
      return briefings.read(actor, residenceId);
    },

    saveBriefing(actor: Actor, input: ParsedInputOf<'reports.saveBriefing'>): Briefing {
      return briefings.save(actor, input);
    },
  };
}
