// The building blocks every report template uses: the page with its running header and letterhead,
// sections, label–value lists, tables, quotes and the honest "nothing in this period" notice.
import { Document, Image, Page, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { Letterhead as LetterheadData, ReportFrame } from '../report-job';
import { dateTime } from './format';
import { COLORS, styles } from './theme';

function LetterheadBlock({ letterhead }: { letterhead: LetterheadData }) {
  const address = [letterhead.street, [letterhead.postalCode, letterhead.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const contact = [letterhead.phone ? `Tlf. ${letterhead.phone}` : null, letterhead.email].filter(Boolean).join(' · ');
  return (
    <View style={styles.letterhead}>
      {letterhead.logo ? <Image style={styles.logo} src={{ data: Buffer.from(letterhead.logo.base64, 'base64'), format: letterhead.logo.mimeType === 'image/png' ? 'png' : 'jpg' }} /> : <View />}
      <View style={styles.providerBlock}>
        <Text style={styles.providerName}>{letterhead.name}</Text>
        {address ? <Text>{address}</Text> : null}
        {contact ? <Text>{contact}</Text> : null}
        {letterhead.cvr ? <Text>CVR {letterhead.cvr}</Text> : null}
      </View>
    </View>
  );
}

/** Running header on every page: who sends it and what it is (the footer with "Side x af y" is stamped after rendering). */
function RunningHeader({ frame }: { frame: ReportFrame }) {
  return (
    <View style={styles.runningHeader} fixed>
      <Text>{frame.letterhead.name}</Text>
      <Text>
        {frame.title} · {frame.subtitle}
      </Text>
    </View>
  );
}

/**
 * One part of a report as a PDF document. `first` shows the letterhead and title (a long report
 * split into parts shows them only in its first part); `children` are the pages' content, each
 * top-level `ReportPage` starting a new page.
 */
export function ReportDocument({ frame, children }: { frame: ReportFrame; children: ReactNode }) {
  return (
    <Document title={`${frame.title} – ${frame.subtitle}`} author={frame.letterhead.name} creator="Kerne" producer="Kerne" language="da">
      {children}
    </Document>
  );
}

/** A4 pages (portrait, or landscape for wide tables) that flow onto as many pages as the content needs. */
export function ReportPage({ frame, first = false, landscape = false, children }: { frame: ReportFrame; first?: boolean; landscape?: boolean; children: ReactNode }) {
  return (
    <Page size="A4" orientation={landscape ? 'landscape' : 'portrait'} style={styles.page}>
      <RunningHeader frame={frame} />
      {first ? (
        <>
          <LetterheadBlock letterhead={frame.letterhead} />
          <Text style={styles.title}>{frame.title}</Text>
          <Text style={styles.subtitle}>{frame.subtitle}</Text>
        </>
      ) : null}
      {children}
    </Page>
  );
}

export function Section({ title, children, breakBefore = false }: { title: string; children: ReactNode; breakBefore?: boolean }) {
  return (
    <View style={styles.section} break={breakBefore}>
      <Text style={styles.sectionTitle} minPresenceAhead={40}>
        {title}
      </Text>
      {children}
    </View>
  );
}

export function SubTitle({ children }: { children: ReactNode }) {
  return (
    <Text style={styles.subTitle} minPresenceAhead={30}>
      {children}
    </Text>
  );
}

export function Paragraph({ children, muted = false }: { children: ReactNode; muted?: boolean }) {
  return <Text style={muted ? [styles.paragraph, styles.muted] : styles.paragraph}>{children}</Text>;
}

/** The citizen's own words, set apart as a quote. */
export function Quote({ children }: { children: ReactNode }) {
  return <Text style={styles.quote}>»{children}«</Text>;
}

/** Label–value pairs; empty values show a dash so a missing fact is visible, not silently left out. */
export function KeyValues({ rows }: { rows: ReadonlyArray<readonly [string, string | null | undefined]> }) {
  return (
    <View style={{ marginBottom: 6 }}>
      {rows.map(([label, value]) => (
        <View key={label} style={styles.kvRow} wrap={false}>
          <Text style={styles.kvLabel}>{label}</Text>
          <Text style={styles.kvValue}>{value && value.trim() ? value : '–'}</Text>
        </View>
      ))}
    </View>
  );
}

export interface Column {
  title: string;
  /** Relative width (flex). */
  width: number;
  align?: 'left' | 'right' | 'center';
}

/** A table with a header repeated on every page it spans, optional total row. */
export function Table({ columns, rows, total }: { columns: readonly Column[]; rows: ReadonlyArray<readonly string[]>; total?: readonly string[] }) {
  const cell = (column: Column, value: string, key: number) => (
    <Text key={key} style={[styles.cell, { flex: column.width, textAlign: column.align ?? 'left' }]}>
      {value}
    </Text>
  );
  return (
    <View style={styles.table}>
      <View style={styles.tableHeader} fixed>
        {columns.map((column, index) => cell(column, column.title, index))}
      </View>
      {rows.map((row, rowIndex) => (
        <View key={rowIndex} style={styles.tableRow} wrap={false}>
          {columns.map((column, index) => cell(column, row[index] ?? '', index))}
        </View>
      ))}
      {total ? (
        <View style={styles.tableTotal} wrap={false}>
          {columns.map((column, index) => cell(column, total[index] ?? '', index))}
        </View>
      ) : null}
    </View>
  );
}

/** Said plainly when a period or a section has nothing to report. */
export function Empty({ children }: { children: ReactNode }) {
  return <Text style={styles.empty}>{children}</Text>;
}

/** Who made the report and when, at the end of its content. */
export function GeneratedBy({ frame }: { frame: ReportFrame }) {
  return (
    <Text style={{ marginTop: 12, fontSize: 8, color: COLORS.muted }}>
      Dannet i Kerne {dateTime(frame.generatedAt)} af {frame.generatedBy}.
    </Text>
  );
}
