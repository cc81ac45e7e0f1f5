// The plan's Select data: every FFB theme and condition offered once, grouped, and the scales'
// "Ikke vurderet" turning back into null for the contract.
import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { FFB_THEMES } from '../../../contract/ffb';
import { da } from '../../i18n/da';
import { ffbThemeOptions, functionLevelOptions, gasLabel, gasOptions, NOT_ASSESSED, scoreValue, shortText } from './plan-labels';

beforeAll(async () => {
  await i18n.init({ resources: { da: { translation: da } }, lng: 'da', interpolation: { escapeValue: false } });
});

describe('plan labels', () => {
  it('offers every FFB theme and condition once, under its group, theme first', () => {
    const groups = ffbThemeOptions();
    expect(groups.map((group) => group.group)).toEqual([...new Set(FFB_THEMES.map((theme) => theme.group))]);
    const values = groups.flatMap((group) => group.items.map((item) => item.value));
    expect(new Set(values).size).toBe(values.length);
    expect(values.length).toBe(FFB_THEMES.length + FFB_THEMES.reduce((sum, theme) => sum + theme.conditions.length, 0));
    const health = groups.flatMap((group) => group.items).filter((item) => item.label.startsWith('Sundhedsforhold'));
    expect(health[0]!.label).toBe('Sundhedsforhold');
    expect(health.map((item) => item.label)).toContain('Sundhedsforhold: Søvn');
  });

  it('has "Ikke vurderet" first on every scale, and turns it into null', () => {
    const t = i18n.t.bind(i18n);
    expect(functionLevelOptions(t).map((option) => option.label)).toEqual([
      'Ikke vurderet',
      '0 · Ingen nedsat funktionsevne',
      '1 · Let nedsat funktionsevne',
      '2 · Moderat nedsat funktionsevne',
      '3 · Svært nedsat funktionsevne',
      '4 · Fuldstændig nedsat funktionsevne',
    ]);
    expect(gasOptions(t).map((option) => option.value)).toEqual([NOT_ASSESSED, '-2', '-1', '0', '1', '2']);
    expect(gasLabel(t, 2)).toBe('+2 · Meget mere end forventet');
    expect(scoreValue(NOT_ASSESSED)).toBeNull();
    expect(scoreValue(null)).toBeNull();
    expect(scoreValue('0')).toBe(0);
    expect(scoreValue('-2')).toBe(-2);
  });

  it('cuts long goal texts for buttons\' names', () => {
    expect(shortText('kort')).toBe('kort');
    expect(shortText('a'.repeat(80), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
