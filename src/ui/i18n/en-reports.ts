// English words for the Reports page, the PDF preview and the report buttons on the roster pages.
import type { daReports } from './da-reports';

export const enReports: typeof daReports = {
  title: 'Reports',
};
