// Case-blind text for searching, æ, ø and å included (SQLite's lower() folds only ASCII): rows
// store a folded search column, and queries fold the search the same way.
export function foldForSearch(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('da').replace(/\s+/g, ' ').trim();
}
