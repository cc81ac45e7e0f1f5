// Danish words for documentation (dagbog with versions, incidents) and for the plans overview:
// deadlines, management information and the effect-dimension mapping.
export const daNotes = {
  title: 'Dagbog',
};

export const daPlanOverview = {
  title: 'Planer',
};
