// Danish alphabetical order (æ, ø, å after z; "aa" as å) for client-side sorting, via Intl.Collator('da').
const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

export function compareDanish(a: string | null | undefined, b: string | null | undefined): number {
  return collator.compare(a ?? '', b ?? '');
}

/** Sorts a copy of `rows` by the text `key` returns, in Danish order. */
export function sortDanish<T>(rows: readonly T[], key: (row: T) => string | null | undefined, direction: 'asc' | 'desc' = 'asc'): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compareDanish(key(a), key(b)));
}
