// Turns citizen rows into the contract's shapes; the CPR number leaves the core masked.
import type { Citizen, CitizenListRow, Stay } from '../../contract/areas/citizens';
import { maskCpr } from '../../contract/cpr';
import type { CitizenRecord, CitizenRowRecord, StayRecord } from './citizens-queries';

export const citizenName = (row: { first_name: string; last_name: string }): string => `${row.first_name} ${row.last_name}`;

export const toStay = (row: StayRecord): Stay => ({
  id: row.id,
  citizenId: row.citizen_id,
  residenceId: row.residence_id,
  residenceName: row.residence_name,
  room: row.room,
  moveIn: row.move_in,
  moveOut: row.move_out,
  current: row.current === 1,
});

export function toCitizen(record: CitizenRecord, derived: CitizenRowRecord, stays: StayRecord[]): Citizen {
  const mapped = stays.map(toStay);
  return {
    id: record.id,
    firstName: record.first_name,
    lastName: record.last_name,
    name: citizenName(record),
    cprMasked: maskCpr(record.cpr),
    birthDate: record.birth_date,
    communicationNeeds: record.communication_needs,
    guardianName: record.guardian_name,
    guardianPhone: record.guardian_phone,
    guardianEmail: record.guardian_email,
    contactStaffId: record.contact_staff_id,
    contactStaffName: record.contact_staff_name,
    secondContactStaffId: record.second_contact_staff_id,
    secondContactStaffName: record.second_contact_staff_name,
    status: derived.status,
    currentStay: mapped.find((stay) => stay.current) ?? null,
    stays: mapped,
    version: record.version,
    createdAt: record.created_at,
    updatedAt: record.updated_at,
  };
}

export const toListRow = (row: CitizenRowRecord): CitizenListRow => ({
  id: row.id,
  name: citizenName(row),
  cprMasked: maskCpr(row.cpr),
  birthDate: row.birth_date,
  status: row.status,
  residenceId: row.residence_id,
  residenceName: row.residence_name,
  room: row.room,
  moveIn: row.move_in,
  moveOut: row.move_out,
  actingMunicipalityCode: row.acting_municipality_code,
  actingMunicipalityName: row.acting_municipality_name,
  contactStaffName: row.contact_staff_name,
});
