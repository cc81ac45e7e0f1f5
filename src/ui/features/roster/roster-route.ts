// The Vagtplan's hash route: `#/vagtplan/<residenceId>/<uge|4-uger|opsaetning>/<yyyy-mm-dd>`, read
// into a residence, a tab and the Monday the shown period starts on (today's week by default).
import dayjs from 'dayjs';
import { routeHref } from '../../app/hash-route';
import { todayIso } from '../../format/dates';

export const ROSTER_TABS = [
  { path: 'uge', key: 'week', weeks: 1 },
  { path: '4-uger', key: 'fourWeeks', weeks: 4 },
  { path: 'opsaetning', key: 'setup', weeks: 0 },
] as const;
export type RosterTab = (typeof ROSTER_TABS)[number];

export interface RosterRoute {
  residenceId: number | null;
  tab: RosterTab;
  monday: string;
}

/** The Monday of the ISO week `iso` lies in. */
export function mondayOf(iso: string): string {
  return dayjs(iso).isoWeekday(1).format('YYYY-MM-DD');
}

/** An ISO date `days` later (negative: earlier). */
export function addDays(iso: string, days: number): string {
  return dayjs(iso).add(days, 'day').format('YYYY-MM-DD');
}

export function parseRosterRoute(route: string[]): RosterRoute {
  const [residence, tabPath, date] = route;
  const residenceId = Number(residence) > 0 ? Number(residence) : null;
  const tab = ROSTER_TABS.find((candidate) => candidate.path === tabPath) ?? ROSTER_TABS[0];
  const valid = date && /^\d{4}-\d{2}-\d{2}$/.test(date) && dayjs(date).isValid();
  return { residenceId, tab, monday: mondayOf(valid ? date : todayIso()) };
}

export function rosterHref({ residenceId, tab, monday }: RosterRoute): string {
  if (residenceId === null) return routeHref('vagtplan');
  return tab.weeks === 0 ? routeHref('vagtplan', residenceId, tab.path) : routeHref('vagtplan', residenceId, tab.path, monday);
}
