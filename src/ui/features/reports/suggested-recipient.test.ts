import { describe, expect, it } from 'vitest';
import { suggestedRecipient } from './suggested-recipient';

const municipalities = [
  { code: '0751', name: 'Aarhus', officialName: 'Aarhus Kommune', regionCode: '1082', regionName: 'Region Midtjylland' },
  { code: '0101', name: 'København', officialName: 'Københavns Kommune', regionCode: '1084', regionName: 'Region Hovedstaden' },
];

describe('the suggested recipient of a report marked as sent', () => {
  it('is the official name of the municipality the report is for', () => {
    expect(suggestedRecipient({ municipalityCode: '0101', regionCode: null }, municipalities)).toBe('Københavns Kommune');
  });

  it('is the region for a region report', () => {
    expect(suggestedRecipient({ municipalityCode: null, regionCode: '1082' }, municipalities)).toBe('Region Midtjylland');
  });

  it('is empty when the report names neither, or the list has not loaded', () => {
    expect(suggestedRecipient({ municipalityCode: null, regionCode: null }, municipalities)).toBe('');
    expect(suggestedRecipient({ municipalityCode: '0751', regionCode: null }, [])).toBe('');
  });
});
