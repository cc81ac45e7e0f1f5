// The statusrapport form's values go to the server in the contract's shape: blank text is no text,
// and a period ending before it starts is refused on "Periode til" before anything is sent.
import { describe, expect, it } from 'vitest';
import { contract } from '../../../contract';
import type { StatusDraft } from '../../../contract/areas/reports';
import { toDraftInput, toDraftValues } from './status-draft-values';

const schema = contract['reports.saveStatusDraft'].input;

const saved: StatusDraft = {
  citizenId: 7,
  periodFrom: '2025-11-24',
  periodTo: '2026-11-23',
  reason: 'aarlig',
  reasonText: null,
  assessment: 'Borgeren er kommet tættere på sit mål.',
  recommendation: 'fortsaet',
  recommendationText: null,
  nextFollowUp: null,
  citizenRemarks: null,
  guardianRemarks: null,
  signerName: 'Anne Holm',
  signerTitle: null,
  version: 3,
  updatedAt: '2026-11-23T07:00:00.000Z',
  updatedBy: 'Anne Holm',
};

describe('status draft values', () => {
  it('round-trips a saved draft: empty fields stay empty, the version goes along', () => {
    const values = toDraftValues(saved);
    expect(values.reasonText).toBe('');
    const input = schema.parse(toDraftInput(values, 7, saved.version));
    expect(input).toMatchObject({ citizenId: 7, version: 3, assessment: saved.assessment, recommendation: 'fortsaet', reasonText: null, signerTitle: null, nextFollowUp: null });
  });

  it('turns whitespace-only text into no text', () => {
    const values = { ...toDraftValues(saved), assessment: '   ', citizenRemarks: '\n' };
    const input = schema.parse(toDraftInput(values, 7, 3));
    expect(input.assessment).toBeNull();
    expect(input.citizenRemarks).toBeNull();
  });

  it('refuses a period that ends before it starts, on Periode til, in Danish', () => {
    const values = { ...toDraftValues(saved), periodFrom: '2026-05-01', periodTo: '2026-04-01' };
    const result = schema.safeParse(toDraftInput(values, 7, 3));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['periodTo', 'Periode til kan ikke ligge før periode fra']]);
  });

  it('names the missing start of the period', () => {
    const values = { ...toDraftValues(saved), periodFrom: null };
    const result = schema.safeParse(toDraftInput(values, 7, 3));
    expect(result.error?.issues[0]?.path).toEqual(['periodFrom']);
    expect(result.error?.issues[0]?.message).toMatch(/^Periode fra/);
  });
});
