// The staffing need per residence, weekday and shift type, with the competences it requires. Set
// replaces the residence's whole need; every row names an active shift type of that residence and
// existing competences, and a shift type and weekday appear once.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { StaffingNeed } from '../../contract/areas/roster-setup';
import type { AuditLog } from '../audit/audit-log';
import { assertResidenceAccess, type Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { invalidField, notFound } from '../common/domain-error';
import type { Db } from '../db/open-database';
import { createStaffingNeedsQueries, type StaffingNeedRecord } from './staffing-needs-queries';

const WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];

const toNeed = (row: StaffingNeedRecord): StaffingNeed => ({
  shiftTypeId: row.shift_type_id,
  weekday: row.weekday,
  count: row.staff_count,
  competenceIds: row.competence_ids ? row.competence_ids.split(',').map(Number).sort((a, b) => a - b) : [],
});

export function createStaffingNeedsService(db: Db, _clock: Clock, audit: AuditLog) {
  const q = createStaffingNeedsQueries(db);

  function check(residenceId: number, needs: ParsedInputOf<'staffingNeeds.set'>['needs']): void {
    const seen = new Set<string>();
    needs.forEach((need, index) => {
      const type = q.shiftType.get(need.shiftTypeId);
      if (!type || type.residence_id !== residenceId) throw invalidField(`needs.${index}.shiftTypeId`, 'Vagttype: vælg en af botilbuddets vagttyper');
      if (type.active === 0) throw invalidField(`needs.${index}.shiftTypeId`, `Vagttype: ${type.name} er deaktiveret`);
      const key = `${need.shiftTypeId}:${need.weekday}`;
      if (seen.has(key)) throw invalidField(`needs.${index}.weekday`, `Behovet for ${type.name} ${WEEKDAYS[need.weekday - 1]} står der allerede`);
      seen.add(key);
      for (const competenceId of need.competenceIds) {
        const competence = q.competence.get(competenceId);
        if (!competence) throw invalidField(`needs.${index}.competenceIds`, 'Kompetence findes ikke');
        if (competence.active === 0) throw invalidField(`needs.${index}.competenceIds`, `Kompetencen ${competence.name} er deaktiveret`);
      }
    });
  }

  return {
    list(actor: Actor, input: ParsedInputOf<'staffingNeeds.list'>): OutputOf<'staffingNeeds.list'> {
      assertResidenceAccess(actor, input.residenceId);
      return q.list.all(input.residenceId).map(toNeed);
    },

    set(actor: Actor, input: ParsedInputOf<'staffingNeeds.set'>): OutputOf<'staffingNeeds.set'> {
      assertResidenceAccess(actor, input.residenceId);
      const residence = q.residence.get(input.residenceId);
      if (!residence) throw notFound('Botilbuddet');
      check(input.residenceId, input.needs);
      q.clearCompetences.run(input.residenceId);
      q.clear.run(input.residenceId);
      for (const need of input.needs) {
        const needId = Number(q.insert.run(need.shiftTypeId, need.weekday, need.count).lastInsertRowid);
        for (const competenceId of new Set(need.competenceIds)) q.addCompetence.run(needId, competenceId);
      }
      audit.record(actor, { action: 'update', method: 'staffingNeeds.set', subject: residence.name, detail: `${input.needs.length} rækker` });
      return q.list.all(input.residenceId).map(toNeed);
    },
  };
}

export type StaffingNeedsService = ReturnType<typeof createStaffingNeedsService>;
