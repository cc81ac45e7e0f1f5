// The statusrapport per citizen: its free-text draft (written in the app before generating) and
// the report's data gathered for the period (stamdata, purpose, goals, themes, incidents, notes).
import type { ParsedInputOf } from '../../contract';
import type { StatusDraft } from '../../contract/areas/reports';
import { formatCpr, maskCpr } from '../../contract/cpr';
import type { AuditLog } from '../audit/audit-log';
import { formatDanishDate } from '../citizens/calendar-days';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import type { Db } from '../db/open-database';
import { createGoalQueries } from '../plans/goal-queries';
import { createGoalReader } from '../plans/goal-reader';
import { createPlanQueries } from '../plans/plan-queries';
import { createLetterheadReader } from './letterhead';
import type { StatusModel } from './models/status-model';
import type { PreparedReport } from './report-job';
import { createStatusDrafts } from './status-drafts';
import { buildStatusModel } from './status-gather';
import { createStatusQueries } from './status-queries';

export const STATUS_TITLE = 'Statusrapport';

/** "Åse Ørum-Hansen" → "aase-oerum-hansen": a file name every system accepts. */
export function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function createStatusReports(db: Db, clock: Clock, audit: AuditLog, citizenAccess: CitizenAccess) {
  const drafts = createStatusDrafts(db, clock, audit, citizenAccess);
  const q = createStatusQueries(db);
  const plans = createPlanQueries(db);
  const goals = createGoalReader(createGoalQueries(db));
  const letterheads = createLetterheadReader(db);

  return {
    draft(actor: Actor, citizenId: number): StatusDraft {
      return drafts.read(actor, citizenId);
    },

    saveDraft(actor: Actor, input: ParsedInputOf<'reports.saveStatusDraft'>): StatusDraft {
      return drafts.save(actor, input);
    },

    /** Gathers the report for the saved draft's period (or the default draft's) inside the transaction. */
    prepare(actor: Actor, input: ParsedInputOf<'reports.generateStatus'>): PreparedReport<StatusModel> {
      const { citizenId } = input;
      citizenAccess.assertCanSee(actor, citizenId);
      if (input.fullCpr && !actor.permissions.has('citizens.cpr')) throw new DomainError('FORBIDDEN', 'Du må ikke se fulde CPR-numre.');
      const draft = drafts.current(actor, citizenId);
      const { letterhead, warnings } = letterheads.read();
      const period = { citizenId, from: draft.periodFrom, to: draft.periodTo };
      const citizen = q.citizen.get(citizenId)!;
      const placement = q.placement.get(period);
      const plan = plans.plan.get(citizenId);
      const notes = q.notes.all(period);
      const incidents = q.incidents.all(period);
      const model = buildStatusModel({
        citizen,
        cpr: input.fullCpr ? formatCpr(citizen.cpr) : maskCpr(citizen.cpr),
        stay: q.stay.get(period),
        placement,
        purpose: { text: plan?.handleplan_purpose ?? null, date: plan?.handleplan_date ?? null, receivedFrom: plan?.handleplan_received_from ?? null },
        goals: goals.forCitizen(citizenId),
        notes,
        noteCodes: q.noteCodes.all(period),
        incidents,
        draft,
      });

      const name = model.stamdata.name;
      const periodText = `${formatDanishDate(draft.periodFrom)} – ${formatDanishDate(draft.periodTo)}`;
      const evaluations = model.goals.reduce((sum, goal) => sum + goal.evaluations.length, 0);
      if (model.goals.length === 0 && notes.length === 0 && incidents.length === 0) {
        warnings.push('Perioden har ingen mål, notater eller hændelser: rapporten siger det, men tjek perioden.');
      } else if (evaluations === 0) {
        warnings.push('Ingen af målene er evalueret i perioden.');
      }
      if (!placement) warnings.push('Borgeren har ingen bevilling i perioden: handlekommune og sagsbehandler mangler i rapporten.');
      if (draft.version === 0) warnings.push('Statusrapportens udkast er ikke gemt: perioden er de seneste 12 måneder, og vurdering og anbefaling er tomme.');
      else if (!draft.assessment || !draft.recommendation) warnings.push('Samlet vurdering eller anbefaling er ikke udfyldt.');

      audit.record(actor, {
        action: 'read',
        method: 'reports.generateStatus',
        citizenId,
        subject: STATUS_TITLE,
        detail: `Periode ${periodText}${input.fullCpr ? ', fuldt CPR' : ''}`,
      });
      return {
        job: {
          kind: 'status',
          frame: {
            letterhead,
            title: STATUS_TITLE,
            subtitle: `${name} · ${periodText}`,
            generatedAt: clock.now().toISOString(),
            generatedBy: q.displayName.get(actor.userId) ?? actor.username,
          },
          model,
        },
        record: {
          kind: 'status',
          title: STATUS_TITLE,
          subject: name,
          fileName: `statusrapport-${asciiSlug(name)}-${draft.periodFrom}-${draft.periodTo}.pdf`,
          periodFrom: draft.periodFrom,
          periodTo: draft.periodTo,
          citizenId,
          municipalityCode: placement?.acting_code ?? null,
          regionCode: null,
          residenceId: null,
          citizenIds: [citizenId],
          fullCpr: input.fullCpr,
          warnings,
        },
      };
    },
  };
}
