// English words for documentation and the plans overview (same keys as da-notes.ts).
import type { Translations } from './da';

export const enNotes: Translations['notes'] = {
  title: 'Journal',
};

export const enPlanOverview: Translations['planOverview'] = {
  title: 'Plans',
};
