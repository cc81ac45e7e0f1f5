// The pædagogisk plan of one citizen: read whole (handleplan purpose, goals with actions,
// evaluations and progression, meetings, deadlines), the handleplan purpose edited, meetings added.
import dayjs from 'dayjs';
import type { ParsedInputOf } from '../../contract';
import type { Handleplan, Plan, PlanMeeting } from '../../contract/areas/plans';
import { MEETING_KIND_LABELS } from '../../contract/plan-terms';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { DomainError, invalidField } from '../common/domain-error';
import type { Db } from '../db/open-database';
import { createGoalQueries } from './goal-queries';
import { createGoalReader } from './goal-reader';
import type { PlanDeadlines } from './plan-deadlines';
import { createPlanQueries, type MeetingRecord, type PlanRecord } from './plan-queries';

const shownDate = (iso: string) => dayjs(iso).format('DD-MM-YYYY');

const NO_PLAN: Handleplan = { purpose: null, date: null, receivedFrom: null, version: 0, updatedAt: null };

const toHandleplan = (row: PlanRecord | undefined): Handleplan =>
  row
    ? { purpose: row.handleplan_purpose, date: row.handleplan_date, receivedFrom: row.handleplan_received_from, version: row.version, updatedAt: row.updated_at }
    : NO_PLAN;

const toMeeting = (row: MeetingRecord): PlanMeeting => ({
  id: row.id,
  citizenId: row.citizen_id,
  date: row.meeting_date,
  kind: row.kind,
  decision: row.decision,
  note: row.note,
  recordedBy: row.recorded_by_name,
});

export function createPlansService(db: Db, clock: Clock, audit: AuditLog, access: CitizenAccess, deadlines: PlanDeadlines) {
  const q = createPlanQueries(db);
  const goals = createGoalReader(createGoalQueries(db));

  return {
    get(actor: Actor, input: ParsedInputOf<'plans.get'>): Plan {
      access.assertCanSee(actor, input.citizenId);
      const plan: Plan = {
        citizenId: input.citizenId,
        handleplan: toHandleplan(q.plan.get(input.citizenId)),
        goals: goals.forCitizen(input.citizenId),
        meetings: q.meetings.all(input.citizenId).map(toMeeting),
        deadlines: deadlines.forCitizen(input.citizenId),
      };
      const active = plan.goals.filter((goal) => goal.status === 'aktiv').length;
      audit.record(actor, { action: 'read', method: 'plans.get', citizenId: input.citizenId, detail: `${active} aktive af ${plan.goals.length} mål` });
      return plan;
    },

    updateHandleplan(actor: Actor, input: ParsedInputOf<'plans.updateHandleplan'>): Handleplan {
      access.assertCanSee(actor, input.citizenId);
      if (input.date !== null && input.date > access.today()) throw invalidField('date', 'Handleplanens dato kan ikke ligge i fremtiden');
      const current = q.plan.get(input.citizenId);
      const params = { citizenId: input.citizenId, purpose: input.purpose, date: input.date, receivedFrom: input.receivedFrom, actorId: actor.userId, now: clock.now().toISOString() };
      const stale = current ? q.updatePlan.run({ ...params, version: input.version }).changes === 0 : input.version !== 0;
      if (stale) throw new DomainError('CONFLICT', 'Planen er ændret af en anden, siden du åbnede den. Genindlæs og prøv igen.');
      if (!current) q.insertPlan.run(params);
      const detail = input.date ? `Handleplan af ${shownDate(input.date)}` : 'Handleplan';
      audit.record(actor, { action: current ? 'update' : 'create', method: 'plans.updateHandleplan', citizenId: input.citizenId, detail });
      return toHandleplan(q.plan.get(input.citizenId));
    },

    addMeeting(actor: Actor, input: ParsedInputOf<'plans.addMeeting'>): PlanMeeting {
      access.assertCanSee(actor, input.citizenId);
      if (input.date > access.today()) throw invalidField('date', 'Mødedato kan ikke ligge i fremtiden: registrér mødet, når det er holdt');
      const id = Number(
        q.insertMeeting.run({ citizenId: input.citizenId, date: input.date, kind: input.kind, decision: input.decision, note: input.note, actorId: actor.userId, now: clock.now().toISOString() })
          .lastInsertRowid,
      );
      audit.record(actor, { action: 'create', method: 'plans.addMeeting', citizenId: input.citizenId, detail: `${MEETING_KIND_LABELS[input.kind]} ${shownDate(input.date)}` });
      return toMeeting(q.meetingById.get(id)!);
    },
  };
}

export type PlansService = ReturnType<typeof createPlansService>;
