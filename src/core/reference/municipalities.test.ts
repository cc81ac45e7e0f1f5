// Keeps the shipped municipality module equal to the reference CSV (resources/data/kommuner.csv),
// and checks what Kerne relies on: 98 municipalities, 5 regions, synced into SQLite in Danish order.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createTestBackend } from '../../../tests/fixtures/backend';
import { MUNICIPALITIES } from './municipalities';

const CSV = path.resolve(import.meta.dirname, '../../../resources/data/kommuner.csv');

describe('municipalities', () => {
  it('equal the reference CSV, row for row', () => {
    const rows = parse(readFileSync(CSV, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
    expect(MUNICIPALITIES).toEqual(
      rows.map((row) => ({ code: row.kommunekode, name: row.navn, officialName: row.officielt_navn, regionCode: row.regionskode, regionName: row.region })),
    );
  });

  it('are 98 in 5 regions with unique 4-digit codes', () => {
    expect(MUNICIPALITIES).toHaveLength(98);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(98);
    expect(MUNICIPALITIES.every((m) => /^\d{4}$/.test(m.code))).toBe(true);
    expect(new Set(MUNICIPALITIES.map((m) => m.regionName))).toEqual(
      new Set(['Region Hovedstaden', 'Region Sjælland', 'Region Syddanmark', 'Region Midtjylland', 'Region Nordjylland']),
    );
  });

  it('are served from SQLite in Danish order to any signed-in user', async () => {
    const t = await createTestBackend();
    try {
      const listed = await t.callOk('reference.municipalities', {}, t.tokens.vagtplanlaegger);
      expect(listed).toHaveLength(98);
      const names = listed.map((m) => m.name);
      expect(names).toEqual([...names].sort(new Intl.Collator('da').compare));
      // "Aa" is Danish å: Aabenraa, Aalborg and Aarhus come last, after Ærø.
      expect(names.slice(-5)).toEqual(['Vordingborg', 'Ærø', 'Aabenraa', 'Aalborg', 'Aarhus']);
    } finally {
      t.close();
    }
  });
});
