// Deadlines (frister): the first follow-up within 3 months of move-in, the yearly status
// meeting, and every active goal's follow-up date; overdue or due soon, for the citizens a user
// may see, by residence and contact person.
import dayjs from 'dayjs';
import type { ParsedInputOf } from '../../contract';
import type { Deadline } from '../../contract/areas/plans';
import { DEADLINE_KINDS, type DeadlineKind } from '../../contract/plan-terms';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import { citizenName } from '../citizens/citizen-view';
import { assertResidenceAccess, type Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { Db } from '../db/open-database';
import { createPlanDeadlineQueries, type DeadlineCitizenRecord, type DeadlineGoalRecord } from './plan-deadlines-queries';

const addDays = (isoDate: string, days: number) => dayjs(isoDate).add(days, 'day').format('YYYY-MM-DD');

type Sortable = Deadline & { nameSort: string };

/** Overdue before today, due soon up to and including `until`; null when further away. */
function stateOf(dueDate: string, today: string, until: string): Deadline['state'] | null {
  if (dueDate < today) return 'overskredet';
  return dueDate <= until ? 'snart' : null;
}

/** Every deadline of the citizens within the window, oldest first, then by citizen (Danish order), kind and goal. */
function deadlinesOf(citizens: DeadlineCitizenRecord[], goals: DeadlineGoalRecord[], today: string, until: string): Deadline[] {
  const rows: Sortable[] = [];
  const byId = new Map(citizens.map((citizen) => [citizen.citizen_id, citizen]));
  const push = (citizen: DeadlineCitizenRecord, kind: DeadlineKind, dueDate: string, goal: DeadlineGoalRecord | null) => {
    const state = stateOf(dueDate, today, until);
    if (state === null) return;
    rows.push({
      kind,
      citizenId: citizen.citizen_id,
      citizenName: citizenName(citizen),
      residenceId: citizen.residence_id,
      residenceName: citizen.residence_name,
      contactStaffId: citizen.contact_staff_id,
      contactStaffName: citizen.contact_staff_name,
      goalId: goal?.id ?? null,
      goalText: goal?.professional_text ?? null,
      dueDate,
      state,
      nameSort: citizen.name_sort,
    });
  };
  for (const citizen of citizens) {
    if (citizen.first_follow_up_due !== null) push(citizen, 'foerste-opfoelgning', citizen.first_follow_up_due, null);
    push(citizen, 'statusmoede', citizen.status_meeting_due, null);
  }
  for (const goal of goals) {
    const citizen = byId.get(goal.citizen_id);
    if (citizen) push(citizen, 'maal-opfoelgning', goal.next_follow_up, goal);
  }
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  rows.sort(
    (a, b) =>
      order(a.dueDate, b.dueDate) ||
      order(a.nameSort, b.nameSort) ||
      a.citizenId - b.citizenId ||
      DEADLINE_KINDS.indexOf(a.kind) - DEADLINE_KINDS.indexOf(b.kind) ||
      (a.goalId ?? 0) - (b.goalId ?? 0),
  );
  return rows.map(({ nameSort: _, ...deadline }) => deadline);
}

export function createPlanDeadlines(db: Db, clock: Clock, audit: AuditLog, access: CitizenAccess) {
  void clock;
  const q = createPlanDeadlineQueries(db);

  function describe(input: ParsedInputOf<'plans.deadlines'>): string {
    const parts = [`${input.withinDays} dage`];
    if (input.residenceId !== null) parts.push(`botilbud ${q.residenceName.get(input.residenceId) ?? `nr. ${input.residenceId}`}`);
    if (input.contactStaffId !== null) parts.push(`kontaktperson ${q.staffName.get(input.contactStaffId) ?? `nr. ${input.contactStaffId}`}`);
    return `Frister: ${parts.join(', ')}`;
  }

  return {
    /** plans.deadlines: logged as a search. */
    list(actor: Actor, input: ParsedInputOf<'plans.deadlines'>): Deadline[] {
      if (input.residenceId !== null) assertResidenceAccess(actor, input.residenceId);
      const today = access.today();
      const until = addDays(today, input.withinDays);
      const citizens = q.citizens.all({
        today,
        scopeUserId: actor.residenceIds === null ? null : actor.userId,
        residenceId: input.residenceId,
        contactStaffId: input.contactStaffId,
      });
      const rows = deadlinesOf(citizens, q.goalsDue.all({ until }), today, until);
      audit.record(actor, { action: 'search', method: 'plans.deadlines', subject: describe(input), detail: `${rows.length} frister` });
      return rows;
    },

    /** One citizen's deadlines overdue or due within `withinDays` (the caller checks access and audits). */
    forCitizen(citizenId: number, withinDays = 30): Deadline[] {
      const today = access.today();
      const until = addDays(today, withinDays);
      const citizen = q.citizen.get({ citizenId, today });
      if (!citizen) return [];
      return deadlinesOf([citizen], q.goalsDueFor.all({ citizenId, until }), today, until);
    },
  };
}

export type PlanDeadlines = ReturnType<typeof createPlanDeadlines>;
