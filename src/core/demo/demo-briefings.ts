// The vikarmappe's content for the demo residences (routines, practical, phone list, residents).
// PLACEHOLDER: writes none yet.
import type { Actor } from '../common/actor';
import type { Services } from '../services';

export function addDemoBriefings(services: Services, writer: (residenceId: number) => Actor, residenceIds: readonly number[]): number {
  void services;
  void writer;
  void residenceIds;
  return 0;
}
