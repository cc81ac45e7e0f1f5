// The statusrapport's pages, in the outline the municipalities expect: stamdata, the § 141 purpose,
// each goal with its chart, thematic status with the marked notes, særlige hændelser, assessment and
// recommendation, remarks and signatures. Statusrapporter are short, so the template never splits.
import { Text, View } from '@react-pdf/renderer';
import type { StatusModel } from '../models/status-model';
import { count, date } from './format';
import { Empty, GeneratedBy, KeyValues, Paragraph, ReportDocument, ReportPage, Section, SubTitle, Table } from './primitives';
import type { ReportTemplate } from './report-template';
import { StatusGoalBlock } from './status-goal-block';
import { StatusSignatures } from './status-signatures';
import { COLORS } from './theme';

/** "Mål 1", "Delmål 1.1", … in reading order. */
function goalLabels(model: StatusModel): string[] {
  let main = 0;
  let sub = 0;
  return model.goals.map((goal) => {
    if (goal.parentId === null || !model.goals.some((other) => other.id === goal.parentId)) {
      main += 1;
      sub = 0;
      return `Mål ${main}`;
    }
    sub += 1;
    return `Delmål ${main}.${sub}`;
  });
}

function Stamdata({ model }: { model: StatusModel }) {
  const s = model.stamdata;
  return (
    <Section title="1. Stamdata">
      <KeyValues
        rows={[
          ['Borger', s.name],
          ['CPR-nummer', s.cpr],
          ['Botilbud', [s.residence, s.room].filter(Boolean).join(', ')],
          ['Lovgrundlag', s.legalBasis],
          ['Indflytning', s.moveIn ? date(s.moveIn) : null],
          ...(s.moveOut ? [['Udflytning', date(s.moveOut)] as const] : []),
          ['Handlekommune', s.actingMunicipality],
          ['Betalingskommune', s.payingMunicipality],
          ['Sagsbehandler', s.caseWorker],
          ['Kontaktperson', s.contactPerson],
          ['Værge', s.guardian],
          ['Periode', `${date(s.periodFrom)} – ${date(s.periodTo)}`],
          ['Anledning', [s.reason, s.reasonText].filter(Boolean).join(': ')],
        ]}
      />
    </Section>
  );
}

function Purpose({ model }: { model: StatusModel }) {
  const p = model.purpose;
  return (
    <Section title="2. Formål fra handleplanen (§ 141)">
      {p.text ? <Paragraph>{p.text}</Paragraph> : <Empty>Handleplanens formål er ikke registreret.</Empty>}
      {p.date || p.receivedFrom ? (
        <Paragraph muted>{['Handleplan', p.date ? `af ${date(p.date)}` : null, p.receivedFrom ? `modtaget fra ${p.receivedFrom}` : null].filter(Boolean).join(' ')}</Paragraph>
      ) : null}
    </Section>
  );
}

function Goals({ model }: { model: StatusModel }) {
  const labels = goalLabels(model);
  return (
    <Section title="3. Mål og delmål">
      {model.goals.length ? (
        model.goals.map((goal, index) => <StatusGoalBlock key={goal.id} goal={goal} label={labels[index]!} />)
      ) : (
        <Empty>Ingen aktive mål i perioden.</Empty>
      )}
    </Section>
  );
}

function Themes({ model }: { model: StatusModel }) {
  return (
    <Section title="4. Tematisk status (FFB)">
      <Table
        columns={[
          { title: 'Tema', width: 2 },
          { title: 'Mål i perioden (bevægelse)', width: 4.5 },
          { title: 'Notater', width: 0.9, align: 'right' },
        ]}
        rows={model.themes.map((theme) => [
          theme.theme,
          theme.goals.length ? theme.goals.map((goal) => `${goal.text} (${goal.movement.toLowerCase()})`).join('\n') : 'Ingen mål i perioden',
          count(theme.noteCount),
        ])}
      />
      <SubTitle>Notater udvalgt til statusrapporten</SubTitle>
      {model.notes.length ? (
        model.notes.map((note, index) => (
          <View key={index} style={{ marginBottom: 6 }} wrap={false}>
            <Text style={{ fontSize: 8, color: COLORS.muted }}>
              {date(note.date)} · {note.author}
              {note.themes.length ? ` · ${note.themes.join(', ')}` : ''}
            </Text>
            <Text>{note.body}</Text>
          </View>
        ))
      ) : (
        <Empty>Ingen notater er markeret til statusrapporten i perioden.</Empty>
      )}
    </Section>
  );
}

function Incidents({ model }: { model: StatusModel }) {
  const i = model.incidents;
  return (
    <Section title="5. Særlige hændelser">
      <SubTitle>Magtanvendelser: {count(i.forceTotal)}</SubTitle>
      {i.forceTotal ? (
        <>
          <Table columns={[{ title: 'Type', width: 4 }, { title: 'Antal', width: 1, align: 'right' }]} rows={i.forceByType.map((row) => [row.type, count(row.count)])} />
          {i.forceUnreported ? <Paragraph muted>Heraf ikke indberettet: {count(i.forceUnreported)}</Paragraph> : null}
        </>
      ) : (
        <Empty>Ingen magtanvendelser i perioden</Empty>
      )}
      <SubTitle>Utilsigtede hændelser: {count(i.adverseTotal)}</SubTitle>
      {i.adverseTotal ? (
        <Table columns={[{ title: 'Type', width: 4 }, { title: 'Antal', width: 1, align: 'right' }]} rows={i.adverseByType.map((row) => [row.type, count(row.count)])} />
      ) : (
        <Empty>Ingen utilsigtede hændelser i perioden</Empty>
      )}
      <SubTitle>Hospitalsindlæggelser: {count(i.hospitalStays.length)}</SubTitle>
      {i.hospitalStays.length ? (
        <Table columns={[{ title: 'Dato', width: 1 }, { title: 'Beskrivelse', width: 5 }]} rows={i.hospitalStays.map((stay) => [date(stay.date), stay.description])} />
      ) : (
        <Empty>Ingen hospitalsindlæggelser i perioden</Empty>
      )}
      {i.rows.length ? (
        <>
          <SubTitle>Alle hændelser i perioden</SubTitle>
          <Table
            columns={[{ title: 'Dato', width: 1 }, { title: 'Art', width: 1.6 }, { title: 'Type', width: 2.4 }, { title: 'Indberettet', width: 1 }]}
            rows={i.rows.map((row) => [date(row.date), row.kind, row.type ?? '–', row.reported ? 'Ja' : 'Nej'])}
          />
        </>
      ) : null}
    </Section>
  );
}

function Assessment({ model }: { model: StatusModel }) {
  return (
    <Section title="6. Samlet vurdering og anbefaling">
      <SubTitle>Samlet vurdering</SubTitle>
      {model.assessment ? <Paragraph>{model.assessment}</Paragraph> : <Empty>Ikke udfyldt.</Empty>}
      <SubTitle>Anbefaling</SubTitle>
      {model.recommendation ? <Paragraph>{model.recommendation}</Paragraph> : <Empty>Ikke udfyldt.</Empty>}
      {model.recommendationText ? <Paragraph>{model.recommendationText}</Paragraph> : null}
      <KeyValues rows={[['Næste opfølgning', model.nextFollowUp ? date(model.nextFollowUp) : 'Ikke fastsat']]} />
    </Section>
  );
}

function Remarks({ model }: { model: StatusModel }) {
  // Short remarks stay on one page with their heading and the signatures; long ones may flow.
  const short = (model.citizenRemarks?.length ?? 0) + (model.guardianRemarks?.length ?? 0) < 1200;
  return (
    <View wrap={!short}>
      <Section title="7. Bemærkninger og underskrift">
        <SubTitle>Borgerens bemærkninger</SubTitle>
        {model.citizenRemarks ? <Paragraph>{model.citizenRemarks}</Paragraph> : <Empty>Ingen bemærkninger.</Empty>}
        <SubTitle>Værges eller pårørendes bemærkninger</SubTitle>
        {model.guardianRemarks ? <Paragraph>{model.guardianRemarks}</Paragraph> : <Empty>Ingen bemærkninger.</Empty>}
        <StatusSignatures model={model} />
      </Section>
    </View>
  );
}

export const statusTemplate: ReportTemplate<StatusModel> = {
  render: (job) => (
    <ReportDocument frame={job.frame}>
      <ReportPage frame={job.frame} first>
        <Stamdata model={job.model} />
        <Purpose model={job.model} />
        <Goals model={job.model} />
        <Themes model={job.model} />
        <Incidents model={job.model} />
        <Assessment model={job.model} />
        <Remarks model={job.model} />
        <GeneratedBy frame={job.frame} />
      </ReportPage>
    </ReportDocument>
  ),
};
