// Statusrapport drafts for some demo residents, so the Statusrapport tab shows written text.
// PLACEHOLDER: writes none yet.
import type { Actor } from '../common/actor';
import type { Services } from '../services';

export function addDemoStatusDrafts(services: Services, writer: (residenceId: number) => Actor, residents: readonly { citizenId: number; residenceId: number }[]): number {
  void services;
  void writer;
  void residents;
  return 0;
}
