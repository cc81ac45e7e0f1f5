// Reports across citizens: to a municipality (or every municipality of a region) for a period,
// and occupancy per residence.
import type { ParsedInputOf } from '../../contract';
import { formatCpr, maskCpr } from '../../contract/cpr';
import type { AuditLog } from '../audit/audit-log';
import { formatDanishDate } from '../citizens/calendar-days';
import type { CitizenAccess } from '../citizens/citizen-access';
import { createOccupancyService } from '../citizens/occupancy-service';
import { assertResidenceAccess, canSeeResidence, type Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { DomainError, notFound } from '../common/domain-error';
import type { Db } from '../db/open-database';
import { createEffectMapping } from '../plans/effect-mapping';
import { asciiFileName } from './area-file-name';
import { buildAreaModel } from './area-model-builder';
import { createAreaQueries, type AreaParams } from './area-queries';
import { createLetterheadReader } from './letterhead';
import type { AreaReportModel } from './models/area-report-model';
import type { OccupancyModel } from './models/occupancy-model';
import { createOccupancyReport } from './occupancy-report';
import { createOccupancyReportQueries } from './occupancy-report-queries';
import type { PreparedReport, ReportFrame } from './report-job';

const METHOD = 'reports.generateMunicipality';

export function createAreaReports(db: Db, clock: Clock, audit: AuditLog, citizenAccess: CitizenAccess) {
  const q = createAreaQueries(db);
  const letterheads = createLetterheadReader(db);
  const effectMapping = createEffectMapping(db, audit);
  const occupancyReport = createOccupancyReport(db, createOccupancyService(db, clock, audit, citizenAccess));
  const { residenceName } = createOccupancyReportQueries(db);

  function frame(actor: Actor, title: string, subtitle: string) {
    const { letterhead, warnings } = letterheads.read();
    const built: ReportFrame = { letterhead, title, subtitle, generatedAt: clock.now().toISOString(), generatedBy: q.displayName.get(actor.userId) ?? actor.username };
    return { frame: built, warnings };
  }

  const periodText = (from: string, to: string) => `Perioden ${formatDanishDate(from)} – ${formatDanishDate(to)}`;

  /** "Aarhus Kommune" / "Region Midtjylland", or NOT_FOUND. */
  function areaOf(input: ParsedInputOf<'reports.generateMunicipality'>): { kind: 'municipality' | 'region'; name: string; params: AreaParams } {
    if (input.municipalityCode !== null) {
      const municipality = q.municipality.get(input.municipalityCode.padStart(4, '0'));
      if (!municipality) throw notFound('Kommunen');
      return { kind: 'municipality', name: municipality.official_name, params: { from: input.from, to: input.to, municipalityCode: municipality.code, regionCode: null } };
    }
    const region = q.region.get(input.regionCode!);
    if (!region) throw notFound('Regionen');
    return { kind: 'region', name: region, params: { from: input.from, to: input.to, municipalityCode: null, regionCode: input.regionCode } };
  }

  return {
    prepareArea(actor: Actor, input: ParsedInputOf<'reports.generateMunicipality'>): PreparedReport<AreaReportModel> {
      if (input.fullCpr && !actor.permissions.has('citizens.cpr')) {
        throw new DomainError('FORBIDDEN', 'Fuldt CPR-nummer: du har ikke adgang til at se fulde CPR-numre. Dan rapporten med maskeret CPR.');
      }
      const area = areaOf(input);
      const title = `Rapport til ${area.name}`;
      const subtitle = periodText(input.from, input.to);
      const { frame: reportFrame, warnings } = frame(actor, title, subtitle);

      const cpr = input.fullCpr ? formatCpr : maskCpr;
      const model = buildAreaModel(
        { kind: area.kind, areaName: area.name, from: input.from, to: input.to },
        {
          citizens: q.citizens.all(area.params).map((row) => ({ ...row, cpr: cpr(row.cpr) })),
          placements: q.placements.all(area.params),
          stays: q.stays.all(area.params).filter((stay) => canSeeResidence(actor, stay.residence_id)),
          goals: q.goals.all(area.params),
          evaluations: q.evaluations.all(area.params),
          restraints: q.restraints.all(area.params),
        },
        effectMapping.get(),
      );

      const citizenIds = model.citizens.map((citizen) => citizen.id);
      if (citizenIds.length === 0) {
        warnings.push(`Ingen borgere placeret af ${area.name} i perioden.`);
        audit.record(actor, { action: 'search', method: METHOD, subject: title, detail: `${subtitle}: ingen borgere` });
      }
      for (const citizenId of citizenIds) {
        audit.record(actor, { action: 'read', method: METHOD, citizenId, subject: title, detail: subtitle + (input.fullCpr ? ', fuldt CPR' : '') });
      }

      return {
        job: { kind: area.kind, frame: reportFrame, model },
        record: {
          kind: area.kind,
          title,
          subject: area.name,
          fileName: asciiFileName(title, input.from, input.to),
          periodFrom: input.from,
          periodTo: input.to,
          citizenId: null,
          municipalityCode: area.params.municipalityCode,
          regionCode: area.params.regionCode,
          residenceId: null,
          citizenIds,
          fullCpr: input.fullCpr,
          warnings,
        },
      };
    },

    prepareOccupancy(actor: Actor, input: ParsedInputOf<'reports.generateOccupancy'>): PreparedReport<OccupancyModel> {
      let subject = 'Alle botilbud';
      if (input.residenceId !== null) {
        const name = residenceName.get(input.residenceId);
        if (name === undefined) throw notFound('Botilbuddet');
        assertResidenceAccess(actor, input.residenceId);
        subject = name;
      }
      const title = 'Belægningsrapport';
      const subtitle = `${subject} · ${periodText(input.from, input.to)}`;
      const { frame: reportFrame, warnings } = frame(actor, title, subtitle);
      const model = occupancyReport(actor, input);
      if (model.residences.length === 0) warnings.push('Ingen botilbud at vise for perioden.');
      return {
        job: { kind: 'occupancy', frame: reportFrame, model },
        record: {
          kind: 'occupancy',
          title,
          subject,
          fileName: asciiFileName(title, subject, input.from, input.to),
          periodFrom: input.from,
          periodTo: input.to,
          citizenId: null,
          municipalityCode: null,
          regionCode: null,
          residenceId: input.residenceId,
          citizenIds: [],
          fullCpr: false,
          warnings,
        },
      };
    },
  };
}
