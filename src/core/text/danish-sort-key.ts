// A sort key that makes SQLite's byte order match Danish alphabetical order (Intl.Collator('da')):
// better-sqlite3 cannot register a collation, so sorted, paged lists store this key with the row.
const AFTER_Z: Record<string, string> = { æ: '{', ø: '|', å: '}' };

// Letters that do not decompose under NFD, folded as the Danish collator orders them: ð and đ as d,
// þ as th, ł as l, ß as ss, œ as oe, ű as y; the dotless ı is its own letter right after i.
const FOLDED: Record<string, string> = { ð: 'd', đ: 'd', þ: 'th', ł: 'l', ß: 'ss', œ: 'oe', ű: 'y', ı: 'i~' };

export function danishSortKey(text: string): string {
  return text
    // Composed first: text typed or pasted on a Mac may arrive decomposed (u + ◌̈ rather than ü).
    .normalize('NFC')
    .trim()
    .toLocaleLowerCase('da')
    .replace(/[ðđþłßœűı]/g, (letter) => FOLDED[letter] ?? letter)
    .replace(/ü/g, 'y')
    .replace(/ä/g, 'æ')
    .replace(/[öő]/g, 'ø')
    .replace(/aa/g, 'å')
    .normalize('NFD')
    // Strip accents but keep the Danish letters (æ and ø do not decompose; å does, so recompose it).
    .replace(/a\u030a/g, 'å')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[æøå]/g, (letter) => AFTER_Z[letter] ?? letter)
    .replace(/\s+/g, ' ');
}

const collator = new Intl.Collator('da');
/** Danish comparison for in-memory sorting (the same order the sort key gives in SQL). */
export const compareDanish = (a: string, b: string): number => collator.compare(a, b);
