// Rolls a residence's basisplan out onto concrete dates: each slot becomes a shift for its staff
// member (open with reason 'fravaer' when absence covers the day), every assignment is checked
// against the working-time rules (one that breaks a rule is left open and reported: only a planner
// may override, with a reason), and the staffing need the slots do
// not cover becomes open shifts (source and reason 'behov'). Days already rolled out are skipped.
import dayjs from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek.js';
import utc from 'dayjs/plugin/utc.js';
import type { OutputOf } from '../../contract';
import type { AuditLog } from '../audit/audit-log';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { DomainError, invalidField } from '../common/domain-error';
import type { RotationQueries, ShiftTypeRecord } from './rotation-queries';
import type { RuleChecker } from './rules/rule-checker';
import { shiftInstants } from './shift-times';

dayjs.extend(utc);
dayjs.extend(isoWeek);

export const MAX_ROLL_OUT_DAYS = 26 * 7;
const shown = (date: string) => dayjs.utc(date).format('DD-MM-YYYY');

/** Every date from `from` to `to`, inclusive (calendar dates, no time zone involved). */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let day = dayjs.utc(from); day.format('YYYY-MM-DD') <= to; day = day.add(1, 'day')) dates.push(day.format('YYYY-MM-DD'));
  return dates;
}

/** The rotation week (1-based) `date` falls in, for a rotation of `weeks` weeks from the Monday `startDate`. */
export function rotationWeek(startDate: string, weeks: number, date: string): number {
  const days = dayjs.utc(date).diff(dayjs.utc(startDate), 'day');
  return (Math.floor(days / 7) % weeks) + 1;
}

type RollOutResult = OutputOf<'rotations.rollOut'>;

export function createRollOut(clock: Clock, audit: AuditLog, q: RotationQueries, rules: RuleChecker) {
  return function rollOut(actor: Actor, residence: { id: number; name: string }, from: string, to: string): RollOutResult {
    const rotation = q.rotation.get(residence.id);
    if (!rotation) throw new DomainError('CONFLICT', `${residence.name} har ingen basisplan endnu.`);
    if (from < rotation.start_date) throw invalidField('from', `Fra kan ikke ligge før basisplanens startdato (${shown(rotation.start_date)})`);
    if (dayjs.utc(to).diff(dayjs.utc(from), 'day') >= MAX_ROLL_OUT_DAYS) throw invalidField('to', 'Der kan højst rulles 26 uger ud ad gangen');

    const types = new Map<number, ShiftTypeRecord>(q.shiftTypes.all(residence.id).filter((t) => t.active === 1).map((t) => [t.id, t]));
    const slots = q.slots.all(residence.id).filter((slot) => types.has(slot.shift_type_id));
    const needs = q.needs.all(residence.id);
    const needCompetences = new Map<number, number[]>();
    for (const row of q.needCompetences.all(residence.id)) needCompetences.set(row.staffing_need_id, [...(needCompetences.get(row.staffing_need_id) ?? []), row.competence_id]);
    const needFor = new Map(needs.map((n) => [`${n.shift_type_id}/${n.weekday}`, n]));
    const absences = q.absences.all({ from, to });
    const isAbsent = (staffId: number, date: string) => absences.some((a) => a.staff_id === staffId && a.from_date <= date && a.to_date >= date);
    const staffNames = new Map<number, { name: string; active: number } | undefined>();
    const staffOf = (id: number) => {
      if (!staffNames.has(id)) staffNames.set(id, q.staff.get(id));
      return staffNames.get(id);
    };
    const planned = new Set(q.plannedDates.all({ residenceId: residence.id, from, to }));
    const now = clock.now().toISOString();
    const result: RollOutResult = { created: 0, open: 0, skippedDays: 0, violations: [] };

    const create = (type: ShiftTypeRecord, date: string, staffId: number | null, openReason: 'fravaer' | 'behov' | null, source: 'basisplan' | 'behov', competenceIds: number[]) => {
      const instants = shiftInstants(date, type.start_time, type.end_time);
      const id = Number(
        q.insertShift.run({
          residenceId: residence.id,
          shiftTypeId: type.id,
          kind: type.kind,
          name: type.name,
          date,
          start: type.start_time,
          end: type.end_time,
          ...instants,
          sleeping: type.night_mode === 'sovende' ? 1 : 0,
          staffId,
          openReason,
          source,
          now,
        }).lastInsertRowid,
      );
      for (const competenceId of competenceIds) q.insertShiftCompetence.run(id, competenceId);
      result.created += 1;
      if (staffId === null) result.open += 1;
      return { id, ...instants };
    };

    for (const date of datesBetween(from, to)) {
      if (planned.has(date)) {
        result.skippedDays += 1;
        continue;
      }
      const weekday = dayjs.utc(date).isoWeekday();
      const week = rotationWeek(rotation.start_date, rotation.weeks, date);
      const coveredBySlots = new Map<number, number>();
      for (const slot of slots) {
        if (slot.week !== week || slot.weekday !== weekday) continue;
        const staff = staffOf(slot.staff_id);
        if (!staff || staff.active !== 1) continue;
        const type = types.get(slot.shift_type_id)!;
        const need = needFor.get(`${type.id}/${weekday}`);
        const competenceIds = need ? (needCompetences.get(need.id) ?? []) : [];
        coveredBySlots.set(type.id, (coveredBySlots.get(type.id) ?? 0) + 1);
        if (isAbsent(slot.staff_id, date)) {
          create(type, date, null, 'fravaer', 'basisplan', competenceIds);
          continue;
        }
        const shift = create(type, date, slot.staff_id, null, 'basisplan', competenceIds);
        const candidate = { id: shift.id, residenceId: residence.id, date, kind: type.kind, startsAt: shift.startsAt, endsAt: shift.endsAt, minutes: shift.minutes, requiredCompetenceIds: competenceIds };
        const violations = rules.check(candidate, slot.staff_id);
        if (violations.length > 0) {
          // An automatic assignment may not break a rule; only a planner can override, with a reason.
          q.openShift.run(shift.id);
          result.open += 1;
        }
        for (const violation of violations) {
          result.violations.push({ date, staffId: slot.staff_id, staffName: staff.name, message: violation.message });
        }
      }
      for (const need of needs) {
        if (need.weekday !== weekday) continue;
        const type = types.get(need.shift_type_id);
        if (!type) continue;
        const missing = need.staff_count - (coveredBySlots.get(type.id) ?? 0);
        for (let i = 0; i < missing; i += 1) create(type, date, null, 'behov', 'behov', needCompetences.get(need.id) ?? []);
      }
    }

    audit.record(actor, {
      action: 'create',
      method: 'rotations.rollOut',
      subject: residence.name,
      detail: `${shown(from)}-${shown(to)}: ${result.created} vagter, ${result.open} ledige, ${result.skippedDays} dage sprunget over, ${result.violations.length} regelbrud`,
    });
    return result;
  };
}
