// Names and CPR numbers for the demo institution's staff and citizens: Danish names (æ, ø, å
// included), and valid CPR numbers whose 7th digit gives the right century for the birth year.
import dayjs from 'dayjs';
import '../common/danish-time';
import { parseCpr } from '../../contract/cpr';
import type { Random } from './seeded-random';

export const FEMALE_NAMES = [
  'Anna', 'Birthe', 'Camilla', 'Dorthe', 'Emma', 'Freja', 'Gitte', 'Hanne', 'Ida', 'Jytte', 'Karen', 'Lærke', 'Maja', 'Nanna',
  'Oda', 'Pia', 'Rikke', 'Sofie', 'Tove', 'Ulla', 'Vibeke', 'Åse', 'Sørine', 'Bodil', 'Inger', 'Mette', 'Signe', 'Astrid',
] as const;
export const MALE_NAMES = [
  'Anders', 'Bjørn', 'Carsten', 'Dennis', 'Erik', 'Frederik', 'Gunnar', 'Henrik', 'Ib', 'Jørgen', 'Kasper', 'Lars', 'Mads',
  'Niels', 'Ole', 'Poul', 'Rasmus', 'Søren', 'Torben', 'Ulrik', 'Villads', 'Æbbe', 'Øystein', 'Aage', 'Jens', 'Mikkel', 'Thor',
] as const;
export const LAST_NAMES = [
  'Andersen', 'Bæk', 'Christensen', 'Dahl', 'Eriksen', 'Frandsen', 'Grøn', 'Holm', 'Iversen', 'Jensen', 'Kjær', 'Larsen',
  'Madsen', 'Nielsen', 'Olsen', 'Pedersen', 'Rasmussen', 'Sørensen', 'Thomsen', 'Vestergaard', 'Østergaard', 'Ågård', 'Brøndum',
  'Mølgaard', 'Skårup', 'Lund', 'Hansen', 'Juhl', 'Krogh', 'Nørgaard', 'Bech', 'Aagaard', 'Schmidt', 'Yilmaz', 'Nowak',
] as const;

export interface DemoPerson {
  firstName: string;
  lastName: string;
  female: boolean;
}

export function demoPerson(random: Random): DemoPerson {
  const female = random.next() < 0.5;
  return { firstName: random.pick(female ? FEMALE_NAMES : MALE_NAMES), lastName: random.pick(LAST_NAMES), female };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The 7th digits that give `year`'s century for its two-digit year (CPR-kontoret's table). */
export function centuryDigits(year: number): number[] {
  const yy = year % 100;
  if (year < 1900) return yy >= 58 ? [5, 6, 7, 8] : [];
  if (year < 2000) return yy >= 37 ? [0, 1, 2, 3, 4, 9] : [0, 1, 2, 3];
  return yy <= 36 ? [4, 5, 6, 7, 8, 9] : yy <= 57 ? [5, 6, 7, 8] : [];
}

/**
 * A valid, unused CPR number (10 digits) for someone born between `fromYear` and `toYear`: a real
 * date, the century digit for the year, and an even last digit for women, odd for men. Modulus 11
 * is not applied, as CPR numbers since 2007 need not pass it.
 */
export function demoCpr(random: Random, used: Set<string>, female: boolean, fromYear = 1950, toYear = 2004): string {
  for (;;) {
    const year = random.int(fromYear, toYear);
    const month = random.int(1, 12);
    const day = random.int(1, dayjs.utc(`${year}-${pad(month)}-01`).daysInMonth());
    const century = random.pick(centuryDigits(year));
    const last = random.int(0, 4) * 2 + (female ? 0 : 1);
    const cpr = `${pad(day)}${pad(month)}${pad(year % 100)}${century}${pad(random.int(0, 99))}${last}`;
    const parsed = parseCpr(cpr);
    if (parsed?.birthDate !== `${year}-${pad(month)}-${pad(day)}`) throw new Error(`demo CPR ${cpr} does not give ${year}-${month}-${day}`);
    if (!used.has(cpr)) {
      used.add(cpr);
      return cpr;
    }
  }
}
