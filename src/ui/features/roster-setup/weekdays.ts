// ISO weekdays as the roster setup counts them: 1 = Monday … 7 = Sunday.
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];
