// Protects the effect-dimension setting through dispatch: every FFB theme listed with the default
// mapping, replaced as a whole, refused for codes that are not themes, only for settings.write,
// logged, and moving the overview's dimension figures with it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FFB_THEMES } from '../../contract/ffb';
import { auditRows, createTestBackend, expectCode, fieldPaths, type TestBackend } from '../../../tests/fixtures/backend';
import { citizenIn } from '../../../tests/fixtures/citizens';
import { addEvaluation, addGoal, HEALTH_THEME, RELATIONS_THEME, SLEEP_CODE } from '../../../tests/fixtures/plans';

let t: TestBackend;
let admin: string;
beforeEach(async () => {
  t = await createTestBackend();
  admin = t.tokens.administrator;
});
afterEach(() => t.close());

const mapping = (token = admin) => t.callOk('plans.effectMapping', {}, token);
const dimensionOf = async (code: string) => (await mapping()).find((row) => row.themeCode === code)?.dimension;

describe('reading', () => {
  it('every FFB theme in catalog order with the default dimension; readable by anyone with plans.read', async () => {
    const rows = await mapping(t.tokens.medarbejder);
    expect(rows.map((row) => row.themeCode)).toEqual(FFB_THEMES.map((theme) => theme.code));
    expect(rows.find((row) => row.themeCode === HEALTH_THEME.code)).toEqual({ themeCode: HEALTH_THEME.code, themeLabel: 'Sundhedsforhold', dimension: 'personlig-udvikling' });
    expect(await dimensionOf(RELATIONS_THEME.code)).toBe('netvaerk-medborgerskab');
    expectCode(await t.call('plans.effectMapping', {}, t.tokens.vagtplanlaegger), 'FORBIDDEN');
  });
});

describe('changing', () => {
  it('replaces the whole mapping: themes left out or without a dimension count in none; one update row', async () => {
    const rows = await t.callOk(
      'plans.setEffectMapping',
      { mapping: [{ themeCode: HEALTH_THEME.code, dimension: 'laering-selvforsoergelse' }, { themeCode: RELATIONS_THEME.code, dimension: null }] },
      admin,
    );
    expect(rows.filter((row) => row.dimension !== null)).toEqual([{ themeCode: HEALTH_THEME.code, themeLabel: 'Sundhedsforhold', dimension: 'laering-selvforsoergelse' }]);
    expect(rows.length).toBe(FFB_THEMES.length);
    expect(await dimensionOf(RELATIONS_THEME.code)).toBeNull();
    expect(auditRows(t.backend, 'plans.setEffectMapping').map((row) => [row.action, row.citizen_id, row.subject, row.detail])).toEqual([
      ['update', null, 'Effektdimensioner', '1 temaer koblet'],
    ]);
  });

  it('refuses a condition, an unknown code or a theme given twice, naming the row; nothing changes', async () => {
    const before = await mapping();
    const refused = async (themeCodes: string[], path: string) => {
      const input = { mapping: themeCodes.map((themeCode) => ({ themeCode, dimension: 'personlig-udvikling' })) };
      expect(fieldPaths(expectCode(await t.call('plans.setEffectMapping', input, admin), 'INVALID_INPUT'))).toEqual([path]);
    };
    await refused([HEALTH_THEME.code, SLEEP_CODE], 'mapping.1.themeCode');
    await refused(['ikke-et-tema'], 'mapping.0.themeCode');
    await refused([HEALTH_THEME.code, RELATIONS_THEME.code, HEALTH_THEME.code], 'mapping.2.themeCode');
    expect(fieldPaths(expectCode(await t.call('plans.setEffectMapping', { mapping: [{ themeCode: HEALTH_THEME.code, dimension: 'lykke' }] }, admin), 'INVALID_INPUT'))).toEqual([
      'mapping.0.dimension',
    ]);
    expect(await mapping()).toEqual(before);
  });

  it('only with settings.write: the afdelingsleder and medarbejder are FORBIDDEN', async () => {
    for (const token of [t.tokens.afdelingsleder, t.tokens.medarbejder, t.tokens.vagtplanlaegger]) {
      expectCode(await t.call('plans.setEffectMapping', { mapping: [] }, token), 'FORBIDDEN');
    }
  });
});

describe('the overview follows the mapping', () => {
  it('moving a theme to another dimension moves its goals\' figures; unmapped themes count in no dimension', async () => {
    const citizenId = citizenIn(t, 'own');
    const goal = addGoal(t, citizenId, { startDate: '2025-01-01' });
    addEvaluation(t, goal, { date: '2025-06-01', functionLevel: 3 });
    addEvaluation(t, goal, { date: '2026-02-01', functionLevel: 1 });
    const figures = async () =>
      Object.fromEntries((await t.callOk('plans.overview', {}, admin)).byDimension.map((row) => [row.dimension, [row.activeGoals, row.withProgression]]));
    expect(await figures()).toEqual({ 'laering-selvforsoergelse': [0, 0], 'netvaerk-medborgerskab': [0, 0], 'personlig-udvikling': [1, 1] });
    await t.callOk('plans.setEffectMapping', { mapping: [{ themeCode: HEALTH_THEME.code, dimension: 'netvaerk-medborgerskab' }] }, admin);
    expect(await figures()).toEqual({ 'laering-selvforsoergelse': [0, 0], 'netvaerk-medborgerskab': [1, 1], 'personlig-udvikling': [0, 0] });
    await t.callOk('plans.setEffectMapping', { mapping: [] }, admin);
    expect(await figures()).toEqual({ 'laering-selvforsoergelse': [0, 0], 'netvaerk-medborgerskab': [0, 0], 'personlig-udvikling': [0, 0] });
    expect((await t.callOk('plans.overview', {}, admin)).totals.activeGoals).toBe(1);
  });
});
