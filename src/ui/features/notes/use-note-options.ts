// What a note can be linked to: the citizen's goals and sub-goals (from plans.get) and the FFB
// themes with their conditions, grouped by theme, as Select/MultiSelect options.
import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import { FFB_THEMES } from '../../../contract/ffb';
import { useRpcQuery } from '../../rpc/use-rpc';

/** Every FFB theme as a group: the theme itself first, then its conditions ("Sundhedsforhold: Søvn"). */
export const THEME_OPTIONS: ComboboxItemGroup<ComboboxItem>[] = FFB_THEMES.map((theme) => ({
  group: theme.label,
  items: [{ value: theme.code, label: theme.label }, ...theme.conditions.map((condition) => ({ value: condition.code, label: `${theme.label}: ${condition.label}` }))],
}));

const shorten = (text: string) => (text.length > 90 ? `${text.slice(0, 88)}…` : text);

export interface GoalOptions {
  /** Every goal, active and closed: for filtering and for links an old note already has. */
  all: ComboboxItem[];
  /** Active goals only: what a new link may point to. */
  active: ComboboxItem[];
  loading: boolean;
}

export function useGoalOptions(citizenId: number): GoalOptions {
  const plan = useRpcQuery('plans.get', { citizenId });
  const goals = plan.data?.goals ?? [];
  const label = (goal: (typeof goals)[number]) => `${goal.parentId === null ? '' : '↳ '}${shorten(goal.professionalText)}`;
  // Sub-goals right after their goal.
  const ordered = goals.filter((goal) => goal.parentId === null).flatMap((goal) => [goal, ...goals.filter((sub) => sub.parentId === goal.id)]);
  const orphans = goals.filter((goal) => goal.parentId !== null && !goals.some((parent) => parent.id === goal.parentId));
  const rows = [...ordered, ...orphans];
  return {
    all: rows.map((goal) => ({ value: String(goal.id), label: label(goal) })),
    active: rows.filter((goal) => goal.status === 'aktiv').map((goal) => ({ value: String(goal.id), label: label(goal) })),
    loading: plan.isPending,
  };
}
