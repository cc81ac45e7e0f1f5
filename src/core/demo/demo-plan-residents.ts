// What the plan demo needs to know about the residents already built (stay, contact person, acting
// municipality), who writes for each residence, and small helpers shared by demo-plans.ts and
// demo-notes.ts: calendar days relative to today (dayjs) and contract-parsed service inputs.
import dayjs from 'dayjs';
import type { z } from 'zod';
import { contract, type InputOf, type MethodName, type ParsedInputOf } from '../../contract';
import type { Actor } from '../common/actor';
import { danishDate } from '../common/danish-time';
import type { Services } from '../services';
import type { Random } from './seeded-random';

export interface DemoResident {
  citizenId: number;
  firstName: string;
  residenceId: number;
  /** The residence's place in the demo's list (0 = Solsikken in Byen i Byen). */
  residenceIndex: number;
  moveIn: string;
  contactStaffId: number | null;
  /** The acting municipality's name ("Aarhus"); null without a placement. */
  municipality: string | null;
}

/** Who records for a residence: the demo's afdelingsleder and medarbejder where they work, else the administrator. */
export interface DemoWriters {
  plans(residenceId: number): Actor;
  notes(residenceId: number): Actor;
}

/**
 * The citizens living somewhere today, by residence (in the demo's order) and citizen. Read in one
 * query rather than through citizens.get, which would log thousands of reads no person made.
 */
export function currentResidents(services: Services, residenceIds: readonly number[]): DemoResident[] {
  const today = danishDate(services.clock.now());
  const rows = services.db
    .prepare(
      `SELECT c.id AS citizenId, c.first_name AS firstName, s.residence_id AS residenceId, s.move_in AS moveIn, c.contact_staff_id AS contactStaffId,
         (SELECT m.name FROM placements p JOIN municipalities m ON m.code = p.acting_municipality_code
          WHERE p.citizen_id = c.id AND p.start_date <= :today ORDER BY p.start_date DESC LIMIT 1) AS municipality
       FROM citizens c JOIN citizen_stays s ON s.citizen_id = c.id
       WHERE s.move_in <= :today AND (s.move_out IS NULL OR s.move_out >= :today)
       ORDER BY s.residence_id, c.id`,
    )
    .all({ today }) as Omit<DemoResident, 'residenceIndex'>[];
  const index = new Map(residenceIds.map((id, position) => [id, position]));
  return rows.map((row) => ({ ...row, residenceIndex: index.get(row.residenceId) ?? -1 }));
}

/** Calendar days (YYYY-MM-DD) relative to `today`. */
export function demoDays(today: string, random: Random) {
  const day = (offset: number, from = today) => dayjs(from).add(offset, 'day').format('YYYY-MM-DD');
  return {
    today,
    day,
    later: (a: string, b: string) => (a > b ? a : b),
    earlier: (a: string, b: string) => (a < b ? a : b),
    /** Days from `from` to `to`. */
    between: (from: string, to: string) => dayjs(to).diff(from, 'day'),
    /** A random day from `from` to `to`, both included (`from` when the range is empty). */
    pick: (from: string, to: string) => day(random.int(0, Math.max(0, dayjs(to).diff(from, 'day'))), from),
    addMonths: (from: string, months: number) => dayjs(from).add(months, 'month').format('YYYY-MM-DD'),
    yearStart: dayjs(today).startOf('year').format('YYYY-MM-DD'),
  };
}
export type DemoDays = ReturnType<typeof demoDays>;

/** A service input as dispatch would hand it over: parsed by the contract, so the demo obeys its rules too. */
export function parsed<M extends MethodName>(method: M, input: InputOf<M>): ParsedInputOf<M> {
  return (contract[method].input as z.ZodType).parse(input) as ParsedInputOf<M>;
}

/** "{navn}" and "{kommune}" filled in. */
export function fill(text: string, resident: DemoResident): string {
  return text.replaceAll('{navn}', resident.firstName).replaceAll('{kommune}', resident.municipality ?? 'Aarhus');
}
