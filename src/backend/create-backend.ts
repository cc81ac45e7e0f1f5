// The composition root: opens (or creates) the database, migrates it, builds the services, the
// router and dispatch. Every host (Electron, HTTP, CLI, tests, benchmarks) starts here.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ScryptCost } from '../core/auth/password-hash';
import type { Clock } from '../core/common/clock';
import { DomainError } from '../core/common/domain-error';
import { assertNotNewer, migrate, type MigrateResult } from '../core/db/migrate';
import { openDatabase, useWal } from '../core/db/open-database';
import { syncMunicipalities } from '../core/reference/municipalities-service';
import type { PdfRendererOptions } from '../core/reports/pdf/pdf-renderer';
import { createServices } from '../core/services';
import { createSystemService } from '../core/system/system-service';
import { createDispatch, type ChangeEvent, type DispatchOptions } from './dispatch';
import { createRouter } from './router';

export const DATABASE_FILE_NAME = 'kerne.sqlite';

export interface BackendOptions extends DispatchOptions {
  /** Folder for kerne.sqlite; omit (or ':memory:') for an in-memory database. */
  dataDir?: string | ':memory:';
  nativeBinding?: string;
  clock?: Clock;
  passwordCost?: ScryptCost;
  /** The PDF worker and fonts (the desktop app passes its built files; tsx and vitest use the sources). */
  pdf?: PdfRendererOptions;
}

export function createBackend(options: BackendOptions = {}) {
  const file = !options.dataDir || options.dataDir === ':memory:' ? null : path.join(options.dataDir, DATABASE_FILE_NAME);
  if (file) mkdirSync(path.dirname(file), { recursive: true });
  // WAL only after the version check: switching journal mode rewrites the header of a database we must refuse untouched.
  const db = openDatabase(file ?? ':memory:', { nativeBinding: options.nativeBinding, wal: false });
  let migration: MigrateResult;
  try {
    assertNotNewer(db);
    useWal(db);
    migration = migrate(db, file);
  } catch (error) {
    db.close();
    throw error;
  }

  syncMunicipalities(db);
  const services = createServices(db, { clock: options.clock, passwordCost: options.passwordCost, pdf: options.pdf });
  const system = createSystemService(db, services);
  const listeners = new Set<(event: ChangeEvent) => void>();
  const dispatch = createDispatch(services, createRouter(services, system), {
    onInternalError: options.onInternalError,
    onChange: (event) => {
      options.onChange?.(event);
      for (const listener of listeners) listener(event);
    },
  });

  return {
    dispatch,
    services,
    system,
    db,
    file,
    migration,
    /** Subscribe to change events (the desktop forwards them to windows, the HTTP host to its event stream). */
    subscribe(listener: (event: ChangeEvent) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** A consistent copy of the live database, safe while Kerne runs. */
    backup(target: string): void {
      db.prepare('VACUUM INTO ?').run(target);
    },
    /** The actor for a username, for the CLI's `call --user`. */
    actorByUsername(username: string) {
      const user = services.users.findByUsername(username.toLowerCase());
      if (!user) throw new DomainError('NOT_FOUND', `Brugeren "${username}" findes ikke.`);
      if (user.active !== 1) throw new DomainError('FORBIDDEN', `Brugeren "${username}" er deaktiveret.`);
      return services.users.actorFor(user);
    },
    close(): void {
      void services.pdfRenderer.close();
      db.close();
    },
  };
}

export type Backend = ReturnType<typeof createBackend>;
