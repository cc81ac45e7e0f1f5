// The occupancy report's pages: key figures and a table of the residences, then per residence a
// bar per month and the month-by-month table (place-days, occupied, vacant, moves in and out).
import { View } from '@react-pdf/renderer';
import { addDays } from '../../citizens/calendar-days';
import type { OccupancyFigures, OccupancyModel, OccupancyMonth, OccupancyResidence } from '../models/occupancy-model';
import { count, date, percent } from './format';
import { OccupancyBars } from './occupancy-bars';
import { monthName } from './occupancy-labels';
import { Empty, GeneratedBy, KeyValues, Paragraph, ReportDocument, ReportPage, Section, Table, type Column } from './primitives';
import type { ReportTemplate } from './report-template';

/** A month the period cuts: its label shows which days count. */
const partial = (month: OccupancyMonth) => month.from.slice(8) !== '01' || addDays(month.to, 1).slice(8) !== '01';
const figures = (row: OccupancyFigures) => [count(row.capacityDays), count(row.occupiedDays), count(row.vacantDays), percent(row.occupancyShare), count(row.moveIns), count(row.moveOuts)];
const FIGURE_COLUMNS: Column[] = [
  { title: 'Pladsdøgn', width: 1.3, align: 'right' },
  { title: 'Belagte døgn', width: 1.4, align: 'right' },
  { title: 'Ledige døgn', width: 1.3, align: 'right' },
  { title: 'Belægning', width: 1.3, align: 'right' },
  { title: 'Indflytninger', width: 1.4, align: 'right' },
  { title: 'Fraflytninger', width: 1.4, align: 'right' },
];

function ResidenceSection({ residence }: { residence: OccupancyResidence }) {
  return (
    <Section title={residence.name}>
      <Paragraph muted>
        {count(residence.places)} pladser · {count(residence.waitingNow)} på venteliste i dag
      </Paragraph>
      <OccupancyBars months={residence.months} />
      <View style={{ fontSize: 8 }}>
        <Table
          columns={[{ title: 'Måned', width: 2.9 }, ...FIGURE_COLUMNS]}
          rows={residence.months.map((month) => [
            partial(month) ? `${monthName(month.month)} (${date(month.from).slice(0, 5)}–${date(month.to).slice(0, 5)})` : monthName(month.month),
            ...figures(month),
          ])}
          total={['I alt', ...figures(residence.total)]}
        />
      </View>
    </Section>
  );
}

export const occupancyTemplate: ReportTemplate<OccupancyModel> = {
  render: (job) => {
    const { model } = job;
    const { totals } = model;
    return (
      <ReportDocument frame={job.frame}>
        <ReportPage frame={job.frame} first>
          <Section title="Nøgletal">
            <KeyValues
              rows={[
                ['Periode', `${date(model.periodFrom)} – ${date(model.periodTo)} (${count(model.periodDays)} dage)`],
                ['Botilbud', count(model.residences.length)],
                ['Pladser', count(totals.places)],
                ['Pladsdøgn', count(totals.capacityDays)],
                ['Belagte døgn', count(totals.occupiedDays)],
                ['Ledige døgn', count(totals.vacantDays)],
                ['Belægning', percent(totals.occupancyShare)],
                ['Ind- og fraflytninger', `${count(totals.moveIns)} indflytninger, ${count(totals.moveOuts)} fraflytninger`],
                ['På venteliste i dag', count(totals.waitingNow)],
              ]}
            />
            <Paragraph muted>
              Belagte døgn tæller hver dag i perioden, en borger boede i botilbuddet (ind- og fraflytningsdagen medregnet). Pladsdøgn = pladser × dage. Pladser er det nuværende antal.
            </Paragraph>
          </Section>
          {model.residences.length === 0 ? (
            <Empty>Ingen botilbud at vise for perioden.</Empty>
          ) : (
            <Section title="Pr. botilbud">
              <View style={{ fontSize: 8 }}>
                <Table
                  columns={[{ title: 'Botilbud', width: 2.2 }, { title: 'Pladser', width: 1, align: 'right' }, ...FIGURE_COLUMNS, { title: 'Venteliste', width: 1.2, align: 'right' }]}
                  rows={model.residences.map((residence) => [residence.name, count(residence.places), ...figures(residence.total), count(residence.waitingNow)])}
                  total={['I alt', count(totals.places), ...figures(totals), count(totals.waitingNow)]}
                />
              </View>
            </Section>
          )}
          {model.residences.length === 0 ? <GeneratedBy frame={job.frame} /> : null}
        </ReportPage>
        {model.residences.length > 0 ? (
          <ReportPage frame={job.frame}>
            {model.residences.map((residence) => (
              <ResidenceSection key={residence.id} residence={residence} />
            ))}
            <GeneratedBy frame={job.frame} />
          </ReportPage>
        ) : null}
      </ReportDocument>
    );
  },
};
