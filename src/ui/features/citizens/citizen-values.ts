// Between a citizen as the server sends it and the form's values (text, not nulls; Select ids as
// strings), and from the form to the contract's input for create and update.
import type { Citizen } from '../../../contract/areas/citizens';
import { todayIso } from '../../format/dates';

export type PlacementMode = 'none' | 'stay' | 'waiting';

export interface CitizenBasicsValues {
  firstName: string;
  lastName: string;
  cpr: string;
  contactStaffId: string | null;
  secondContactStaffId: string | null;
  communicationNeeds: string;
  guardianName: string;
  guardianPhone: string;
  guardianEmail: string;
}

export interface CitizenCreateValues extends CitizenBasicsValues {
  mode: PlacementMode;
  stay: { residenceId: string | null; room: string; moveIn: string | null };
  waitingList: { residenceId: string | null; requestedDate: string | null };
}

export function emptyCitizen(): CitizenCreateValues {
  return {
    firstName: '',
    lastName: '',
    cpr: '',
    contactStaffId: null,
    secondContactStaffId: null,
    communicationNeeds: '',
    guardianName: '',
    guardianPhone: '',
    guardianEmail: '',
    mode: 'none',
    stay: { residenceId: null, room: '', moveIn: todayIso() },
    waitingList: { residenceId: null, requestedDate: todayIso() },
  };
}

/** The CPR field starts empty when editing: filled in only to correct the number (unchanged otherwise). */
export function citizenToValues(citizen: Citizen): CitizenBasicsValues {
  return {
    firstName: citizen.firstName,
    lastName: citizen.lastName,
    cpr: '',
    contactStaffId: citizen.contactStaffId === null ? null : String(citizen.contactStaffId),
    secondContactStaffId: citizen.secondContactStaffId === null ? null : String(citizen.secondContactStaffId),
    communicationNeeds: citizen.communicationNeeds ?? '',
    guardianName: citizen.guardianName ?? '',
    guardianPhone: citizen.guardianPhone ?? '',
    guardianEmail: citizen.guardianEmail ?? '',
  };
}

/** A Select's id, or null; the schema then names a missing required choice in Danish. */
export function toId(value: string | null): number | null {
  return value ? Number(value) : null;
}

/** The stamdata part of create and update input, before the contract's schema parses it. */
export function basicsToRaw(values: CitizenBasicsValues) {
  return {
    firstName: values.firstName,
    lastName: values.lastName,
    cpr: values.cpr,
    contactStaffId: toId(values.contactStaffId),
    secondContactStaffId: toId(values.secondContactStaffId),
    communicationNeeds: values.communicationNeeds,
    guardianName: values.guardianName,
    guardianPhone: values.guardianPhone,
    guardianEmail: values.guardianEmail,
  };
}

export function createToRaw(values: CitizenCreateValues) {
  return {
    ...basicsToRaw(values),
    stay: values.mode === 'stay' ? { residenceId: toId(values.stay.residenceId), room: values.stay.room, moveIn: values.stay.moveIn, moveOut: null } : null,
    waitingList:
      values.mode === 'waiting' ? { residenceId: toId(values.waitingList.residenceId), requestedDate: values.waitingList.requestedDate } : null,
  };
}
