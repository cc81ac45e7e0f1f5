// What the core hands the PDF renderer: one report's letterhead, headings and kind-specific model,
// all plain JSON (it crosses into a worker thread), plus what the store keeps beside the file.
import type { ReportKind } from '../../contract/areas/reports';

/** The provider's letterhead (Indstillinger → Tilbud), with the logo's bytes when one is set. */
export interface Letterhead {
  name: string;
  cvr: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
  email: string | null;
  logo: { mimeType: 'image/png' | 'image/jpeg'; base64: string } | null;
}

/** What every page knows: who sends it, what it is, when and by whom it was made. */
export interface ReportFrame {
  letterhead: Letterhead;
  /** "Statusrapport", "Rapport til Aarhus Kommune", … */
  title: string;
  /** The line under the title: the citizen, the municipality, the residence, the period. */
  subtitle: string;
  /** ISO instant; shown as a Danish date and time. */
  generatedAt: string;
  generatedBy: string;
}

/** One report to render: the frame and the model its template draws. */
export interface RenderJob<M = unknown> {
  kind: ReportKind;
  frame: ReportFrame;
  model: M;
}

/** What the store keeps beside the PDF (see the `reports` table). */
export interface ReportRecordInput {
  kind: ReportKind;
  title: string;
  subject: string;
  fileName: string;
  periodFrom: string | null;
  periodTo: string | null;
  citizenId: number | null;
  municipalityCode: string | null;
  regionCode: string | null;
  residenceId: number | null;
  /** Every citizen the report names (one audit entry each when it is read, sent or reopened). */
  citizenIds: number[];
  fullCpr: boolean;
  warnings: string[];
}

/** A report prepared inside the transaction: everything needed to render and store it afterwards. */
export interface PreparedReport<M = unknown> {
  job: RenderJob<M>;
  record: ReportRecordInput;
}

/** What the renderer gives back. */
export interface RenderedPdf {
  pdf: Uint8Array;
  pageCount: number;
}
