// English words for the roster (same keys as da-roster.ts).
import type { Translations } from './da';

export const enRoster: Translations['roster'] = {
  title: 'Roster',
};
