// The roster grid of a residence for 1 or 4 weeks (days with ISO weeks and holidays, staff, shifts,
// absence, coverage against the need, continuity, approvals), the pool of open shifts, continuity.
import dayjs from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek.js';
import utc from 'dayjs/plugin/utc.js';
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { Absence } from '../../contract/areas/roster';
import type { AuditLog } from '../audit/audit-log';
import { assertResidenceAccess, canSeeResidence, type Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { invalidField, notFound } from '../common/domain-error';
import type { Db } from '../db/open-database';
import { createContinuity } from './continuity';
import { gridCoverage } from './grid-coverage';
import { createGridQueries } from './grid-queries';
import { holidayOn } from './danish-holidays';
import { datesBetween } from './rotation-rollout';
import { toShift } from './shift-reader';

dayjs.extend(utc);
dayjs.extend(isoWeek);

export function createGridService(db: Db, clock: Clock, audit: AuditLog) {
  void [clock, audit];
  const q = createGridQueries(db);
  const continuity = createContinuity(db);

  const residenceFor = (actor: Actor, residenceId: number) => {
    const residence = q.residence.get(residenceId);
    if (!residence) throw notFound('Botilbuddet');
    assertResidenceAccess(actor, residenceId);
    return residence;
  };
  /** The residences a period view covers: the one asked for, or every active one the actor may see. */
  const residencesFor = (actor: Actor, residenceId: number | null) => {
    if (residenceId !== null) return [residenceFor(actor, residenceId)];
    return q.residences.all({ residenceId: null }).filter((r) => canSeeResidence(actor, r.id));
  };

  return {
    grid(actor: Actor, input: ParsedInputOf<'roster.grid'>): OutputOf<'roster.grid'> {
      const residence = residenceFor(actor, input.residenceId);
      if (dayjs.utc(input.from).isoWeekday() !== 1) throw invalidField('from', 'Fra skal være en mandag');
      const from = input.from;
      const to = dayjs.utc(from).add(input.weeks * 7 - 1, 'day').format('YYYY-MM-DD');
      const period = { residenceId: residence.id, from, to };
      const dates = datesBetween(from, to);
      const shifts = q.shifts.all(period).map(toShift);
      return {
        residenceId: residence.id,
        from,
        to,
        days: dates.map((date) => {
          const day = dayjs.utc(date);
          return { date, isoWeek: day.isoWeek(), weekday: day.isoWeekday(), holiday: holidayOn(date) };
        }),
        staff: q.staff.all(period).map((s) => ({ staffId: s.id, name: s.name, employment: s.employment, minutes: s.minutes, weeklyMinutes: s.weekly_minutes })),
        shifts,
        absences: q.absences.all(period).map(
          (a): Absence => ({
            id: a.id,
            staffId: a.staff_id,
            staffName: a.staff_name,
            kind: a.kind as Absence['kind'],
            from: a.from_date,
            to: a.to_date,
            note: a.note,
            recordedBy: a.recorded_by,
            createdAt: a.created_at,
          }),
        ),
        coverage: gridCoverage(dates, q.shiftTypes.all(residence.id).map((t) => t.id), q.needs.all(residence.id), shifts),
        continuity: continuity([residence], from, to),
        locked: q.approvals.all(period).map((a) => ({ from: a.from_date, to: a.to_date, approvedBy: a.approved_by, approvedAt: a.approved_at })),
      };
    },

    openShifts(actor: Actor, input: ParsedInputOf<'roster.openShifts'>): OutputOf<'roster.openShifts'> {
      if (input.residenceId !== null) residenceFor(actor, input.residenceId);
      return q.openShifts
        .all({ residenceId: input.residenceId, from: input.from, to: input.to })
        .filter((row) => canSeeResidence(actor, row.residence_id))
        .map(toShift);
    },

    continuity(actor: Actor, input: ParsedInputOf<'roster.continuity'>): OutputOf<'roster.continuity'> {
      return continuity(residencesFor(actor, input.residenceId), input.from, input.to);
    },
  };
}

export type GridService = ReturnType<typeof createGridService>;
