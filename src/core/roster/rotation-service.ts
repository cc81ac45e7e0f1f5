// The basisplan: a rotation of 1-8 weeks per residence, saved whole, and rolled out onto concrete
// dates (shifts for the permanent staff, open shifts for the need the plan does not cover).
import dayjs from 'dayjs';
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { Rotation } from '../../contract/areas/roster-setup';
import type { AuditLog } from '../audit/audit-log';
import { assertResidenceAccess, type Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { DomainError, invalidField, notFound } from '../common/domain-error';
import type { Db } from '../db/open-database';
import { createRuleChecker } from './rules/rule-checker';
import { createRotationQueries } from './rotation-queries';
import { createRollOut } from './rotation-rollout';

const STALE_ROTATION = 'Basisplanen er ændret af en anden, siden du åbnede den. Genindlæs og prøv igen.';

export function createRotationService(db: Db, clock: Clock, audit: AuditLog) {
  const q = createRotationQueries(db);
  const rollOut = createRollOut(clock, audit, q, createRuleChecker(db));

  const residenceFor = (actor: Actor, residenceId: number) => {
    const residence = q.residence.get(residenceId);
    if (!residence) throw notFound('Botilbuddet');
    assertResidenceAccess(actor, residenceId);
    return residence;
  };

  const read = (residenceId: number): Rotation => {
    const row = q.rotation.get(residenceId);
    if (!row) return { residenceId, version: 0, weeks: 1, startDate: null, slots: [] };
    return {
      residenceId,
      version: row.version,
      weeks: row.weeks,
      startDate: row.start_date,
      slots: q.slots.all(residenceId).map((s) => ({ week: s.week, weekday: s.weekday, shiftTypeId: s.shift_type_id, staffId: s.staff_id })),
    };
  };

  return {
    get(actor: Actor, input: ParsedInputOf<'rotations.get'>): OutputOf<'rotations.get'> {
      residenceFor(actor, input.residenceId);
      return read(input.residenceId);
    },

    save(actor: Actor, input: ParsedInputOf<'rotations.save'>): OutputOf<'rotations.save'> {
      const residence = residenceFor(actor, input.residenceId);
      if (dayjs(input.startDate).day() !== 1) throw invalidField('startDate', 'Startdato skal være en mandag');
      const types = new Map(q.shiftTypes.all(input.residenceId).map((t) => [t.id, t]));
      const seen = new Set<string>();
      input.slots.forEach((slot, index) => {
        const type = types.get(slot.shiftTypeId);
        if (!type) throw invalidField(`slots.${index}.shiftTypeId`, `Vagttype nr. ${slot.shiftTypeId} hører ikke til ${residence.name}`);
        if (type.active !== 1) throw invalidField(`slots.${index}.shiftTypeId`, `Vagttypen ${type.name} er ikke aktiv`);
        const staff = q.staff.get(slot.staffId);
        if (!staff) throw invalidField(`slots.${index}.staffId`, `Medarbejder nr. ${slot.staffId} findes ikke`);
        if (staff.active !== 1) throw invalidField(`slots.${index}.staffId`, `${staff.name} er ikke aktiv`);
        const key = `${slot.week}/${slot.weekday}/${slot.shiftTypeId}/${slot.staffId}`;
        if (seen.has(key)) throw invalidField(`slots.${index}.staffId`, `${staff.name} står to gange på ${type.name} uge ${slot.week}, ugedag ${slot.weekday}`);
        seen.add(key);
      });
      const current = q.rotation.get(input.residenceId);
      const params = { residenceId: input.residenceId, weeks: input.weeks, startDate: input.startDate, userId: actor.userId, now: clock.now().toISOString(), version: input.version };
      if (!current) {
        if (input.version !== 0) throw new DomainError('CONFLICT', STALE_ROTATION);
        q.insertRotation.run(params);
      } else if (current.version !== input.version || q.updateRotation.run(params).changes === 0) {
        throw new DomainError('CONFLICT', STALE_ROTATION);
      }
      q.deleteSlots.run(input.residenceId);
      for (const slot of input.slots) q.insertSlot.run(input.residenceId, slot.week, slot.weekday, slot.shiftTypeId, slot.staffId);
      audit.record(actor, {
        action: current ? 'update' : 'create',
        method: 'rotations.save',
        subject: residence.name,
        detail: `${input.weeks} uger fra ${dayjs(input.startDate).format('DD-MM-YYYY')}, ${input.slots.length} vagter`,
      });
      return read(input.residenceId);
    },

    rollOut(actor: Actor, input: ParsedInputOf<'rotations.rollOut'>): OutputOf<'rotations.rollOut'> {
      const residence = residenceFor(actor, input.residenceId);
      return rollOut(actor, residence, input.from, input.to);
    },
  };
}

export type RotationService = ReturnType<typeof createRotationService>;
