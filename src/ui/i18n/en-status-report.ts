// English words for the citizen's Status report tab and the residence's substitute briefing tab.
import type { daStatusReport } from './da-status-report';

export const enStatusReport: typeof daStatusReport = {
  tab: 'Status report',
};
