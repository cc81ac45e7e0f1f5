// The demo's documentation, written through the notes and incidents services: dagbog notes per
// resident (some about a goal or an FFB theme, some marked til statusrapport, a few corrected into
// a second version with a reason), exactly two magtanvendelser (one reported, one not yet) and a
// couple of utilsigtede hændelser. Deterministic for one `random` and one day.
import type { Note } from '../../contract/areas/notes';
import { danishDate } from '../common/danish-time';
import type { Services } from '../services';
import { DIARY_NOTES, INCIDENT_TEXTS, NOTE_CORRECTIONS } from './demo-plan-texts';
import { demoDays, fill, parsed, type DemoResident, type DemoWriters } from './demo-plan-residents';
import type { DemoGoalRef } from './demo-plans';
import { ffbCodeOf } from './demo-plans';
import type { Random } from './seeded-random';

export interface DemoNoteProfile {
  perResident: (random: Random) => number;
  /** How far back the notes go, in days. */
  days: number;
  forStatusReport: number;
  /** Every n-th note is corrected (at least the first two are). */
  correctEvery: number;
}

export const DETAILED_NOTES: DemoNoteProfile = { perResident: (random) => random.int(4, 7), days: 120, forStatusReport: 0.3, correctEvery: Number.POSITIVE_INFINITY };
export const BULK_NOTES: DemoNoteProfile = { perResident: () => 20, days: 365, forStatusReport: 0.15, correctEvery: 97 };

export interface DemoNotesResult {
  notes: number;
  corrected: number;
  incidents: number;
}

export function addDemoNotes(
  services: Services,
  writers: DemoWriters,
  random: Random,
  residents: readonly DemoResident[],
  goalsByCitizen: ReadonlyMap<number, readonly DemoGoalRef[]>,
  profile: DemoNoteProfile,
): DemoNotesResult {
  const days = demoDays(danishDate(services.clock.now()), random);
  const result: DemoNotesResult = { notes: 0, corrected: 0, incidents: 0 };
  let correctedLast: number | null = null;

  for (const resident of residents) {
    const actor = writers.notes(resident.residenceId);
    const from = days.later(resident.moveIn, days.day(-profile.days));
    const dates = Array.from({ length: profile.perResident(random) }, () => days.pick(from, days.today)).sort();
    for (const date of dates) {
      const goals = (goalsByCitizen.get(resident.citizenId) ?? []).filter((goal) => goal.startDate <= date);
      const goal = goals.length > 0 && random.next() < 0.45 ? random.pick(goals) : null;
      const general = random.pick(DIARY_NOTES);
      const theme = goal ? null : general.theme && ffbCodeOf(general.theme[0], general.theme[1]).code;
      const note = services.notes.create(
        actor,
        parsed('notes.create', {
          citizenId: resident.citizenId,
          date,
          body: fill(goal ? random.pick(goal.text.diary) : general.body, resident),
          goalIds: goal ? [goal.id] : [],
          themeCodes: goal ? [goal.themeCode] : theme ? [theme] : [],
          forStatusReport: random.next() < profile.forStatusReport,
        }),
      );
      result.notes++;
      // The first two corrections on two residents' first notes, then every n-th note.
      const first = result.corrected < NOTE_CORRECTIONS.length && correctedLast !== resident.citizenId;
      const correction = first ? NOTE_CORRECTIONS[result.corrected]! : result.notes % profile.correctEvery === 0 ? NOTE_CORRECTIONS[1] : null;
      if (correction && (!correction.moveDay || date > resident.moveIn)) {
        correct(resident, note, correction);
        result.corrected++;
        correctedLast = resident.citizenId;
      }
    }
  }
  result.incidents = addIncidents();
  return result;

  function correct(resident: DemoResident, note: Note, correction: (typeof NOTE_CORRECTIONS)[number]) {
    services.notes.correct(
      writers.notes(resident.residenceId),
      parsed('notes.correct', {
        id: note.id,
        version: note.version,
        reason: fill(correction.reason, resident),
        date: correction.moveDay ? days.day(-1, note.date) : note.date,
        body: correction.addition ? `${note.body} ${fill(correction.addition, resident)}` : note.body,
        goalIds: note.goals.map((goal) => goal.id),
        themeCodes: note.themes.map((theme) => theme.code),
        forStatusReport: note.forStatusReport,
      }),
    );
  }

  /** Two magtanvendelser (reported, not yet reported) and two utilsigtede hændelser, at the residences that fit them. */
  function addIncidents(): number {
    const used = new Set<number>();
    /** The first resident at the residence (by the demo's order) who has lived there at least `since` days. */
    const residentAt = (residenceIndex: number, since: number) => {
      const fits = (resident: DemoResident) => !used.has(resident.citizenId) && days.between(resident.moveIn, days.today) >= since;
      const found = residents.find((resident) => resident.residenceIndex === residenceIndex && fits(resident)) ?? residents.find(fits);
      if (found) used.add(found.citizenId);
      return found;
    };
    let count = 0;
    const record = (resident: DemoResident | undefined, kind: 'magtanvendelse' | 'utilsigtet-haendelse', text: { type: string; description: string }, date: string, time: string, reportedDate: string | null) => {
      if (!resident) return;
      services.incidents.create(
        writers.notes(resident.residenceId),
        parsed('incidents.create', { citizenId: resident.citizenId, kind, type: text.type, date, time, description: fill(text.description, resident), reported: reportedDate !== null, reportedDate }),
      );
      count++;
    };
    const forceDate = days.day(-random.int(30, 50));
    record(residentAt(4, 60), 'magtanvendelse', INCIDENT_TEXTS.reportedForce, forceDate, '19:40', days.day(2, forceDate));
    record(residentAt(0, 20), 'magtanvendelse', INCIDENT_TEXTS.unreportedForce, days.day(-random.int(3, 10)), '17:55', null);
    const medicationDate = days.day(-random.int(15, 80));
    record(residentAt(2, 90), 'utilsigtet-haendelse', INCIDENT_TEXTS.medication, medicationDate, '21:10', days.day(1, medicationDate));
    record(residentAt(5, 90), 'utilsigtet-haendelse', INCIDENT_TEXTS.fall, days.day(-random.int(5, 60)), '07:20', null);
    return count;
  }
}
