// Every report kind's template, by kind (the municipality template serves the region report too).
import type { ReportKind } from '../../../contract/areas/reports';
import { municipalityTemplate } from './municipality-template';
import { occupancyTemplate } from './occupancy-template';
import type { ReportTemplate } from './report-template';
import { statusTemplate } from './status-template';
import { substituteHoursTemplate } from './substitute-hours-template';
import { vikarmappeTemplate } from './vikarmappe-template';
import { weeklyRosterTemplate } from './weekly-roster-template';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each template checks its own model type
export const TEMPLATES: Record<ReportKind, ReportTemplate<any>> = {
  status: statusTemplate,
  municipality: municipalityTemplate,
  region: municipalityTemplate,
  occupancy: occupancyTemplate,
  weekly_roster: weeklyRosterTemplate,
  substitute_hours: substituteHoursTemplate,
  vikarmappe: vikarmappeTemplate,
};
