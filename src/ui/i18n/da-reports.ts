// Danish words for the Rapporter page, the PDF preview (save, print, mark as sent, frozen copy)
// and the report buttons on the roster pages.
export const daReports = {
  title: 'Rapporter',
};
