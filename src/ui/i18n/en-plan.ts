// English words for a citizen's care plan (same keys as da-plan.ts).
import type { Translations } from './da';

export const enPlan: Translations['plan'] = {
  title: 'Plan',
};
