// How the roster-side reports are named: the ISO week and the Danish month in titles, and
// ASCII-safe file names (ugeplan-solsikken-uge-48-2026.pdf) that survive any file system and mail.
import dayjs from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);
dayjs.extend(isoWeek);

const monthName = new Intl.DateTimeFormat('da-DK', { month: 'long', timeZone: 'UTC' });

/** "November 2026" from "2026-11". */
export function danishMonth(month: string): string {
  const name = monthName.format(new Date(`${month}-01T12:00:00Z`));
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${month.slice(0, 4)}`;
}

/** The ISO week of a Monday: number and ISO year (the week of 29-12-2025 is week 1 of 2026). */
export function isoWeekOf(monday: string): { week: number; year: number } {
  const day = dayjs.utc(monday);
  return { week: day.isoWeek(), year: day.isoWeekYear() };
}

const ASCII_LETTERS: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'ue', é: 'e', è: 'e' };

/** "Lærkehøj Å" → "laerkehoej-aa": lower case ASCII words joined by hyphens. */
export function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåäöüéè]/g, (letter) => ASCII_LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A report's file name from its parts: ["ugeplan", "Solsikken", "uge", 48, 2026] → ugeplan-solsikken-uge-48-2026.pdf. */
export function reportFileName(parts: ReadonlyArray<string | number>): string {
  return `${parts.map((part) => asciiSlug(String(part))).filter(Boolean).join('-')}.pdf`;
}
