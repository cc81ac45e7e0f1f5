// Builds every core service over one database: the core's own composition, used by the backend,
// the demo builder, tests and benchmarks.
import { createAuditLog } from './audit/audit-log';
import { createAuthService } from './auth/auth-service';
import { OWASP_SCRYPT, type ScryptCost } from './auth/password-hash';
import { createSessionStore } from './auth/session-store';
import { systemClock, type Clock } from './common/clock';
import type { Db } from './db/open-database';
import { createResidencesService } from './residences/residences-service';
import { createProviderSettingsService } from './settings/provider-settings-service';
import { createUsersService } from './users/users-service';
import { createCitizenAccess } from './citizens/citizen-access';
import { createCitizensService } from './citizens/citizens-service';
import { createOccupancyService } from './citizens/occupancy-service';
import { createConsentsService } from './consents/consents-service';
import { createPlacementsService } from './placements/placements-service';
import { createMunicipalitiesService } from './reference/municipalities-service';
import { createRelativesService } from './relatives/relatives-service';
import { createStaffService } from './staff/staff-service';
import { createWaitingListService } from './waiting-list/waiting-list-service';
import { createIncidentsService } from './incidents/incidents-service';
import { createNotesService } from './notes/notes-service';
import { createEffectMapping } from './plans/effect-mapping';
import { createGoalsService } from './plans/goals-service';
import { createPlanDeadlines } from './plans/plan-deadlines';
import { createPlanOverview } from './plans/plan-overview';
import { createPlansService } from './plans/plans-service';
import { createAbsencesService } from './roster/absences-service';
import { createApprovalsService } from './roster/approvals-service';
import { createAssignmentService } from './roster/assignment-service';
import { createGridService } from './roster/grid-service';
import { createHoursService } from './roster/hours-service';
import { createRotationService } from './roster/rotation-service';
import { createSuggestionsService } from './roster/suggestions-service';
import { createExcludedStaffService } from './roster-setup/excluded-staff-service';
import { createRosterSettingsService } from './roster-setup/roster-settings-service';
import { createShiftTypesService } from './roster-setup/shift-types-service';
import { createStaffingNeedsService } from './roster-setup/staffing-needs-service';
import { createAvailabilityService } from './staff/availability-service';
import { createCompetencesService } from './staff/competences-service';
import { createAreaReports } from './reports/area-reports';
import { createPdfRenderer, type PdfRendererOptions } from './reports/pdf/pdf-renderer';
import { createReportStore } from './reports/report-store';
import { createRosterReports } from './reports/roster-reports';
import { createStatusReports } from './reports/status-reports';

export interface ServiceOptions {
  clock?: Clock;
  /** Password hashing cost; OWASP's by default. Only tests that create many users lower it. */
  passwordCost?: ScryptCost;
  /** Where the PDF worker and fonts are (the desktop app passes its built files). */
  pdf?: PdfRendererOptions;
}

export function createServices(db: Db, options: ServiceOptions = {}) {
  const clock = options.clock ?? systemClock;
  const passwordCost = options.passwordCost ?? OWASP_SCRYPT;
  const audit = createAuditLog(db, clock);
  const users = createUsersService(db, clock, audit, passwordCost);
  const sessions = createSessionStore(clock);
  const citizenAccess = createCitizenAccess(db, clock);
  const planDeadlines = createPlanDeadlines(db, clock, audit, citizenAccess);
  const pdfRenderer = createPdfRenderer(options.pdf);
  return {
    db,
    clock,
    audit,
    users,
    sessions,
    auth: createAuthService(db, users, audit, sessions, passwordCost),
    residences: createResidencesService(db, clock, audit),
    settings: createProviderSettingsService(db, clock, audit),
    municipalities: createMunicipalitiesService(db),
    citizenAccess,
    staff: createStaffService(db, clock, audit, citizenAccess),
    citizens: createCitizensService(db, clock, audit, citizenAccess),
    occupancy: createOccupancyService(db, clock, audit, citizenAccess),
    waitingList: createWaitingListService(db, clock, audit, citizenAccess),
    placements: createPlacementsService(db, clock, audit, citizenAccess),
    relatives: createRelativesService(db, clock, audit, citizenAccess),
    consents: createConsentsService(db, clock, audit, citizenAccess),
    plans: createPlansService(db, clock, audit, citizenAccess, planDeadlines),
    goals: createGoalsService(db, clock, audit, citizenAccess),
    planDeadlines,
    planOverview: createPlanOverview(db, clock, audit),
    effectMapping: createEffectMapping(db, audit),
    notes: createNotesService(db, clock, audit, citizenAccess),
    incidents: createIncidentsService(db, clock, audit, citizenAccess),
    competences: createCompetencesService(db, clock, audit),
    availability: createAvailabilityService(db, clock, audit),
    shiftTypes: createShiftTypesService(db, clock, audit),
    staffingNeeds: createStaffingNeedsService(db, clock, audit),
    rosterSettings: createRosterSettingsService(db, clock, audit),
    excludedStaff: createExcludedStaffService(db, clock, audit, citizenAccess),
    absences: createAbsencesService(db, clock, audit),
    approvals: createApprovalsService(db, clock, audit),
    assignments: createAssignmentService(db, clock, audit),
    suggestions: createSuggestionsService(db, clock, audit),
    rotations: createRotationService(db, clock, audit),
    rosterGrid: createGridService(db, clock, audit),
    rosterHours: createHoursService(db, clock, audit),
    pdfRenderer,
    reportStore: createReportStore(db, clock, audit, citizenAccess, pdfRenderer),
    statusReports: createStatusReports(db, clock, audit, citizenAccess),
    areaReports: createAreaReports(db, clock, audit, citizenAccess),
    rosterReports: createRosterReports(db, clock, audit, citizenAccess),
  };
}

export type Services = ReturnType<typeof createServices>;
