// Binds every contract method to the core service that does it. The Router type lists every
// method name, so a method without a handler is a compile error.
import type { MethodName, OutputOf, ParsedInputOf } from '../contract';
import type { Actor } from '../core/common/actor';
import type { Services } from '../core/services';
import type { SystemService } from '../core/system/system-service';
import { exportCitizenInsight } from '../core/audit/citizen-insight-export';

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

export type Router = { [M in MethodName]: Handler<M> | OwnTransaction<M> };

export function createRouter(services: Services, system: SystemService): Router {
  const { auth, users, residences, settings, audit } = services;
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
  };
}
