// The plan's words as Select data and short labels: FFB themes grouped for the goal form, the
// 0–4 scales with "Ikke vurderet", GAS −2…+2, and the plan's choices, all through the dictionaries.
import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import type { TFunction } from 'i18next';
import { FFB_THEMES } from '../../../contract/ffb';
import {
  ACTION_STATUSES,
  FOLLOW_UP_DECISIONS,
  GOAL_OUTCOMES,
  GOAL_TYPES,
  MEETING_KINDS,
  QUALITY_THEMES,
} from '../../../contract/plan-terms';

type Level = '0' | '1' | '2' | '3' | '4';
type Gas = '-2' | '-1' | '0' | '1' | '2';

/** The select value for "Ikke vurderet" (stored as null). */
export const NOT_ASSESSED = 'ikke-vurderet';

/** FFB themes by group: each theme itself, then its conditions as "Tema: Tilstand". */
export function ffbThemeOptions(): ComboboxItemGroup<ComboboxItem>[] {
  const groups = new Map<string, ComboboxItemGroup<ComboboxItem>>();
  for (const theme of FFB_THEMES) {
    const group = groups.get(theme.group) ?? { group: theme.group, items: [] };
    group.items.push({ value: theme.code, label: theme.label });
    for (const condition of theme.conditions) group.items.push({ value: condition.code, label: `${theme.label}: ${condition.label}` });
    groups.set(theme.group, group);
  }
  return [...groups.values()];
}

export function functionLevelLabel(t: TFunction, level: number | null): string {
  return level === null ? t('plan.evaluation.notAssessed') : `${level} · ${t(`plan.functionLevels.${String(level) as Level}`)}`;
}

export function supportLevelLabel(t: TFunction, level: number | null): string {
  return level === null ? t('plan.evaluation.notAssessed') : `${level} · ${t(`plan.supportLevels.${String(level) as Level}`)}`;
}

export function gasLabel(t: TFunction, score: number | null): string {
  return score === null ? t('plan.evaluation.notAssessed') : `${score > 0 ? '+' : ''}${score} · ${t(`plan.gas.${String(score) as Gas}`)}`;
}

/** 0–4 with labels, "Ikke vurderet" first. */
export function functionLevelOptions(t: TFunction) {
  return [{ value: NOT_ASSESSED, label: t('plan.evaluation.notAssessed') }, ...[0, 1, 2, 3, 4].map((level) => ({ value: String(level), label: functionLevelLabel(t, level) }))];
}

export function supportLevelOptions(t: TFunction) {
  return [{ value: NOT_ASSESSED, label: t('plan.evaluation.notAssessed') }, ...[0, 1, 2, 3, 4].map((level) => ({ value: String(level), label: supportLevelLabel(t, level) }))];
}

export function gasOptions(t: TFunction) {
  return [{ value: NOT_ASSESSED, label: t('plan.evaluation.notAssessed') }, ...[-2, -1, 0, 1, 2].map((score) => ({ value: String(score), label: gasLabel(t, score) }))];
}

/** A select's string back to the contract's number or null. */
export function scoreValue(value: string | null): number | null {
  return value === null || value === NOT_ASSESSED ? null : Number(value);
}

export const qualityThemeOptions = (t: TFunction) => QUALITY_THEMES.map((value) => ({ value, label: t(`plan.qualityThemes.${value}`) }));
export const goalTypeOptions = (t: TFunction) => GOAL_TYPES.map((value) => ({ value, label: t(`plan.goalTypes.${value}`) }));
export const outcomeOptions = (t: TFunction) => GOAL_OUTCOMES.map((value) => ({ value, label: t(`plan.statuses.${value}`) }));
export const decisionOptions = (t: TFunction) => FOLLOW_UP_DECISIONS.map((value) => ({ value, label: t(`plan.decisions.${value}`) }));
export const meetingKindOptions = (t: TFunction) => MEETING_KINDS.map((value) => ({ value, label: t(`plan.meetingKinds.${value}`) }));
export const actionStatusOptions = (t: TFunction) => ACTION_STATUSES.map((value) => ({ value, label: t(`plan.actionStatuses.${value}`) }));

/** A goal's text cut for buttons' accessible names and headings. */
export function shortText(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
