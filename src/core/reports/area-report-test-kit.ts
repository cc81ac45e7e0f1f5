// Test helpers for the municipality, region and occupancy reports: placements with a chosen
// handlekommune and rate, magtanvendelser, and a report generated through dispatch and read back.
import { pdfPages, pdfText } from '../../../tests/fixtures/pdf-text';
import type { TestBackend } from '../../../tests/fixtures/backend';
import { adminActor, PLACEMENT_FIELDS } from '../../../tests/fixtures/citizens';
import { contract, type InputOf, type OutputOf, type Role } from '../../contract';
import type { AreaReportModel } from './models/area-report-model';
import type { OccupancyModel } from './models/occupancy-model';
import { renderParts } from './pdf/render-in-process';
import type { PreparedReport } from './report-job';

export const AARHUS = '0751';
export const SILKEBORG = '0740';
export const KOEBENHAVN = '0101';
export const MIDTJYLLAND = '1082';

export interface PlacementSeed {
  acting?: string;
  paying?: string;
  dailyRateOre?: number;
  startDate?: string;
  endDate?: string | null;
}

/** Adds a placement through the service as the administrator (acting = paying unless given). */
export function place(t: TestBackend, citizenId: number, seed: PlacementSeed = {}): void {
  const acting = seed.acting ?? AARHUS;
  t.backend.services.placements.create(adminActor(t), {
    ...PLACEMENT_FIELDS,
    citizenId,
    actingMunicipalityCode: acting,
    payingMunicipalityCode: seed.paying ?? acting,
    dailyRateOre: seed.dailyRateOre ?? 215_000,
    startDate: seed.startDate ?? '2025-01-01',
    endDate: seed.endDate ?? null,
  });
}

/** Registers a magtanvendelse of `type` on `date` through the service. */
export function restraint(t: TestBackend, citizenId: number, type: string, date: string): void {
  const input = contract['incidents.create'].input.parse({ citizenId, kind: 'magtanvendelse', type, date, time: null, description: 'Registreret i test', reported: false, reportedDate: null });
  t.backend.db.transaction(() => t.backend.services.incidents.create(adminActor(t), input))();
}

/** Generates a report through dispatch as a host would, and reads the stored file back as text. */
export async function generateAndRead<M extends 'reports.generateMunicipality' | 'reports.generateOccupancy'>(
  t: TestBackend,
  method: M,
  input: InputOf<M>,
  token: string = t.tokens.administrator,
): Promise<{ summary: OutputOf<M>; pdf: Buffer; text: string }> {
  const summary = await t.callOk(method, input, token);
  const file = await t.callOk('reports.file', { id: summary.id }, token);
  const pdf = Buffer.from(file.base64, 'base64');
  return { summary, pdf, text: pdfText(pdf) };
}

type Generated<M> = { prepared: PreparedReport<M>; pdfs: Uint8Array[]; pages: string[]; text: string };

/** Parses like dispatch, prepares as the role's user in one transaction, renders every part on this thread. */
async function prepareAndRender<M>(t: TestBackend, role: Role, prepare: (actor: ReturnType<TestBackend['backend']['actorByUsername']>) => PreparedReport<M>): Promise<Generated<M>> {
  const actor = t.backend.actorByUsername(t.users[role].username);
  const prepared = t.backend.db.transaction(() => prepare(actor))();
  const pdfs = await renderParts(prepared.job);
  const pages = pdfs.flatMap((pdf) => pdfPages(pdf));
  return { prepared, pdfs, pages, text: pages.join('\f') };
}

export const municipalityReport = (t: TestBackend, raw: InputOf<'reports.generateMunicipality'>, role: Role = 'administrator'): Promise<Generated<AreaReportModel>> =>
  prepareAndRender(t, role, (actor) => t.backend.services.areaReports.prepareArea(actor, contract['reports.generateMunicipality'].input.parse(raw)));

export const occupancyReport = (t: TestBackend, raw: InputOf<'reports.generateOccupancy'>, role: Role = 'administrator'): Promise<Generated<OccupancyModel>> =>
  prepareAndRender(t, role, (actor) => t.backend.services.areaReports.prepareOccupancy(actor, contract['reports.generateOccupancy'].input.parse(raw)));
