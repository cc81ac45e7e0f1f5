// The FFB catalog Kerne ships in code (src/contract/ffb.ts) must say exactly what KL's code system
// file in resources/data says: the themes under "FFB tilstande", their conditions, and the scales.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { FFB_FOLLOW_UP_DECISIONS, FFB_FUNCTION_LEVELS, FFB_GOAL_TYPES, FFB_SUPPORT_LEVELS, FFB_THEMES, FFB_VERSION } from '../../src/contract/ffb';
import { ffbTerm } from '../../src/contract/ffb-lookup';

interface Concept {
  code: string;
  display: string;
  concept?: Concept[];
}
const file = JSON.parse(readFileSync(join(import.meta.dirname, '../../resources/data/ffb-codesystem.json'), 'utf8')) as { version: string; concept: Concept[] };
const top = (display: string) => file.concept.find((concept) => concept.display === display)!;
const pairs = (concepts: readonly { code: string; display?: string; label?: string }[]) =>
  concepts.map((concept) => `${concept.code} ${concept.display ?? concept.label}`).sort();

it('has the version of the shipped code system', () => {
  expect(FFB_VERSION).toBe(file.version);
});

it('has every theme under FFB tilstande with its group and exactly its conditions', () => {
  const expected = top('FFB tilstande').concept!.flatMap((group) => group.concept!.map((theme) => ({ group: group.display, theme })));
  expect(FFB_THEMES.map((theme) => theme.code).sort()).toEqual(expected.map(({ theme }) => theme.code).sort());
  for (const { group, theme } of expected) {
    const shipped = FFB_THEMES.find((candidate) => candidate.code === theme.code)!;
    expect(shipped.label).toBe(theme.display);
    expect(shipped.group).toBe(group);
    expect(pairs(shipped.conditions)).toEqual(pairs(theme.concept ?? []));
  }
});

it('has the scales with their codes, "Ikke vurderet" aside', () => {
  const scale = (display: string) => pairs(top(display).concept!.filter((concept) => concept.display !== 'Ikke vurderet'));
  expect(pairs(FFB_FUNCTION_LEVELS)).toEqual(scale('Funktionsevneniveau'));
  expect(pairs(FFB_SUPPORT_LEVELS)).toEqual(scale('Støttebehovsniveau'));
  expect(pairs(FFB_GOAL_TYPES)).toEqual(scale('Måltype'));
  expect(pairs(FFB_FOLLOW_UP_DECISIONS)).toEqual(scale('Status på indsats'));
});

it('orders the levels from none to complete, so that lower is better', () => {
  expect(FFB_FUNCTION_LEVELS.map((level) => level.label)).toEqual([
    'Ingen nedsat funktionsevne',
    'Let nedsat funktionsevne',
    'Moderat nedsat funktionsevne',
    'Svært nedsat funktionsevne',
    'Fuldstændig nedsat funktionsevne',
  ]);
});

it('finds a condition under its theme by code', () => {
  const sleep = FFB_THEMES.find((theme) => theme.label === 'Sundhedsforhold')!.conditions.find((condition) => condition.label === 'Søvn')!;
  expect(ffbTerm(sleep.code)).toMatchObject({ label: 'Sundhedsforhold: Søvn', conditionLabel: 'Søvn', theme: { label: 'Sundhedsforhold' } });
  expect(ffbTerm('not-a-code')).toBeUndefined();
});
