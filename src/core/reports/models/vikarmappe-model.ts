// The data the vikarmappe draws: what a new substitute must know about a residence (stamdata,
// routines, practical things, phone list, staff, shift types, and a few words per resident).

export interface VikarmappeModel {
  residence: {
    name: string;
    address: string | null;
    phone: string | null;
    email: string | null;
    departmentHead: string | null;
    legalBasis: string;
    targetGroup: string | null;
  };
  routines: string | null;
  practical: string | null;
  emergency: string | null;
  phoneNumbers: Array<{ label: string; phone: string }>;
  staff: Array<{ name: string; title: string; employment: 'fast' | 'vikar' }>;
  shiftTypes: Array<{ name: string; kind: string; times: string }>;
  /** Current residents (first name and room only), with the text written for substitutes. */
  residents: Array<{ firstName: string; room: string | null; text: string | null }>;
  /** When and by whom the content was last saved; null when never written. */
  updatedAt: string | null;
  updatedBy: string | null;
}
