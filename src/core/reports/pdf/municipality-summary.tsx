// The municipality report's first pages: key figures (for a region, the invoicing basis per
// municipality), goals and progression by theme and effect dimension, magtanvendelser by type;
// then the invoicing basis (fakturagrundlag) row by row, a page at a time.
import { View } from '@react-pdf/renderer';
import type { AreaReportModel, MovementRow } from '../models/area-report-model';
import { count, date, kroner } from './format';
import type { InvoiceSlice } from './municipality-invoice-pages';
import { Empty, KeyValues, Paragraph, Section, SubTitle, Table, type Column } from './primitives';

const INVOICE_COLUMNS: Column[] = [
  { title: 'Borger', width: 3 },
  { title: 'CPR', width: 2 },
  { title: 'Botilbud', width: 2.6 },
  { title: 'Periode', width: 3.4 },
  { title: 'Døgn', width: 1, align: 'right' },
  { title: 'Takst pr. døgn', width: 2.1, align: 'right' },
  { title: 'Beløb', width: 2.4, align: 'right' },
];

const MOVEMENT_COLUMNS = (first: string): Column[] => [
  { title: first, width: 4 },
  { title: 'Fremgang', width: 1.4, align: 'right' },
  { title: 'Uændret', width: 1.4, align: 'right' },
  { title: 'Tilbagegang', width: 1.6, align: 'right' },
  { title: 'For få evalueringer', width: 2, align: 'right' },
  { title: 'I alt', width: 1, align: 'right' },
];

/** One page of the fakturagrundlag: each municipality's rows on it, its subtotal where it ends. */
export function InvoicePage({ slices, first, region }: { slices: InvoiceSlice[]; first: boolean; region: boolean }) {
  return (
    <Section title={first ? 'Fakturagrundlag' : 'Fakturagrundlag (fortsat)'}>
      {first ? (
        <Paragraph muted>Belægningsdøgn er dage i perioden, hvor borgeren både boede i botilbuddet og var placeret af kommunen (begge dage medregnet). Beløb = døgn × takst.</Paragraph>
      ) : null}
      <View style={{ fontSize: 8 }}>
        {slices.map((slice) => (
          <View key={slice.subtotal.code}>
            {region ? <SubTitle>{slice.continued ? `${slice.subtotal.name} (fortsat)` : slice.subtotal.name}</SubTitle> : null}
            <InvoiceTable slice={slice} />
          </View>
        ))}
      </View>
    </Section>
  );
}

function InvoiceTable({ slice }: { slice: InvoiceSlice }) {
  const rows = slice.rows.map((row) => [
    row.citizenName,
    row.cpr,
    row.payingMunicipalityName ? `${row.residenceName} (betaler: ${row.payingMunicipalityName})` : row.residenceName,
    row.from && row.to ? `${date(row.from)} – ${date(row.to)}` : 'Ingen døgn i perioden',
    count(row.days),
    row.dailyRateOre === null ? '–' : kroner(row.dailyRateOre),
    kroner(row.amountOre),
  ]);
  const total = slice.last ? ['I alt', '', '', '', count(slice.subtotal.occupancyDays), '', kroner(slice.subtotal.amountOre)] : undefined;
  return <Table columns={INVOICE_COLUMNS} rows={rows} total={total} />;
}

function MovementTable({ first, rows }: { first: string; rows: MovementRow[] }) {
  if (rows.length === 0) return <Empty>Ingen mål i perioden.</Empty>;
  const sum = (row: MovementRow) => row.frem + row.uaendret + row.tilbage + row.ukendt;
  return (
    <Table
      columns={MOVEMENT_COLUMNS(first)}
      rows={rows.map((row) => [row.label, count(row.frem), count(row.uaendret), count(row.tilbage), count(row.ukendt), count(sum(row))])}
    />
  );
}

export function MunicipalitySummary({ model }: { model: AreaReportModel }) {
  const { totals } = model;
  const region = model.kind === 'region';
  return (
    <>
      <Section title="Nøgletal">
        <KeyValues
          rows={[
            ['Periode', `${date(model.periodFrom)} – ${date(model.periodTo)} (${count(model.periodDays)} dage)`],
            ['Borgere', count(totals.citizens)],
            ['Belægningsdøgn', count(totals.occupancyDays)],
            ['Fakturagrundlag i alt', kroner(totals.amountOre)],
            ['Mål', `${count(totals.goals.active)} aktive, ${count(totals.goals.reached)} opnået, ${count(totals.goals.closed)} afsluttet i perioden`],
            ['Magtanvendelser', count(totals.restraints)],
          ]}
        />
        {totals.citizens === 0 ? <Empty>Ingen borgere placeret af {model.areaName} i perioden.</Empty> : null}
      </Section>

      {region && totals.citizens > 0 ? (
        <Section title="Fakturagrundlag pr. kommune">
          <Table
            columns={[
              { title: 'Kommune', width: 4 },
              { title: 'Borgere', width: 1.2, align: 'right' },
              { title: 'Døgn', width: 1.2, align: 'right' },
              { title: 'Beløb', width: 2.2, align: 'right' },
            ]}
            rows={model.municipalities.map((row) => [row.name, count(row.citizens), count(row.occupancyDays), kroner(row.amountOre)])}
            total={[`I alt ${model.areaName}`, count(totals.citizens), count(totals.occupancyDays), kroner(totals.amountOre)]}
          />
        </Section>
      ) : null}

      {totals.citizens > 0 ? (
        <Section title="Mål og progression">
          <Paragraph muted>
            Progression pr. mål fra første til seneste evaluering til og med periodens slutning: funktionsevneniveau, når to eller flere evalueringer har det, ellers GAS.
          </Paragraph>
          <View wrap={false}>
            <SubTitle>Pr. FFB-tema</SubTitle>
            <MovementTable first="Tema" rows={model.byTheme} />
          </View>
          <View wrap={false}>
            <SubTitle>Pr. effektdimension</SubTitle>
            <MovementTable first="Effektdimension" rows={model.byDimension} />
          </View>
        </Section>
      ) : null}

      {totals.citizens > 0 ? (
        // At most seven types: kept with its heading on one page.
        <View wrap={false}>
          <Section title="Magtanvendelser">
          {model.restraintsByType.length === 0 ? (
            <Empty>Ingen magtanvendelser registreret i perioden.</Empty>
          ) : (
            <Table
              columns={[
                { title: 'Type', width: 5 },
                { title: 'Antal', width: 1, align: 'right' },
              ]}
              rows={model.restraintsByType.map((row) => [row.label, count(row.count)])}
              total={['I alt', count(totals.restraints)]}
            />
          )}
          </Section>
        </View>
      ) : null}
    </>
  );
}
