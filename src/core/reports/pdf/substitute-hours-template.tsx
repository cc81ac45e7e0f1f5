// The substitute-hours report (vikartimer) for payroll: one row per substitute with hours,
// supplement hours, shifts, residences worked and pay with supplements, and the month's totals.
import type { SubstituteHoursModel, SubstituteHoursRow } from '../models/substitute-hours-model';
import { count, kroner, oneDecimal } from './format';
import { Empty, GeneratedBy, Paragraph, ReportDocument, ReportPage, Section, Table, type Column } from './primitives';
import type { ReportTemplate } from './report-template';

const COLUMNS: Column[] = [
  { title: 'Vikar', width: 2.2 },
  { title: 'Vagter', width: 0.8, align: 'right' },
  { title: 'Timer', width: 0.9, align: 'right' },
  { title: 'Aften', width: 0.9, align: 'right' },
  { title: 'Nat', width: 0.9, align: 'right' },
  { title: 'Weekend', width: 0.9, align: 'right' },
  { title: 'Helligdag', width: 0.9, align: 'right' },
  { title: 'Botilbud', width: 2.4 },
  { title: 'Løn med tillæg', width: 1.5, align: 'right' },
];

const h = (minutes: number): string => oneDecimal(minutes / 60);

const row = (r: SubstituteHoursRow): string[] => [
  r.employeeNumber ? `${r.name} (${r.employeeNumber})` : r.name,
  count(r.shifts),
  h(r.minutes),
  h(r.eveningMinutes),
  h(r.nightMinutes),
  h(r.weekendMinutes),
  h(r.holidayMinutes),
  r.residences.join(', '),
  r.costOre === null ? 'Ingen timeløn' : kroner(r.costOre),
];

export const substituteHoursTemplate: ReportTemplate<SubstituteHoursModel> = {
  render: (job) => {
    const model = job.model;
    const totals = model.totals;
    return (
      <ReportDocument frame={job.frame}>
        <ReportPage frame={job.frame} first landscape>
          <Section title={`Timer og løn pr. vikar, ${model.monthLabel.toLowerCase()}`}>
            {model.rows.length === 0 ? (
              <Empty>Ingen vikarer havde vagter i {model.monthLabel.toLowerCase()}.</Empty>
            ) : (
              <Table
                columns={COLUMNS}
                rows={model.rows.map(row)}
                total={[
                  `I alt, ${count(model.rows.length)} vikarer`,
                  count(totals.shifts),
                  h(totals.minutes),
                  h(totals.eveningMinutes),
                  h(totals.nightMinutes),
                  h(totals.weekendMinutes),
                  h(totals.holidayMinutes),
                  `${count(totals.residences)} botilbud`,
                  totals.costOre === null ? '–' : kroner(totals.costOre),
                ]}
              />
            )}
            <Paragraph muted>
              Timer i decimaltal. Aften-, nat-, weekend- og helligdagstimer er de dele af vagterne, der giver tillæg; lønnen er timeløn gange timerne plus tillæggene, som de er
              sat i vagtplanens opsætning.
              {model.withoutRate > 0 ? ` ${count(model.withoutRate)} ${model.withoutRate === 1 ? 'vikar har' : 'vikarer har'} ingen timeløn og er ikke med i lønsummen.` : ''}
            </Paragraph>
          </Section>
          <GeneratedBy frame={job.frame} />
        </ReportPage>
      </ReportDocument>
    );
  },
};
