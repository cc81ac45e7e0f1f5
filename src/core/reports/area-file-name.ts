// File names that survive every file system and mail client: ASCII only, Danish letters spelled out.
const DANISH: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', Æ: 'Ae', Ø: 'Oe', Å: 'Aa' };

/** "Rapport til Københavns Kommune", "2026-01-01", … → "rapport-til-koebenhavns-kommune-2026-01-01.pdf" */
export function asciiFileName(...parts: string[]): string {
  const slug = parts
    .join(' ')
    .replace(/[æøåÆØÅ]/g, (letter) => DANISH[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'rapport'}.pdf`;
}
