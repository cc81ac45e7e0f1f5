// Shift types per residence (dag, aften, nat; awake or sleeping night) with local times; an end at
// or before the start ends the next day. Scoped users change only their own residences' types.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { ShiftType } from '../../contract/areas/roster-setup';
import type { AuditLog } from '../audit/audit-log';
import { assertResidenceAccess, type Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { DomainError, invalidField, notFound } from '../common/domain-error';
import type { Db } from '../db/open-database';
import { nominalMinutes } from '../roster/shift-times';
import { checkShiftTypeTimes } from './shift-type-rules';
import { createShiftTypesQueries, type ShiftTypeRecord } from './shift-types-queries';

const toShiftType = (row: ShiftTypeRecord): ShiftType => ({
  id: row.id,
  residenceId: row.residence_id,
  name: row.name,
  kind: row.kind,
  start: row.start_time,
  end: row.end_time,
  nightMode: row.night_mode,
  minutes: nominalMinutes(row.start_time, row.end_time),
  active: row.active === 1,
  version: row.version,
});

export function createShiftTypesService(db: Db, clock: Clock, audit: AuditLog) {
  const q = createShiftTypesQueries(db);

  const fieldsOf = (input: ParsedInputOf<'shiftTypes.create'> | ParsedInputOf<'shiftTypes.update'>) => ({
    name: input.name,
    kind: input.kind,
    start: input.start,
    end: input.end,
    nightMode: input.nightMode,
    now: clock.now().toISOString(),
  });

  return {
    list(actor: Actor, input: ParsedInputOf<'shiftTypes.list'>): OutputOf<'shiftTypes.list'> {
      assertResidenceAccess(actor, input.residenceId);
      return q.list.all({ residenceId: input.residenceId, includeInactive: input.includeInactive ? 1 : 0 }).map(toShiftType);
    },

    create(actor: Actor, input: ParsedInputOf<'shiftTypes.create'>): OutputOf<'shiftTypes.create'> {
      assertResidenceAccess(actor, input.residenceId);
      const residence = q.residence.get(input.residenceId);
      if (!residence) throw invalidField('residenceId', 'Botilbud: vælg et botilbud fra listen');
      if (residence.archived_at) throw invalidField('residenceId', `Botilbud: ${residence.name} er arkiveret`);
      checkShiftTypeTimes(input);
      const id = Number(q.insert.run({ residenceId: input.residenceId, ...fieldsOf(input) }).lastInsertRowid);
      audit.record(actor, { action: 'create', method: 'shiftTypes.create', subject: `${residence.name}: ${input.name}`, detail: `${input.start}-${input.end}` });
      return toShiftType(q.byId.get(id)!);
    },

    update(actor: Actor, input: ParsedInputOf<'shiftTypes.update'>): OutputOf<'shiftTypes.update'> {
      const current = q.byId.get(input.id);
      if (!current) throw notFound('Vagttypen');
      assertResidenceAccess(actor, current.residence_id);
      checkShiftTypeTimes(input);
      if (q.update.run({ ...fieldsOf(input), id: input.id, version: input.version, active: input.active ? 1 : 0 }).changes === 0) {
        throw new DomainError('CONFLICT', 'Vagttypen er ændret af en anden, siden du åbnede den. Genindlæs og prøv igen.');
      }
      const residence = q.residence.get(current.residence_id)!;
      audit.record(actor, { action: 'update', method: 'shiftTypes.update', subject: `${residence.name}: ${input.name}`, detail: `${input.start}-${input.end}${input.active ? '' : ' (deaktiveret)'}` });
      return toShiftType(q.byId.get(input.id)!);
    },
  };
}

export type ShiftTypesService = ReturnType<typeof createShiftTypesService>;
