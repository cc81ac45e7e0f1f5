// Staff (medarbejdere): contact persons for citizens and the people the roster plans. Listed in
// Danish order; employee numbers unique; a home residence, competences and preferred residences
// that exist; a weekly maximum only for substitutes; changes are audited (no citizen data).
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { StaffMember } from '../../contract/areas/staff';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { DomainError, invalidField, notFound } from '../common/domain-error';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Db } from '../db/open-database';
import { danishSortKey } from '../text/danish-sort-key';
import { foldForSearch } from '../text/search-text';
import { createStaffQueries, type StaffRecord } from './staff-queries';

type StaffInput = ParsedInputOf<'staff.create'>;

const idList = (joined: string | null): number[] => (joined ? joined.split(',').map(Number).sort((a, b) => a - b) : []);

const toStaffMember = (row: StaffRecord): StaffMember => ({
  id: row.id,
  name: row.name,
  employeeNumber: row.employee_number,
  title: row.title as StaffMember['title'],
  homeResidenceId: row.home_residence_id,
  homeResidenceName: row.home_residence_name,
  employment: row.employment,
  active: row.active === 1,
  competenceIds: idList(row.competence_ids),
  weeklyMinutes: row.weekly_minutes,
  activeFrom: row.active_from,
  activeTo: row.active_to,
  preferredResidenceIds: idList(row.preferred_residence_ids),
  maxWeeklyMinutes: row.max_weekly_minutes,
  hourlyRateOre: row.hourly_rate_ore,
  version: row.version,
});

export function createStaffService(db: Db, clock: Clock, audit: AuditLog, _access: CitizenAccess) {
  const q = createStaffQueries(db);

  /** `current`: the member being edited, who may keep a home residence that has since been archived. */
  function checkFields(fields: StaffInput, id: number | null, current: StaffRecord | null = null): void {
    if (fields.employeeNumber) {
      const holder = q.idByEmployeeNumber.get(fields.employeeNumber);
      if (holder !== undefined && holder !== id) {
        throw invalidField('employeeNumber', `Medarbejdernummer: ${fields.employeeNumber} bruges allerede af en anden medarbejder`);
      }
    }
    if (fields.homeResidenceId !== null) {
      const residence = q.residence.get(fields.homeResidenceId);
      if (!residence) throw invalidField('homeResidenceId', 'Hjemmebotilbud: vælg et botilbud fra listen');
      if (residence.archived_at && residence.id !== current?.home_residence_id) {
        throw invalidField('homeResidenceId', `Hjemmebotilbud: ${residence.name} er arkiveret`);
      }
    }
    const held = new Set(idList(current?.competence_ids ?? null));
    const missing: number[] = [];
    for (const competenceId of new Set(fields.competenceIds)) {
      const competence = q.competence.get(competenceId);
      if (!competence) missing.push(competenceId);
      // A competence deactivated since may be kept, not newly given.
      else if (competence.active === 0 && !held.has(competenceId)) throw invalidField('competenceIds', `Kompetencer: ${competence.name} er deaktiveret`);
    }
    if (missing.length > 0) throw invalidField('competenceIds', `Kompetencer: ${missing.map((id) => `nr. ${id}`).join(', ')} findes ikke`);
    const preferred = new Set(idList(current?.preferred_residence_ids ?? null));
    for (const residenceId of new Set(fields.preferredResidenceIds)) {
      const residence = q.residence.get(residenceId);
      if (!residence) throw invalidField('preferredResidenceIds', `Foretrukne botilbud: botilbud nr. ${residenceId} findes ikke`);
      if (residence.archived_at && !preferred.has(residenceId)) throw invalidField('preferredResidenceIds', `Foretrukne botilbud: ${residence.name} er arkiveret`);
    }
  }

  function saveLinks(id: number, fields: StaffInput): void {
    q.clearCompetences.run(id);
    for (const competenceId of new Set(fields.competenceIds)) q.addCompetence.run(id, competenceId);
    q.clearPreferred.run(id);
    for (const residenceId of new Set(fields.preferredResidenceIds)) q.addPreferred.run(id, residenceId);
  }

  const params = (fields: StaffInput) => ({
    name: fields.name,
    nameSort: danishSortKey(fields.name),
    employeeNumber: fields.employeeNumber,
    title: fields.title,
    homeResidenceId: fields.homeResidenceId,
    employment: fields.employment,
    active: fields.active ? 1 : 0,
    weeklyMinutes: fields.weeklyMinutes,
    activeFrom: fields.activeFrom,
    activeTo: fields.activeTo,
    // A weekly maximum is the pool's limit: a permanent member's hours are their normtid, so it is not kept.
    maxWeeklyMinutes: fields.employment === 'vikar' ? fields.maxWeeklyMinutes : null,
    hourlyRateOre: fields.hourlyRateOre,
    now: clock.now().toISOString(),
  });

  return {
    list(_actor: Actor, input: ParsedInputOf<'staff.list'>): OutputOf<'staff.list'> {
      const search = input.search ? foldForSearch(input.search) : null;
      return q.list
        .all({ residenceId: input.residenceId ?? null, includeInactive: input.includeInactive ? 1 : 0 })
        .filter((row) => !search || foldForSearch(`${row.name} ${row.employee_number ?? ''} ${row.title}`).includes(search))
        .map(toStaffMember);
    },

    create(actor: Actor, input: ParsedInputOf<'staff.create'>): OutputOf<'staff.create'> {
      checkFields(input, null);
      const id = Number(q.insert.run(params(input)).lastInsertRowid);
      saveLinks(id, input);
      audit.record(actor, { action: 'create', method: 'staff.create', subject: input.name });
      return toStaffMember(q.byId.get(id)!);
    },

    update(actor: Actor, input: ParsedInputOf<'staff.update'>): OutputOf<'staff.update'> {
      const { id, version, ...fields } = input;
      const current = q.byId.get(id);
      if (!current) throw notFound('Medarbejderen');
      checkFields(fields, id, current);
      if (q.update.run({ ...params(fields), id, version }).changes === 0) {
        throw new DomainError('CONFLICT', 'Medarbejderen er ændret af en anden, siden du åbnede den. Genindlæs og prøv igen.');
      }
      saveLinks(id, fields);
      audit.record(actor, { action: 'update', method: 'staff.update', subject: fields.name });
      return toStaffMember(q.byId.get(id)!);
    },

    /** For contact persons: the member if they exist (active or not). */
    find: (id: number): StaffMember | null => {
      const row = q.byId.get(id);
      return row ? toStaffMember(row) : null;
    },
  };
}

export type StaffService = ReturnType<typeof createStaffService>;
