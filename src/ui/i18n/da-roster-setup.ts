// Danish words for the roster's setup: staff details (competences, normtid, availability), shift
// types, staffing need, the basisplan, and the working-time limits and supplements.
export const daRosterSetup = {
  title: 'Opsætning',
};
