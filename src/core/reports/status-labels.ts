// The statusrapport's Danish words for the draft's choices, as the printed report says them.
import type { Recommendation, StatusReason } from '../../contract/areas/reports';

export const STATUS_REASON_LABELS: Record<StatusReason, string> = {
  aarlig: 'Årlig opfølgning',
  revision: 'Revision af indsatsen',
  aendret_behov: 'Ændret behov',
  andet: 'Andet',
};

export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  fortsaet: 'Fortsæt indsatsen',
  juster: 'Justér støtten (og dermed taksten)',
  afslut: 'Afslut indsatsen',
  henvis: 'Henvis til et andet tilbud',
};
