// Placements (bevillinger): which municipalities act and pay, on what legal basis, at what daily
// rate (integer øre), for which period. A citizen's periods never overlap; every call is audited.
import type { ParsedInputOf } from '../../contract';
import type { Placement } from '../../contract/areas/placements';
import type { FieldError } from '../../contract/errors';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { DomainError, notFound } from '../common/domain-error';
import type { Db } from '../db/open-database';
import { coversDay, describePeriod } from './placement-period';
import { createPlacementsQueries, OPEN_END, type PlacementRecord } from './placements-queries';

type PlacementInput = ParsedInputOf<'placements.update'>;
type ValidPlacementFields = Omit<PlacementInput, 'id'>;

const toPlacement = (row: PlacementRecord, today: string): Placement => ({
  id: row.id,
  citizenId: row.citizen_id,
  actingMunicipalityCode: row.acting_municipality_code,
  actingMunicipalityName: row.acting_municipality_name,
  payingMunicipalityCode: row.paying_municipality_code,
  payingMunicipalityName: row.paying_municipality_name,
  caseWorkerName: row.case_worker_name,
  caseWorkerPhone: row.case_worker_phone,
  caseWorkerEmail: row.case_worker_email,
  legalBasisCode: row.legal_basis_code,
  legalBasisLabel: row.legal_basis_label,
  dailyRateOre: row.daily_rate_ore,
  startDate: row.start_date,
  endDate: row.end_date,
  current: coversDay(row.start_date, row.end_date, today),
});

/** One INVALID_INPUT naming every field at fault, worded as dispatch words schema errors. */
function invalidFields(fields: FieldError[]): DomainError {
  const message = fields.length === 1 ? fields[0]!.message : `Ret venligst ${fields.length} felter: ${fields.map((f) => f.message).join('; ')}`;
  return new DomainError('INVALID_INPUT', message, fields);
}

export function createPlacementsService(db: Db, clock: Clock, audit: AuditLog, access: CitizenAccess) {
  const q = createPlacementsQueries(db);

  function visible(actor: Actor, id: number): PlacementRecord {
    const row = q.byId.get(id);
    if (!row) throw notFound('Bevillingen');
    access.assertCanSee(actor, row.citizen_id);
    return row;
  }

  /** What only the database knows. `current`: the placement being edited, which may keep a legal basis since deactivated. */
  function check(citizenId: number, fields: ValidPlacementFields, current: PlacementRecord | null): void {
    const problems: FieldError[] = [];
    if (!q.municipalityExists.get(fields.actingMunicipalityCode)) {
      problems.push({ path: 'actingMunicipalityCode', message: 'Handlekommune: vælg en kommune fra listen' });
    }
    if (!q.municipalityExists.get(fields.payingMunicipalityCode)) {
      problems.push({ path: 'payingMunicipalityCode', message: 'Betalingskommune: vælg en kommune fra listen' });
    }
    const active = q.legalBasisActive.get(fields.legalBasisCode);
    if (active === undefined || (active !== 1 && fields.legalBasisCode !== current?.legal_basis_code)) {
      problems.push({ path: 'legalBasisCode', message: 'Lovgrundlag: vælg et lovgrundlag fra listen' });
    }
    const other = q.overlapping.get({ citizenId, exceptId: current?.id ?? 0, startDate: fields.startDate, endDate: fields.endDate ?? OPEN_END });
    if (other) {
      problems.push({ path: 'startDate', message: `Startdato: perioden overlapper borgerens bevilling ${describePeriod(other.start_date, other.end_date)}` });
    }
    if (problems.length) throw invalidFields(problems);
  }

  const params = (fields: ValidPlacementFields) => ({
    actingMunicipalityCode: fields.actingMunicipalityCode,
    payingMunicipalityCode: fields.payingMunicipalityCode,
    caseWorkerName: fields.caseWorkerName,
    caseWorkerPhone: fields.caseWorkerPhone,
    caseWorkerEmail: fields.caseWorkerEmail,
    legalBasisCode: fields.legalBasisCode,
    dailyRateOre: fields.dailyRateOre,
    startDate: fields.startDate,
    endDate: fields.endDate,
    now: clock.now().toISOString(),
  });

  const subject = (row: PlacementRecord) => `${row.acting_municipality_name}, ${describePeriod(row.start_date, row.end_date)}`;

  return {
    list(actor: Actor, input: ParsedInputOf<'placements.list'>): Placement[] {
      access.assertCanSee(actor, input.citizenId);
      const rows = q.forCitizen.all(input.citizenId);
      audit.record(actor, { action: 'read', method: 'placements.list', citizenId: input.citizenId, detail: `${rows.length} bevillinger` });
      const today = access.today();
      return rows.map((row) => toPlacement(row, today));
    },

    create(actor: Actor, input: ParsedInputOf<'placements.create'>): Placement {
      const { citizenId, ...fields } = input;
      access.assertCanSee(actor, citizenId);
      check(citizenId, fields, null);
      const id = Number(q.insert.run({ ...params(fields), citizenId }).lastInsertRowid);
      const row = q.byId.get(id)!;
      audit.record(actor, { action: 'create', method: 'placements.create', citizenId, subject: subject(row) });
      return toPlacement(row, access.today());
    },

    update(actor: Actor, input: ParsedInputOf<'placements.update'>): Placement {
      const { id, ...fields } = input;
      const current = visible(actor, id);
      check(current.citizen_id, fields, current);
      q.update.run({ ...params(fields), id });
      const row = q.byId.get(id)!;
      audit.record(actor, { action: 'update', method: 'placements.update', citizenId: row.citizen_id, subject: subject(row) });
      return toPlacement(row, access.today());
    },

    remove(actor: Actor, input: ParsedInputOf<'placements.delete'>): Record<string, never> {
      const current = visible(actor, input.id);
      q.remove.run(input.id);
      audit.record(actor, { action: 'delete', method: 'placements.delete', citizenId: current.citizen_id, subject: subject(current) });
      return {};
    },

    /** For the demo builder: a citizen's stays (oldest first) with the residence's legal basis, which placements should cover. */
    stayPeriods(citizenId: number): Array<{ moveIn: string; moveOut: string | null; legalBasisCode: string }> {
      return q.stayPeriods.all(citizenId).map((row) => ({ moveIn: row.move_in, moveOut: row.move_out, legalBasisCode: row.legal_basis_code }));
    },
  };
}

export type PlacementsService = ReturnType<typeof createPlacementsService>;
