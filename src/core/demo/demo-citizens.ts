// The demo's citizens, created through the citizen and waiting-list services: residents filling
// most places (one residence full), some who have moved out, and a short waiting list, several of
// them for the full residence. Dates are relative to today, so the demo always looks current.
import type { Actor } from '../common/actor';
import { addDays } from '../citizens/calendar-days';
import type { Services } from '../services';
import { demoCpr, demoPerson } from './demo-people';
import type { DemoResidence, DemoStaff } from './demo-staff';
import type { Random } from './seeded-random';

/** How many citizens of each kind: residents, moved out, and waiting without a stay. */
export function citizenMix(total: number): { residents: number; movedOut: number; waitingOnly: number } {
  const movedOut = Math.max(1, Math.round(total * 0.07));
  const waitingOnly = Math.max(1, Math.round(total * 0.05));
  return { residents: Math.max(0, total - movedOut - waitingOnly), movedOut, waitingOnly };
}

/**
 * Residents per residence: `full` (an index) takes all its places; the rest share the remaining
 * residents in proportion to their places, each keeping at least one place free while it can.
 */
export function residentTargets(places: readonly number[], residents: number, full: number | null): number[] {
  const targets = places.map(() => 0);
  let left = residents;
  if (full !== null && full < places.length) {
    targets[full] = Math.min(places[full]!, left);
    left -= targets[full]!;
  }
  const others = places.map((_, index) => index).filter((index) => index !== full);
  const otherPlaces = others.reduce((sum, index) => sum + places[index]!, 0);
  for (const index of others) targets[index] = Math.min(places[index]! - 1, Math.floor((places[index]! * left) / Math.max(1, otherPlaces)));
  left -= others.reduce((sum, index) => sum + targets[index]!, 0);
  // What rounding left over: one each in turn, first keeping a place free, then filling up.
  for (const keepFree of [1, 0]) {
    let added = true;
    while (left > 0 && added) {
      added = false;
      for (const index of others) {
        if (left > 0 && targets[index]! < places[index]! - keepFree) {
          targets[index]! += 1;
          left -= 1;
          added = true;
        }
      }
    }
  }
  return targets;
}

export function buildDemoCitizens(services: Services, admin: Actor, random: Random, residences: readonly DemoResidence[], staff: DemoStaff, total: number): number[] {
  const today = services.citizenAccess.today();
  const usedCpr = new Set<string>();
  const mix = citizenMix(total);
  const fullIndex = residences.length > 4 ? 4 : residences.length > 1 ? 0 : null;
  const targets = residentTargets(residences.map((r) => r.places), mix.residents, fullIndex);
  const withFree = residences.filter((residence, index) => targets[index]! < residence.places);
  const ids: number[] = [];

  const create = (residence: DemoResidence | null, stay: { room: string | null; moveIn: string; moveOut: string | null } | null) => {
    const person = demoPerson(random);
    const contacts = residence ? staff.byResidence.get(residence.id) ?? [] : [];
    const contact = contacts.length ? random.pick(contacts) : null;
    const second = contacts.length > 1 && random.next() < 0.5 ? random.pick(contacts.filter((id) => id !== contact)) : null;
    const citizen = services.citizens.create(admin, {
      firstName: person.firstName,
      lastName: person.lastName,
      cpr: demoCpr(random, usedCpr, person.female),
      communicationNeeds: random.next() < 0.3 ? random.pick(['Bruger piktogrammer og tegn til tale', 'Taler langsomt; giv tid til svar', 'Foretrækker skriftlige aftaler']) : null,
      guardianName: random.next() < 0.2 ? `${demoPerson(random).firstName} ${person.lastName}` : null,
      guardianPhone: null,
      guardianEmail: null,
      contactStaffId: contact,
      secondContactStaffId: second,
      stay: residence && stay ? { residenceId: residence.id, ...stay } : null,
      waitingList: null,
    });
    ids.push(citizen.id);
    return citizen.id;
  };

  // Residents: open stays that began up to eight years ago; a few have a planned move-out.
  residences.forEach((residence, index) => {
    for (let room = 1; room <= targets[index]!; room++) {
      const moveOut = random.next() < 0.05 ? addDays(today, random.int(14, 120)) : null;
      create(residence, { room: `Værelse ${room}`, moveIn: addDays(today, -random.int(7, 2900)), moveOut });
    }
  });

  // Moved out: one after another at residences with a free place, so no past day was over capacity.
  const lastMoveIn = new Map<number, string>();
  for (let index = 0; index < mix.movedOut && withFree.length; index++) {
    const residence = withFree[index % withFree.length]!;
    const moveOut = addDays(lastMoveIn.get(residence.id) ?? today, -random.int(30, 400));
    const moveIn = addDays(moveOut, -random.int(180, 1500));
    lastMoveIn.set(residence.id, addDays(moveIn, -1));
    create(residence, { room: null, moveIn, moveOut });
  }

  // The waiting list: citizens without a place (the first ones for the full residence) and some
  // residents who want to move there.
  const full = fullIndex === null ? null : residences[fullIndex]!;
  const waitFor = (citizenId: number, residence: DemoResidence) =>
    services.waitingList.add(admin, {
      citizenId,
      residenceId: residence.id,
      requestedDate: addDays(today, -random.int(10, 500)),
      desiredMoveIn: random.next() < 0.5 ? addDays(today, random.int(20, 200)) : null,
      note: null,
    });
  for (let index = 0; index < mix.waitingOnly; index++) {
    const target = full && index % 2 === 0 ? full : random.pick(residences);
    waitFor(create(null, null), target);
  }
  if (full) {
    const residents = ids.slice(0, mix.residents).filter((_, index) => index % 11 === 3);
    for (const citizenId of residents.slice(0, Math.max(1, Math.round(total * 0.07)))) {
      if (!services.citizenAccess.residencesOf(citizenId).includes(full.id)) waitFor(citizenId, full);
    }
  }
  return ids;
}
