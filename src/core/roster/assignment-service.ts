// Creating, assigning, unassigning and deleting shifts. Every assignment is checked against the
// working-time rules; a violation is refused with its reason unless the planner gives a reason to
// override it (not for overlap, absence or employment), which is written in the tilsynsbog.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { Shift } from '../../contract/areas/roster';
import { ROSTER_RULE_LABELS, type RosterRule } from '../../contract/roster-terms';
import type { AuditLog } from '../audit/audit-log';
import { assertResidenceAccess, canSeeResidence, type Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { DomainError, invalidField, notFound } from '../common/domain-error';
import type { Db } from '../db/open-database';
import { createAssignmentQueries } from './assignment-queries';
import { enforceRules, type Override } from './assignment-rules';
import { candidateOf, createRuleChecker, type CandidateShift } from './rules/rule-checker';
import { formatDay } from './rules/rule-format';
import { createShiftReader } from './shift-reader';
import { localParts, shiftInstants } from './shift-times';

const STALE_SHIFT = 'Vagten er ændret af en anden, siden du åbnede den. Genindlæs og prøv igen.';

const describeShift = (shift: Pick<Shift, 'date' | 'start' | 'end' | 'shiftTypeName'>) => `${shift.shiftTypeName} ${formatDay(shift.date)} ${shift.start}-${shift.end}`;
const afterApproval = (shift: Pick<Shift, 'locked'>) => (shift.locked ? ' (ændret efter godkendelse)' : '');
const overrideText = (override: Override | null) =>
  override ? `; afviger fra ${override.rules.split(',').map((rule) => ROSTER_RULE_LABELS[rule as RosterRule]).join(', ')}: ${override.reason}` : '';

export function createAssignmentService(db: Db, clock: Clock, audit: AuditLog) {
  const q = createAssignmentQueries(db);
  const reader = createShiftReader(db);
  const checker = createRuleChecker(db);

  function loadShift(actor: Actor, shiftId: number): Shift {
    const shift = reader.get(shiftId);
    if (!shift) throw notFound('Vagten');
    assertResidenceAccess(actor, shift.residenceId);
    return shift;
  }
  function loadCurrent(actor: Actor, shiftId: number, version: number): Shift {
    const shift = loadShift(actor, shiftId);
    if (shift.version !== version) throw new DomainError('CONFLICT', STALE_SHIFT);
    return shift;
  }
  function recordOverride(actor: Actor, shiftId: number, staffId: number, override: Override | null, at: string) {
    if (override) q.insertTilsynsbog.run({ shiftId, staffId, rules: override.rules, message: override.message, reason: override.reason, userId: actor.userId, now: at });
  }
  const reread = (id: number): Shift => reader.get(id)!;

  return {
    createShift(actor: Actor, input: ParsedInputOf<'roster.createShift'>): OutputOf<'roster.createShift'> {
      const type = q.shiftType.get(input.shiftTypeId);
      if (!type) throw notFound('Vagttypen');
      assertResidenceAccess(actor, type.residence_id);
      if (type.active !== 1) throw invalidField('shiftTypeId', 'Vagttypen er ikke aktiv');
      const start = input.start ?? type.start_time;
      const end = input.end ?? type.end_time;
      if ((input.start !== null || input.end !== null) && end <= start && type.kind !== 'nat') {
        throw invalidField('end', 'Slut skal ligge efter start; kun en nattevagt kan gå over midnat');
      }
      const instants = shiftInstants(input.date, start, end);
      const weekday = localParts(instants.startsAt).weekday;
      const competenceIds = q.needCompetences.all({ shiftTypeId: type.id, weekday }).map((row) => row.competence_id);

      let override: Override | null = null;
      if (input.staffId !== null) {
        const candidate: CandidateShift = { id: null, residenceId: type.residence_id, date: input.date, kind: type.kind, ...instants, requiredCompetenceIds: competenceIds };
        override = enforceRules(checker.check(candidate, input.staffId), input.overrideReason);
      }
      const at = clock.now().toISOString();
      const id = Number(
        q.insertShift.run({
          residenceId: type.residence_id,
          shiftTypeId: type.id,
          kind: type.kind,
          name: type.name,
          date: input.date,
          start,
          end,
          ...instants,
          sleeping: type.night_mode === 'sovende' ? 1 : 0,
          staffId: input.staffId,
          openReason: input.staffId === null ? 'behov' : null,
          now: at,
        }).lastInsertRowid,
      );
      for (const competenceId of competenceIds) q.insertCompetence.run(id, competenceId);
      if (input.staffId !== null) recordOverride(actor, id, input.staffId, override, at);
      const shift = reread(id);
      const who = shift.staffName ? ` til ${shift.staffName}` : ' (ledig)';
      audit.record(actor, { action: 'create', method: 'roster.createShift', subject: shift.residenceName, detail: `${describeShift(shift)}${who}${overrideText(override)}${afterApproval(shift)}` });
      return shift;
    },

    check(actor: Actor, input: ParsedInputOf<'roster.check'>): OutputOf<'roster.check'> {
      const shift = loadShift(actor, input.shiftId);
      return checker.check(candidateOf(shift), input.staffId);
    },

    assign(actor: Actor, input: ParsedInputOf<'roster.assign'>): OutputOf<'roster.assign'> {
      const shift = loadCurrent(actor, input.shiftId, input.version);
      const override = enforceRules(checker.check(candidateOf(shift), input.staffId), input.overrideReason);
      const at = clock.now().toISOString();
      if (q.assign.run({ id: shift.id, version: input.version, staffId: input.staffId, now: at }).changes === 0) throw new DomainError('CONFLICT', STALE_SHIFT);
      recordOverride(actor, shift.id, input.staffId, override, at);
      const updated = reread(shift.id);
      const previous = shift.staffName && shift.staffId !== input.staffId ? ` (før ${shift.staffName})` : '';
      audit.record(actor, {
        action: 'update',
        method: 'roster.assign',
        subject: updated.residenceName,
        detail: `${describeShift(updated)} til ${updated.staffName}${previous}${overrideText(override)}${afterApproval(updated)}`,
      });
      return updated;
    },

    unassign(actor: Actor, input: ParsedInputOf<'roster.unassign'>): OutputOf<'roster.unassign'> {
      const shift = loadCurrent(actor, input.shiftId, input.version);
      if (shift.staffId === null) throw new DomainError('CONFLICT', 'Vagten er allerede ledig.');
      if (q.unassign.run({ id: shift.id, version: input.version, now: clock.now().toISOString() }).changes === 0) throw new DomainError('CONFLICT', STALE_SHIFT);
      const updated = reread(shift.id);
      const previous = shift.staffName ? ` (afmeldt ${shift.staffName})` : '';
      audit.record(actor, { action: 'update', method: 'roster.unassign', subject: updated.residenceName, detail: `${describeShift(updated)} ledig${previous}${afterApproval(updated)}` });
      return updated;
    },

    deleteShift(actor: Actor, input: ParsedInputOf<'roster.deleteShift'>): OutputOf<'roster.deleteShift'> {
      const shift = loadCurrent(actor, input.shiftId, input.version);
      // The tilsynsbog is a record for the authorities: its shifts stay.
      if (q.hasTilsynsbog.get(shift.id)! > 0) throw new DomainError('CONFLICT', 'Vagten står i tilsynsbogen og kan ikke slettes. Gør den ledig i stedet.');
      q.deleteCompetences.run(shift.id);
      if (q.deleteShift.run({ id: shift.id, version: input.version }).changes === 0) throw new DomainError('CONFLICT', STALE_SHIFT);
      const who = shift.staffName ? ` (${shift.staffName})` : ' (ledig)';
      audit.record(actor, { action: 'delete', method: 'roster.deleteShift', subject: shift.residenceName, detail: `${describeShift(shift)}${who}${afterApproval(shift)}` });
      return {};
    },

    tilsynsbog(actor: Actor, input: ParsedInputOf<'roster.tilsynsbog'>): OutputOf<'roster.tilsynsbog'> {
      if (input.residenceId !== null && !canSeeResidence(actor, input.residenceId)) assertResidenceAccess(actor, input.residenceId);
      const residenceIds = input.residenceId !== null ? [input.residenceId] : actor.residenceIds;
      return q.tilsynsbog.all({ from: input.from, to: input.to, residenceIds: residenceIds === null ? null : JSON.stringify(residenceIds) }).map((row) => ({
        id: row.id,
        shiftId: row.shift_id,
        date: row.shift_date,
        residenceName: row.residence_name,
        staffName: row.staff_name,
        rules: row.rules.split(',') as RosterRule[],
        message: row.message,
        reason: row.reason,
        by: row.by_name,
        at: row.created_at,
      }));
    },
  };
}

export type AssignmentService = ReturnType<typeof createAssignmentService>;
