// Citizens (borgere): list and search, read with CPR masked or revealed, create and edit, stays.
// Every call leaves an audit row naming the citizen (or the search), in the caller's transaction.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { Citizen } from '../../contract/areas/citizens';
import { formatCpr, parseCpr } from '../../contract/cpr';
import { assertResidenceAccess, type Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { DomainError, invalidField, notFound } from '../common/domain-error';
import type { AuditLog } from '../audit/audit-log';
import type { Db } from '../db/open-database';
import { danishSortKey } from '../text/danish-sort-key';
import { foldForSearch } from '../text/search-text';
import { createWaitingEntryWriter } from '../waiting-list/waiting-entry-writer';
import { formatDanishDate } from './calendar-days';
import type { CitizenAccess } from './citizen-access';
import { createCitizenList } from './citizen-list';
import { citizenName, toCitizen } from './citizen-view';
import { createCitizensQueries, type CitizenRecord, type StayRecord } from './citizens-queries';
import { createResidenceChecks } from './residence-checks';
import { createStayRules, type StayFields } from './stay-rules';

type CitizenInput = Omit<ParsedInputOf<'citizens.create'>, 'stay' | 'waitingList'>;

const stayText = (residenceName: string, stay: { moveIn: string; moveOut: string | null }) =>
  `Ophold på ${residenceName} ${stay.moveOut ? `${formatDanishDate(stay.moveIn)} – ${formatDanishDate(stay.moveOut)}` : `fra ${formatDanishDate(stay.moveIn)}`}`;

export function createCitizensService(db: Db, clock: Clock, audit: AuditLog, access: CitizenAccess) {
  const q = createCitizensQueries(db);
  const residences = createResidenceChecks(db);
  const stayRules = createStayRules(q, residences);
  const waitingEntries = createWaitingEntryWriter(db, clock, residences);
  const list = createCitizenList(db, audit, access, q.rowById);

  function load(id: number): Citizen {
    const today = access.today();
    return toCitizen(q.byId.get(id)!, q.rowById.get({ id, today })!, q.stays.all({ citizenId: id, today }));
  }

  /** The citizen, after checking the user may see them. */
  function visible(actor: Actor, id: number): CitizenRecord {
    access.assertCanSee(actor, id);
    return q.byId.get(id)!;
  }

  function visibleStay(actor: Actor, id: number): StayRecord {
    const stay = q.stay.get({ id, today: access.today() });
    if (!stay) throw notFound('Opholdet');
    access.assertCanSee(actor, stay.citizen_id);
    assertResidenceAccess(actor, stay.residence_id);
    return stay;
  }

  /** `current`: the citizen being edited, who may keep a contact person who has since left. */
  function checkFields(fields: CitizenInput, id: number | null, current: CitizenRecord | null = null): void {
    const sameCpr = q.idByCpr.get(fields.cpr);
    if (sameCpr !== undefined && sameCpr !== id) throw invalidField('cpr', 'CPR-nummer: der findes allerede en borger med dette CPR-nummer');
    const contacts = [
      ['contactStaffId', 'Kontaktperson', fields.contactStaffId, current?.contact_staff_id],
      ['secondContactStaffId', 'Anden kontaktperson', fields.secondContactStaffId, current?.second_contact_staff_id],
    ] as const;
    for (const [path, label, staffId, kept] of contacts) {
      if (staffId === null || staffId === kept) continue;
      const member = q.staff.get(staffId);
      if (!member) throw invalidField(path, `${label}: vælg en medarbejder fra listen`);
      if (member.active !== 1) throw invalidField(path, `${label}: ${member.name} er ikke længere aktiv`);
    }
    if (fields.secondContactStaffId !== null && fields.secondContactStaffId === fields.contactStaffId) {
      throw invalidField('secondContactStaffId', 'Anden kontaktperson: vælg en anden end kontaktpersonen');
    }
  }

  const params = (fields: CitizenInput) => {
    const name = `${fields.firstName} ${fields.lastName}`;
    return {
      firstName: fields.firstName,
      lastName: fields.lastName,
      nameSort: danishSortKey(name),
      searchText: foldForSearch(name),
      cpr: fields.cpr,
      birthDate: parseCpr(fields.cpr)!.birthDate,
      communicationNeeds: fields.communicationNeeds,
      guardianName: fields.guardianName,
      guardianPhone: fields.guardianPhone,
      guardianEmail: fields.guardianEmail,
      contactStaffId: fields.contactStaffId,
      secondContactStaffId: fields.secondContactStaffId,
      now: clock.now().toISOString(),
    };
  };

  const stayParams = (fields: StayFields) => ({ residenceId: fields.residenceId, room: fields.room, moveIn: fields.moveIn, moveOut: fields.moveOut });

  return {
    list,

    get(actor: Actor, input: ParsedInputOf<'citizens.get'>): OutputOf<'citizens.get'> {
      const record = visible(actor, input.id);
      audit.record(actor, { action: 'read', method: 'citizens.get', citizenId: input.id, subject: citizenName(record) });
      return load(input.id);
    },

    revealCpr(actor: Actor, input: ParsedInputOf<'citizens.revealCpr'>): OutputOf<'citizens.revealCpr'> {
      const record = visible(actor, input.id);
      audit.record(actor, { action: 'read', method: 'citizens.revealCpr', citizenId: input.id, subject: citizenName(record), detail: 'CPR vist' });
      return { cpr: formatCpr(record.cpr) };
    },

    create(actor: Actor, input: ParsedInputOf<'citizens.create'>): OutputOf<'citizens.create'> {
      const { stay, waitingList, ...fields } = input;
      if (actor.residenceIds !== null && !stay && !waitingList) {
        throw invalidField('stay.residenceId', 'Botilbud: angiv et ophold eller en plads på ventelisten i et af dine egne botilbud');
      }
      checkFields(fields, null);
      // Checked before anything is written; a new citizen has no stays to overlap.
      const stayResidence = stay ? stayRules.check(actor, 0, null, stay, 'stay.') : null;
      if (waitingList) waitingEntries.checkResidence(actor, waitingList.residenceId, 'waitingList.residenceId', 'Venteliste: botilbud');
      const id = Number(q.insert.run(params(fields)).lastInsertRowid);
      const details: string[] = [];
      if (stay && stayResidence) {
        q.insertStay.run({ citizenId: id, ...stayParams(stay) });
        details.push(stayText(stayResidence.name, stay));
      }
      if (waitingList) {
        const entry = { citizenId: id, residenceId: waitingList.residenceId, requestedDate: waitingList.requestedDate, desiredMoveIn: null, note: null };
        const added = waitingEntries.add(actor, entry, 'waitingList.residenceId', 'Venteliste: botilbud');
        details.push(`Venteliste til ${added.residenceName}`);
      }
      audit.record(actor, { action: 'create', method: 'citizens.create', citizenId: id, subject: `${input.firstName} ${input.lastName}`, detail: details.join('; ') || null });
      return load(id);
    },

    update(actor: Actor, input: ParsedInputOf<'citizens.update'>): OutputOf<'citizens.update'> {
      const { id, version, cpr, ...rest } = input;
      const current = visible(actor, id);
      const fields = { ...rest, cpr: cpr ?? current.cpr };
      checkFields(fields, id, current);
      if (q.update.run({ ...params(fields), id, version }).changes === 0) {
        throw new DomainError('CONFLICT', 'Borgeren er ændret af en anden, siden du åbnede den. Genindlæs og prøv igen.');
      }
      const detail = current.cpr !== fields.cpr ? 'CPR-nummer ændret' : null;
      audit.record(actor, { action: 'update', method: 'citizens.update', citizenId: id, subject: `${fields.firstName} ${fields.lastName}`, detail });
      return load(id);
    },

    addStay(actor: Actor, input: ParsedInputOf<'citizens.addStay'>): OutputOf<'citizens.addStay'> {
      const record = visible(actor, input.citizenId);
      const residence = stayRules.check(actor, input.citizenId, null, input);
      q.insertStay.run({ citizenId: input.citizenId, ...stayParams(input) });
      audit.record(actor, { action: 'create', method: 'citizens.addStay', citizenId: input.citizenId, subject: citizenName(record), detail: stayText(residence.name, input) });
      return load(input.citizenId);
    },

    updateStay(actor: Actor, input: ParsedInputOf<'citizens.updateStay'>): OutputOf<'citizens.updateStay'> {
      const previous = visibleStay(actor, input.id);
      const residence = stayRules.check(actor, previous.citizen_id, previous, input);
      q.updateStay.run({ id: input.id, ...stayParams(input) });
      const record = q.byId.get(previous.citizen_id)!;
      audit.record(actor, { action: 'update', method: 'citizens.updateStay', citizenId: previous.citizen_id, subject: citizenName(record), detail: stayText(residence.name, input) });
      return load(previous.citizen_id);
    },

    deleteStay(actor: Actor, input: ParsedInputOf<'citizens.deleteStay'>): OutputOf<'citizens.deleteStay'> {
      const stay = visibleStay(actor, input.id);
      q.deleteStay.run(input.id);
      const record = q.byId.get(stay.citizen_id)!;
      const detail = `Slettet: ${stayText(stay.residence_name, { moveIn: stay.move_in, moveOut: stay.move_out })}`;
      audit.record(actor, { action: 'delete', method: 'citizens.deleteStay', citizenId: stay.citizen_id, subject: citizenName(record), detail });
      return load(stay.citizen_id);
    },
  };
}

export type CitizensService = ReturnType<typeof createCitizensService>;
