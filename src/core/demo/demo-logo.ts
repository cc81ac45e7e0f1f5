// The demo provider's logo, so the demo's reports show a real letterhead. PLACEHOLDER: sets none yet.
import type { Actor } from '../common/actor';
import type { Services } from '../services';

export function addDemoLogo(services: Services, admin: Actor): void {
  void services;
  void admin;
}
