// English words for the roster's setup (same keys as da-roster-setup.ts).
import type { Translations } from './da';

export const enRosterSetup: Translations['rosterSetup'] = {
  title: 'Setup',
};
