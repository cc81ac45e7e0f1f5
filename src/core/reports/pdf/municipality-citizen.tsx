// One citizen's section of the municipality report: stamdata, placement lines with days and
// amounts, goals with status and movement, magtanvendelser in the period.
import type { AreaCitizen } from '../models/area-report-model';
import { count, date, kroner } from './format';
import { Empty, KeyValues, Section, SubTitle, Table } from './primitives';

export function MunicipalityCitizen({ citizen, number }: { citizen: AreaCitizen; number: number }) {
  const paying = [...new Set(citizen.lines.map((line) => line.payingMunicipalityName).filter((name): name is string => name !== null))];
  return (
    <Section title={`${number}. ${citizen.name}`}>
      <KeyValues
        rows={[
          ['CPR-nummer', citizen.cpr],
          ['Botilbud', citizen.residences.join(', ')],
          ['Lovgrundlag', [...new Set(citizen.lines.map((line) => line.legalBasis))].join(', ')],
          ['Belægningsdøgn', count(citizen.occupancyDays)],
          ['Beløb', kroner(citizen.amountOre)],
          ...(paying.length > 0 ? [['Betalende kommune', paying.join(', ')] as const] : []),
        ]}
      />

      <SubTitle>Placering i perioden</SubTitle>
      {citizen.lines.length === 0 ? (
        <Empty>Ingen døgn i perioden, hvor borgeren både boede i botilbuddet og var placeret af kommunen.</Empty>
      ) : (
        <Table
          columns={[
            { title: 'Botilbud', width: 2.4 },
            { title: 'Handlekommune', width: 2.6 },
            { title: 'Periode', width: 3.2 },
            { title: 'Døgn', width: 1, align: 'right' },
            { title: 'Takst pr. døgn', width: 2, align: 'right' },
            { title: 'Beløb', width: 2.2, align: 'right' },
          ]}
          rows={citizen.lines.map((line) => [
            line.residenceName,
            line.actingMunicipalityName,
            `${date(line.from)} – ${date(line.to)}`,
            count(line.days),
            kroner(line.dailyRateOre),
            kroner(line.amountOre),
          ])}
          total={['I alt', '', '', count(citizen.occupancyDays), '', kroner(citizen.amountOre)]}
        />
      )}

      <SubTitle>
        Mål ({count(citizen.goalCounts.active)} aktive, {count(citizen.goalCounts.reached)} opnået, {count(citizen.goalCounts.closed)} afsluttet i perioden)
      </SubTitle>
      {citizen.goals.length === 0 ? (
        <Empty>Ingen mål i perioden.</Empty>
      ) : (
        <Table
          columns={[
            { title: 'Mål', width: 6 },
            { title: 'Tema', width: 2.4 },
            { title: 'Status', width: 2 },
            { title: 'Progression', width: 2.2 },
          ]}
          rows={citizen.goals.map((goal) => [
            goal.isSubGoal ? `Delmål: ${goal.text}` : goal.text,
            goal.themeLabel,
            goal.closedDate ? `${goal.statusLabel} ${date(goal.closedDate)}` : goal.statusLabel,
            goal.movementLabel,
          ])}
        />
      )}

      <SubTitle>Magtanvendelser i perioden</SubTitle>
      {citizen.restraintTotal === 0 ? (
        <Empty>Ingen magtanvendelser registreret.</Empty>
      ) : (
        <Table
          columns={[
            { title: 'Type', width: 5 },
            { title: 'Antal', width: 1, align: 'right' },
          ]}
          rows={citizen.restraints.map((row) => [row.label, count(row.count)])}
          total={['I alt', count(citizen.restraintTotal)]}
        />
      )}
    </Section>
  );
}
