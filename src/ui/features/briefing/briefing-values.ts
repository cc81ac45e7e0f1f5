// The vikarmappe as the form holds it (phone rows with a stable key for reordering, each resident's
// name and room beside the text) and back to the contract's briefingFields.
import type { Briefing } from '../../../contract/areas/reports';

export interface PhoneRow {
  key: string;
  label: string;
  phone: string;
}

export interface ResidentRow {
  citizenId: number;
  firstName: string;
  room: string | null;
  text: string;
}

export interface BriefingValues {
  routines: string;
  practical: string;
  emergency: string;
  phoneNumbers: PhoneRow[];
  residents: ResidentRow[];
}

let nextKey = 0;
export const phoneRowKey = () => `phone-${++nextKey}`;

export function toBriefingValues(briefing: Briefing): BriefingValues {
  return {
    routines: briefing.routines ?? '',
    practical: briefing.practical ?? '',
    emergency: briefing.emergency ?? '',
    phoneNumbers: briefing.phoneNumbers.map((row) => ({ key: phoneRowKey(), label: row.label, phone: row.phone })),
    residents: briefing.residents.map((row) => ({ citizenId: row.citizenId, firstName: row.firstName, room: row.room, text: row.text ?? '' })),
  };
}

/** The input of reports.saveBriefing before parsing (the schema trims and turns '' into null). */
export function toBriefingInput(values: BriefingValues, residenceId: number, version: number) {
  return {
    residenceId,
    version,
    routines: values.routines,
    practical: values.practical,
    emergency: values.emergency,
    phoneNumbers: values.phoneNumbers.map(({ label, phone }) => ({ label, phone })),
    residents: values.residents.map(({ citizenId, text }) => ({ citizenId, text })),
  };
}
