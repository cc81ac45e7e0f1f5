// The vikarmappe: what a substitute new to a residence must know, on a few portrait pages —
// stamdata, routines, practical things, emergencies, the phone list, residents, staff, shift types.
import { View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { danishDate } from '../../common/danish-time';
import type { VikarmappeModel } from '../models/vikarmappe-model';
import { date } from './format';
import { Empty, GeneratedBy, KeyValues, Paragraph, ReportDocument, ReportPage, Section, Table } from './primitives';
import type { ReportTemplate } from './report-template';

/** A written text as paragraphs (a blank line starts a new one), or the honest notice that it is missing. */
function Written({ text, missing }: { text: string | null; missing: string }) {
  if (!text) return <Empty>{missing}</Empty>;
  return (
    <>
      {text.split(/\n\s*\n/).map((paragraph, index) => (
        <Paragraph key={index}>{paragraph.trim()}</Paragraph>
      ))}
    </>
  );
}

/** Keeps a short table's section (`rows`: its lines, roughly) on one page (a title left alone at the foot of a page reads badly); a long one flows. */
function KeepTogether({ rows, children }: { rows: number; children: ReactNode }) {
  return <View wrap={rows > 25}>{children}</View>;
}

const EMPLOYMENT = { fast: 'Fast', vikar: 'Vikar' } as const;

export const vikarmappeTemplate: ReportTemplate<VikarmappeModel> = {
  render: (job) => {
    const m = job.model;
    return (
      <ReportDocument frame={job.frame}>
        <ReportPage frame={job.frame} first>
          <Paragraph muted>
            {m.updatedAt ? `Sidst opdateret ${date(danishDate(m.updatedAt))} af ${m.updatedBy ?? 'ukendt'}.` : 'Vikarmappens tekster er ikke skrevet endnu.'} Mappen viser kun
            beboernes fornavn; handleplaner og journal står i Kerne.
          </Paragraph>
          <Section title="Botilbuddet">
            <KeyValues
              rows={[
                ['Navn', m.residence.name],
                ['Adresse', m.residence.address],
                ['Telefon', m.residence.phone],
                ['E-mail', m.residence.email],
                ['Afdelingsleder', m.residence.departmentHead],
                ['Lovgrundlag', m.residence.legalBasis],
                ['Målgruppe', m.residence.targetGroup],
              ]}
            />
          </Section>
          <Section title="Husets rutiner">
            <Written text={m.routines} missing="Husets rutiner er ikke skrevet endnu. Spørg den ansvarlige på vagten." />
          </Section>
          <Section title="Praktisk: nøgler, alarm, medicinrum">
            <Written text={m.practical} missing="Det praktiske (nøgler, alarm, medicinrum) er ikke skrevet endnu. Spørg den ansvarlige på vagten." />
          </Section>
          <Section title="Ved akutte situationer">
            <Written text={m.emergency} missing="Hvad man gør ved akutte situationer, er ikke skrevet endnu. Ved fare for liv: ring 112." />
          </Section>
          <KeepTogether rows={m.phoneNumbers.length}>
            <Section title="Telefonliste">
              {m.phoneNumbers.length > 0 ? (
                <Table columns={[{ title: 'Hvem', width: 3 }, { title: 'Nummer', width: 2 }]} rows={m.phoneNumbers.map((p) => [p.label, p.phone])} />
              ) : (
                <Empty>Telefonlisten er ikke skrevet endnu. Botilbuddets eget nummer står under Botilbuddet.</Empty>
              )}
            </Section>
          </KeepTogether>
          <KeepTogether rows={m.residents.reduce((lines, r) => lines + 1 + Math.floor((r.text?.length ?? 0) / 90), 0)}>
            <Section title="Beboerne">
              {m.residents.length > 0 ? (
                <Table
                  columns={[{ title: 'Beboer', width: 1.3 }, { title: 'Værelse', width: 0.8 }, { title: 'Det skal en vikar vide', width: 5 }]}
                  rows={m.residents.map((r) => [r.firstName, r.room ?? '–', r.text ?? 'Intet skrevet til vikarer.'])}
                />
              ) : (
                <Empty>Ingen beboere bor i botilbuddet i dag.</Empty>
              )}
            </Section>
          </KeepTogether>
          <KeepTogether rows={m.staff.length}>
            <Section title="Personale">
              {m.staff.length > 0 ? (
                <Table
                  columns={[{ title: 'Navn', width: 3 }, { title: 'Stilling', width: 2.5 }, { title: 'Ansættelse', width: 1.2 }]}
                  rows={m.staff.map((s) => [s.name, s.title, EMPLOYMENT[s.employment]])}
                />
              ) : (
                <Empty>Botilbuddet har intet fast personale registreret.</Empty>
              )}
            </Section>
          </KeepTogether>
          <KeepTogether rows={m.shiftTypes.length}>
            <Section title="Vagttyper">
              {m.shiftTypes.length > 0 ? (
                <Table columns={[{ title: 'Vagt', width: 2.5 }, { title: 'Art', width: 2.5 }, { title: 'Tid', width: 1.5 }]} rows={m.shiftTypes.map((s) => [s.name, s.kind, s.times])} />
              ) : (
                <Empty>Botilbuddet har ingen vagttyper endnu.</Empty>
              )}
            </Section>
          </KeepTogether>
          <GeneratedBy frame={job.frame} />
        </ReportPage>
      </ReportDocument>
    );
  },
};
