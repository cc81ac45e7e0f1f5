// The basisplan form's values: weeks, start Monday, and the staff per cell keyed
// `week-weekday-shiftTypeId`; to and from the contract's slot list.
import type { Rotation, RotationSlot } from '../../../contract/areas/roster-setup';

export interface RotationValues {
  weeks: number;
  startDate: string | null;
  cells: Record<string, string[]>;
}

export const cellKey = (week: number, weekday: number, shiftTypeId: number) => `${week}-${weekday}-${shiftTypeId}`;

export function toRotationValues(rotation: Rotation, nextMonday: string): RotationValues {
  const cells: Record<string, string[]> = {};
  for (const slot of rotation.slots) {
    const key = cellKey(slot.week, slot.weekday, slot.shiftTypeId);
    cells[key] = [...(cells[key] ?? []), String(slot.staffId)];
  }
  return { weeks: rotation.version ? rotation.weeks : rotation.weeks || 4, startDate: rotation.startDate ?? nextMonday, cells };
}

/** The slots of the weeks in use; cells of weeks beyond `weeks` are kept in the form but not sent. */
export function toSlots(values: RotationValues): RotationSlot[] {
  return Object.entries(values.cells).flatMap(([key, staffIds]) => {
    const [week, weekday, shiftTypeId] = key.split('-').map(Number) as [number, number, number];
    return week <= values.weeks ? staffIds.map((staffId) => ({ week, weekday, shiftTypeId, staffId: Number(staffId) })) : [];
  });
}
