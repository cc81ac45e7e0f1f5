// The vikarmappe form's values go to the server in the contract's shape: phone rows in the order
// shown (without the form's row keys), each resident by id with their text, blank text as none.
import { describe, expect, it } from 'vitest';
import { contract } from '../../../contract';
import type { Briefing } from '../../../contract/areas/reports';
import { toBriefingInput, toBriefingValues } from './briefing-values';

const schema = contract['reports.saveBriefing'].input;

const saved: Briefing = {
  residenceId: 2,
  residenceName: 'Solsikken',
  routines: 'Morgenmad kl. 7.30.',
  practical: null,
  emergency: null,
  phoneNumbers: [
    { label: 'Vagthavende leder', phone: '20 30 40 50' },
    { label: 'Lægevagten', phone: '1813' },
  ],
  residents: [
    { citizenId: 11, firstName: 'Anders', room: 'Værelse 4', text: 'Kan lide sin kaffe med mælk.' },
    { citizenId: 12, firstName: 'Bjørn', room: null, text: null },
  ],
  version: 5,
  updatedAt: null,
  updatedBy: null,
};

describe('briefing values', () => {
  it('gives each phone row its own key, so rows can be moved', () => {
    const keys = toBriefingValues(saved).phoneNumbers.map((row) => row.key);
    expect(new Set(keys).size).toBe(2);
  });

  it('sends phone rows in the order shown and residents by id, with blank text as none', () => {
    const values = toBriefingValues(saved);
    values.phoneNumbers.reverse();
    values.practical = '  ';
    const input = schema.parse(toBriefingInput(values, 2, saved.version));
    expect(input.phoneNumbers).toEqual([
      { label: 'Lægevagten', phone: '1813' },
      { label: 'Vagthavende leder', phone: '20 30 40 50' },
    ]);
    expect(input.residents).toEqual([
      { citizenId: 11, text: 'Kan lide sin kaffe med mælk.' },
      { citizenId: 12, text: null },
    ]);
    expect(input.practical).toBeNull();
    expect(input.version).toBe(5);
  });

  it('refuses a phone row without a number, naming the row', () => {
    const values = toBriefingValues(saved);
    values.phoneNumbers.push({ key: 'new', label: 'Nattevagt', phone: ' ' });
    const result = schema.safeParse(toBriefingInput(values, 2, 5));
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['phoneNumbers.2.phone']);
    expect(result.error?.issues[0]?.message).toMatch(/^Telefonliste: nummer/);
  });
});
