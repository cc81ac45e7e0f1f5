// Citizens (borgere): list and search, read with CPR masked or revealed, create and edit, stays.
// SKELETON: the signatures are fixed by the router; the bodies are being built.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Db } from '../db/open-database';

export function createCitizensService(db: Db, clock: Clock, audit: AuditLog, access: CitizenAccess) {
  void db; void clock; void audit; void access;
  const notBuilt = (): never => { throw new Error('not built yet'); };
  return {
    list: (actor: Actor, input: ParsedInputOf<'citizens.list'>): OutputOf<'citizens.list'> => (void actor, void input, notBuilt()),
    get: (actor: Actor, input: ParsedInputOf<'citizens.get'>): OutputOf<'citizens.get'> => (void actor, void input, notBuilt()),
    revealCpr: (actor: Actor, input: ParsedInputOf<'citizens.revealCpr'>): OutputOf<'citizens.revealCpr'> => (void actor, void input, notBuilt()),
    create: (actor: Actor, input: ParsedInputOf<'citizens.create'>): OutputOf<'citizens.create'> => (void actor, void input, notBuilt()),
    update: (actor: Actor, input: ParsedInputOf<'citizens.update'>): OutputOf<'citizens.update'> => (void actor, void input, notBuilt()),
    addStay: (actor: Actor, input: ParsedInputOf<'citizens.addStay'>): OutputOf<'citizens.addStay'> => (void actor, void input, notBuilt()),
    updateStay: (actor: Actor, input: ParsedInputOf<'citizens.updateStay'>): OutputOf<'citizens.updateStay'> => (void actor, void input, notBuilt()),
    deleteStay: (actor: Actor, input: ParsedInputOf<'citizens.deleteStay'>): OutputOf<'citizens.deleteStay'> => (void actor, void input, notBuilt()),
  };
}

export type CitizensService = ReturnType<typeof createCitizensService>;
