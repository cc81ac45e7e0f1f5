// The look of every report: A4, one font, a quiet palette that prints well in black and white.
import { StyleSheet } from '@react-pdf/renderer';
import { REPORT_FONT } from './fonts';

export const COLORS = {
  text: '#1a1b1e',
  muted: '#5c5f66',
  rule: '#ced4da',
  band: '#f1f3f5',
  accent: '#1864ab',
  good: '#2b8a3e',
  bad: '#c92a2a',
} as const;

/** Space kept free at the bottom of every page for the stamped footer ("Side x af y"). */
export const FOOTER_SPACE = 48;

export const styles = StyleSheet.create({
  page: { fontFamily: REPORT_FONT, fontSize: 9.5, lineHeight: 1.35, color: COLORS.text, paddingTop: 40, paddingBottom: FOOTER_SPACE + 8, paddingHorizontal: 48 },
  runningHeader: { position: 'absolute', top: 16, left: 48, right: 48, fontSize: 7.5, color: COLORS.muted, flexDirection: 'row', justifyContent: 'space-between' },
  letterhead: { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-start', borderBottomWidth: 1, borderBottomColor: COLORS.rule, paddingBottom: 10, marginBottom: 16 },
  logo: { maxWidth: 140, maxHeight: 56, objectFit: 'contain' },
  providerBlock: { textAlign: 'right', fontSize: 8.5, color: COLORS.muted },
  providerName: { fontSize: 11, fontWeight: 'bold', color: COLORS.text },
  // Line heights of their own: the page's 1.35 is inherited as points of the 9.5 pt body and overlaps larger text.
  title: { fontSize: 18, lineHeight: 1.25, fontWeight: 'bold', marginBottom: 2 },
  subtitle: { fontSize: 11, lineHeight: 1.35, color: COLORS.muted, marginBottom: 14 },
  section: { marginBottom: 14 },
  sectionTitle: { fontSize: 12, fontWeight: 'bold', color: COLORS.accent, marginBottom: 6, paddingBottom: 2, borderBottomWidth: 0.75, borderBottomColor: COLORS.rule },
  subTitle: { fontSize: 10.5, fontWeight: 'bold', marginBottom: 3 },
  paragraph: { marginBottom: 5 },
  muted: { color: COLORS.muted },
  quote: { fontStyle: 'italic', borderLeftWidth: 2, borderLeftColor: COLORS.accent, paddingLeft: 8, marginVertical: 4 },
  kvRow: { flexDirection: 'row', marginBottom: 2 },
  kvLabel: { width: 150, color: COLORS.muted },
  kvValue: { flex: 1 },
  table: { borderTopWidth: 0.75, borderTopColor: COLORS.rule, marginBottom: 8 },
  tableHeader: { flexDirection: 'row', backgroundColor: COLORS.band, fontWeight: 'bold', borderBottomWidth: 0.75, borderBottomColor: COLORS.rule },
  tableRow: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: COLORS.rule },
  tableTotal: { flexDirection: 'row', fontWeight: 'bold', borderBottomWidth: 0.75, borderBottomColor: COLORS.text },
  cell: { paddingVertical: 2.5, paddingHorizontal: 3 },
  empty: { color: COLORS.muted, fontStyle: 'italic', marginVertical: 6 },
});
