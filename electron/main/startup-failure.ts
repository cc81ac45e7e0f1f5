// What the person sees when Kerne cannot open its database: one Danish dialog, then Kerne quits.
// A database from a newer Kerne (CONFLICT) is left exactly as it was.
import { app, dialog } from 'electron';
import { DomainError } from '../../src/core/common/domain-error';

export function showStartupFailure(error: unknown): void {
  if (error instanceof DomainError && error.code === 'CONFLICT') {
    dialog.showErrorBox('Kerne kan ikke åbne databasen', error.message);
  } else {
    console.error('[kerne] start:', error);
    const detail = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('Kerne kunne ikke starte', `Databasen kunne ikke åbnes.\n\n${detail}`);
  }
  app.exit(1);
}
