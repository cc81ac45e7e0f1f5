// Danish words for the roster grid, absence, open shifts, suggestions and rule violations, and
// the substitute pool (Vikarer) with continuity, hours and exports.
export const daRoster = {
  title: 'Vagtplan',
};
