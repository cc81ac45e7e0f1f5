// Binds every contract method to the core service that does it. The Router type lists every
// method name, so a method without a handler is a compile error.
import type { MethodName, OutputOf, ParsedInputOf } from '../contract';
import type { Actor } from '../core/common/actor';
import type { Services } from '../core/services';
import type { SystemService } from '../core/system/system-service';
import { exportCitizenInsight } from '../core/audit/citizen-insight-export';
import type { PreparedReport } from '../core/reports/report-job';

export interface CallContext {
  /** The signed-in user; for public methods an anonymous actor with no permissions. */
  actor: Actor;
  token: string | null;
}

type Result<M extends MethodName> = OutputOf<M> | Promise<OutputOf<M>>;
export type Handler<M extends MethodName> = (input: ParsedInputOf<M>, ctx: CallContext) => Result<M>;

/** A handler that opens its own transactions (login must commit a failed attempt; async work cannot run inside one). */
export interface OwnTransaction<M extends MethodName> {
  ownTransaction: Handler<M>;
}

/**
 * A handler whose work goes on after its transaction: `read` runs in dispatch's transaction (with
 * the citizen-data audit check) and returns what `then` needs; `then` does asynchronous work (a
 * PDF rendered on a worker thread) and opens its own transactions to store the result.
 */
export interface Staged<M extends MethodName, P = unknown> {
  read: (input: ParsedInputOf<M>, ctx: CallContext) => P;
  then: (prepared: P, ctx: CallContext) => Promise<OutputOf<M>>;
}

/** Builds a Staged entry, inferring the prepared value's type from `read`. */
export const staged = <M extends MethodName, P>(read: Staged<M, P>['read'], then: Staged<M, P>['then']): Staged<M, P> => ({ read, then });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a staged entry's prepared value is its own business
export type Router = { [M in MethodName]: Handler<M> | OwnTransaction<M> | Staged<M, any> };

export function createRouter(services: Services, system: SystemService): Router {
  const { auth, users, residences, settings, audit, municipalities, staff, citizens, occupancy, waitingList, placements, relatives, consents } = services;
  const { plans, goals, planDeadlines, planOverview, effectMapping, notes, incidents } = services;
  const { competences, availability, shiftTypes, staffingNeeds, rosterSettings, excludedStaff, absences, approvals, assignments, suggestions, rotations, rosterGrid, rosterHours } = services;
  const { reportStore, statusReports, areaReports, rosterReports } = services;
  const store = (prepared: PreparedReport, { actor }: CallContext) => reportStore.renderAndStore(actor, prepared);
  return {
    'system.status': () => system.status(),
    'system.setup': (input) => system.setup(input),
    'system.loadDemo': (_input, { actor }) => system.loadDemo(actor),

    'auth.login': { ownTransaction: (input) => auth.login(input.username, input.password) },
    'auth.logout': (_input, { actor, token }) => {
      auth.logout(actor, token ?? '');
      return {};
    },
    'auth.me': (_input, { actor }) => auth.me(actor),
    'auth.changePassword': (input, { actor }) => {
      auth.changePassword(actor, input.currentPassword, input.newPassword);
      return {};
    },
    'auth.setLanguage': (input, { actor }) => {
      users.setLanguage(actor.userId, input.language);
      return {};
    },

    'users.list': () => users.list(),
    'users.create': (input, { actor }) => users.create(input, actor),
    'users.update': (input, { actor }) => users.update(input, actor),
    'users.unlock': (input, { actor }) => users.unlock(input.id, actor),
    'users.resetPassword': (input, { actor }) => {
      users.setPassword(input.id, input.password, actor);
      return {};
    },

    'residences.list': (input, { actor }) => residences.list(actor, input),
    'residences.get': (input, { actor }) => residences.get(actor, input.id),
    'residences.create': (input, { actor }) => residences.create(actor, input),
    'residences.update': (input, { actor }) => residences.update(actor, input),
    'residences.archive': (input, { actor }) => residences.setArchived(actor, input.id, true),
    'residences.restore': (input, { actor }) => residences.setArchived(actor, input.id, false),
    'residences.legalBases': (input) => residences.legalBases(input.includeInactive),
    'residences.createLegalBasis': (input, { actor }) => residences.createLegalBasis(actor, input),
    'residences.updateLegalBasis': (input, { actor }) => residences.updateLegalBasis(actor, input),

    'settings.getProvider': () => settings.get(),
    'settings.updateProvider': (input, { actor }) => settings.update(actor, input),
    'settings.setLogo': (input, { actor }) => settings.setLogo(actor, input.mimeType, input.base64),

    'audit.list': (input) => audit.list(input),
    'audit.exportCitizen': (input, { actor }) => exportCitizenInsight(audit, actor, input.citizenId),

    'reference.municipalities': () => municipalities.list(),
    'residences.occupancy': (input, { actor }) => occupancy.occupancy(actor, input),

    'staff.list': (input, { actor }) => staff.list(actor, input),
    'staff.create': (input, { actor }) => staff.create(actor, input),
    'staff.update': (input, { actor }) => staff.update(actor, input),

    'citizens.list': (input, { actor }) => citizens.list(actor, input),
    'citizens.get': (input, { actor }) => citizens.get(actor, input),
    'citizens.revealCpr': (input, { actor }) => citizens.revealCpr(actor, input),
    'citizens.create': (input, { actor }) => citizens.create(actor, input),
    'citizens.update': (input, { actor }) => citizens.update(actor, input),
    'citizens.addStay': (input, { actor }) => citizens.addStay(actor, input),
    'citizens.updateStay': (input, { actor }) => citizens.updateStay(actor, input),
    'citizens.deleteStay': (input, { actor }) => citizens.deleteStay(actor, input),

    'waitingList.list': (input, { actor }) => waitingList.list(actor, input),
    'waitingList.add': (input, { actor }) => waitingList.add(actor, input),
    'waitingList.setStatus': (input, { actor }) => waitingList.setStatus(actor, input),

    'placements.list': (input, { actor }) => placements.list(actor, input),
    'placements.create': (input, { actor }) => placements.create(actor, input),
    'placements.update': (input, { actor }) => placements.update(actor, input),
    'placements.delete': (input, { actor }) => placements.remove(actor, input),

    'relatives.list': (input, { actor }) => relatives.list(actor, input),
    'relatives.create': (input, { actor }) => relatives.create(actor, input),
    'relatives.update': (input, { actor }) => relatives.update(actor, input),
    'relatives.delete': (input, { actor }) => relatives.remove(actor, input),
    'relatives.contactLog': (input, { actor }) => relatives.contactLog(actor, input),
    'relatives.logContact': (input, { actor }) => relatives.logContact(actor, input),

    'consents.list': (input, { actor }) => consents.list(actor, input),
    'consents.attention': (input, { actor }) => consents.attention(actor, input),
    'consents.create': (input, { actor }) => consents.create(actor, input),
    'consents.revoke': (input, { actor }) => consents.revoke(actor, input),

    'plans.get': (input, { actor }) => plans.get(actor, input),
    'plans.updateHandleplan': (input, { actor }) => plans.updateHandleplan(actor, input),
    'plans.addMeeting': (input, { actor }) => plans.addMeeting(actor, input),
    'plans.deadlines': (input, { actor }) => planDeadlines.list(actor, input),
    'plans.overview': (input, { actor }) => planOverview.overview(actor, input),
    'plans.effectMapping': () => effectMapping.get(),
    'plans.setEffectMapping': (input, { actor }) => effectMapping.set(actor, input),

    'goals.create': (input, { actor }) => goals.create(actor, input),
    'goals.update': (input, { actor }) => goals.update(actor, input),
    'goals.close': (input, { actor }) => goals.close(actor, input),
    'goals.addEvaluation': (input, { actor }) => goals.addEvaluation(actor, input),
    'goals.addAction': (input, { actor }) => goals.addAction(actor, input),
    'goals.updateAction': (input, { actor }) => goals.updateAction(actor, input),

    'notes.list': (input, { actor }) => notes.list(actor, input),
    'notes.create': (input, { actor }) => notes.create(actor, input),
    'notes.correct': (input, { actor }) => notes.correct(actor, input),
    'notes.history': (input, { actor }) => notes.history(actor, input),

    'incidents.list': (input, { actor }) => incidents.list(actor, input),
    'incidents.create': (input, { actor }) => incidents.create(actor, input),
    'incidents.markReported': (input, { actor }) => incidents.markReported(actor, input),

    'staff.availability': (input, { actor }) => availability.list(actor, input),
    'staff.setAvailability': (input, { actor }) => availability.set(actor, input),
    'competences.list': (input, { actor }) => competences.list(actor, input),
    'competences.create': (input, { actor }) => competences.create(actor, input),
    'competences.update': (input, { actor }) => competences.update(actor, input),
    'shiftTypes.list': (input, { actor }) => shiftTypes.list(actor, input),
    'shiftTypes.create': (input, { actor }) => shiftTypes.create(actor, input),
    'shiftTypes.update': (input, { actor }) => shiftTypes.update(actor, input),
    'staffingNeeds.list': (input, { actor }) => staffingNeeds.list(actor, input),
    'staffingNeeds.set': (input, { actor }) => staffingNeeds.set(actor, input),
    'rotations.get': (input, { actor }) => rotations.get(actor, input),
    'rotations.save': (input, { actor }) => rotations.save(actor, input),
    'rotations.rollOut': (input, { actor }) => rotations.rollOut(actor, input),
    'roster.settings': (input, { actor }) => rosterSettings.get(actor, input),
    'roster.updateSettings': (input, { actor }) => rosterSettings.update(actor, input),
    'citizens.excludedStaff': (input, { actor }) => excludedStaff.list(actor, input),
    'citizens.excludeStaff': (input, { actor }) => excludedStaff.add(actor, input),
    'citizens.removeExcludedStaff': (input, { actor }) => excludedStaff.remove(actor, input),

    'roster.grid': (input, { actor }) => rosterGrid.grid(actor, input),
    'roster.openShifts': (input, { actor }) => rosterGrid.openShifts(actor, input),
    'roster.continuity': (input, { actor }) => rosterGrid.continuity(actor, input),
    'roster.createShift': (input, { actor }) => assignments.createShift(actor, input),
    'roster.check': (input, { actor }) => assignments.check(actor, input),
    'roster.assign': (input, { actor }) => assignments.assign(actor, input),
    'roster.unassign': (input, { actor }) => assignments.unassign(actor, input),
    'roster.deleteShift': (input, { actor }) => assignments.deleteShift(actor, input),
    'roster.tilsynsbog': (input, { actor }) => assignments.tilsynsbog(actor, input),
    'roster.suggest': (input, { actor }) => suggestions.suggest(actor, input),
    'absences.list': (input, { actor }) => absences.list(actor, input),
    'absences.create': (input, { actor }) => absences.create(actor, input),
    'absences.delete': (input, { actor }) => absences.remove(actor, input),
    'roster.approve': (input, { actor }) => approvals.approve(actor, input),
    'roster.hours': (input, { actor }) => rosterHours.hours(actor, input),
    'roster.payrollExport': (input, { actor }) => rosterHours.payrollExport(actor, input),
    'roster.calendar': (input, { actor }) => rosterHours.calendar(actor, input),

    'reports.statusDraft': (input, { actor }) => statusReports.draft(actor, input.citizenId),
    'reports.saveStatusDraft': (input, { actor }) => statusReports.saveDraft(actor, input),
    'reports.generateStatus': staged((input, { actor }) => statusReports.prepare(actor, input), store),
    'reports.generateMunicipality': staged((input, { actor }) => areaReports.prepareArea(actor, input), store),
    'reports.generateOccupancy': staged((input, { actor }) => areaReports.prepareOccupancy(actor, input), store),
    'reports.generateWeeklyRoster': staged((input, { actor }) => rosterReports.prepareWeeklyRoster(actor, input), store),
    'reports.generateSubstituteHours': staged((input, { actor }) => rosterReports.prepareSubstituteHours(actor, input), store),
    'reports.generateVikarmappe': staged((input, { actor }) => rosterReports.prepareVikarmappe(actor, input), store),
    'reports.briefing': (input, { actor }) => rosterReports.briefing(actor, input.residenceId),
    'reports.saveBriefing': (input, { actor }) => rosterReports.saveBriefing(actor, input),
    'reports.list': (input, { actor }) => reportStore.list(actor, input),
    'reports.file': (input, { actor }) => reportStore.file(actor, input.id),
    'reports.markSent': (input, { actor }) => reportStore.markSent(actor, input),
  };
}
