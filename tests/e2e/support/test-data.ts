// Test data a person would type: valid CPR numbers, distinct surnames, today's Danish date; made
// fresh on every run so specs can run again on the same data folder.
/** A valid CPR number born 1960–1999 (7th digit 0–3 means the 1900s), different on every run. */
export function randomCpr(): { cpr: string; birth: string } {
  const random = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));
  const day = String(random(1, 28)).padStart(2, '0');
  const month = String(random(1, 12)).padStart(2, '0');
  const year = String(random(60, 99));
  const serial = `${random(0, 3)}${String(random(0, 999)).padStart(3, '0')}`;
  return { cpr: `${day}${month}${year}-${serial}`, birth: `${day}${month}${year}` };
}

export function randomWord(): string {
  const letters = 'bdfghklmnprstv';
  const vowels = 'aeiouy';
  const pick = (from: string) => from[Math.floor(Math.random() * from.length)]!;
  return `${pick(letters).toUpperCase()}${pick(vowels)}${pick(letters)}${pick(vowels)}`;
}

/** Today in Denmark as YYYY-MM-DD, the day the server judges "today" by. */
export function danishToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}
