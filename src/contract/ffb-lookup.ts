// Finding an FFB theme or condition by its code: goals and notes store the code of a theme or of
// one of its conditions, and reports group by the theme above it.
import { FFB_THEMES, type FfbTheme } from './ffb';

export interface FfbTerm {
  /** The stored code: a theme's or a condition's. */
  code: string;
  theme: FfbTheme;
  /** The condition, when the code names one rather than the theme itself. */
  conditionLabel: string | null;
  /** "Sundhedsforhold: Søvn" or "Sundhedsforhold". */
  label: string;
}

const TERMS = new Map<string, FfbTerm>();
for (const theme of FFB_THEMES) {
  TERMS.set(theme.code, { code: theme.code, theme, conditionLabel: null, label: theme.label });
  for (const condition of theme.conditions) {
    TERMS.set(condition.code, { code: condition.code, theme, conditionLabel: condition.label, label: `${theme.label}: ${condition.label}` });
  }
}

export function ffbTerm(code: string): FfbTerm | undefined {
  return TERMS.get(code);
}

export function isFfbTermCode(code: string): boolean {
  return TERMS.has(code);
}
