// Valid calls of the report methods that touch citizen data, for the audit test (citizen-audit.test.ts).
// Each involves exactly one citizen, so every audit row of the method must name that citizen.
import type { TestBackend } from '../../fixtures/backend';
import { addPlacement, citizenIn } from '../../fixtures/citizens';
import { setProvider } from '../../fixtures/status-report';
import type { CitizenCalls } from './types';

/** A citizen in the own residence, placed by Aarhus (0751) from 2025, with the provider's letterhead set. */
function placedCitizen(t: TestBackend): number {
  setProvider(t);
  const citizenId = citizenIn(t, 'own');
  addPlacement(t, citizenId);
  return citizenId;
}

/** The only resident of the other residence (no other fixture citizen lives there). */
function onlyResident(t: TestBackend): number {
  setProvider(t);
  return citizenIn(t, 'other');
}

const DRAFT = { periodFrom: '2025-01-01', periodTo: '2025-12-31', reason: 'aarlig', assessment: 'Stabil periode', recommendation: 'fortsaet', version: 0 } as const;

export const REPORT_CITIZEN_CALLS: CitizenCalls = {
  'reports.statusDraft': (t) => {
    const citizenId = placedCitizen(t);
    return { input: { citizenId }, citizenId };
  },
  'reports.saveStatusDraft': (t) => {
    const citizenId = placedCitizen(t);
    return { input: { ...DRAFT, citizenId }, citizenId };
  },
  'reports.generateStatus': (t) => {
    const citizenId = placedCitizen(t);
    return { input: { citizenId, fullCpr: false }, citizenId };
  },
  'reports.generateMunicipality': (t) => {
    const citizenId = placedCitizen(t);
    return { input: { municipalityCode: '0751', regionCode: null, from: '2025-01-01', to: '2025-12-31', fullCpr: false }, citizenId };
  },
  'reports.generateVikarmappe': (t) => {
    const citizenId = onlyResident(t);
    return { input: { residenceId: t.residences.other }, citizenId };
  },
  'reports.briefing': (t) => {
    const citizenId = onlyResident(t);
    return { input: { residenceId: t.residences.other }, citizenId };
  },
  'reports.saveBriefing': (t) => {
    const citizenId = onlyResident(t);
    return { input: { residenceId: t.residences.other, routines: 'Morgenmad kl. 8', residents: [{ citizenId, text: 'Kan lide te' }], version: 0 }, citizenId };
  },
  'reports.list': (t) => {
    const citizenId = placedCitizen(t);
    return { input: { citizenId }, citizenId };
  },
};
