// Danish words for the citizen's Statusrapport tab (the free text written before generating, the
// sent reports) and the residence's Vikarmappe tab.
export const daStatusReport = {
  tab: 'Statusrapport',
};
