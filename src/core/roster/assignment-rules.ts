// What an assignment does with the rule checker's violations: hard ones always refuse it, soft
// ones refuse it unless the planner gives a reason, and then they are what goes in the tilsynsbog.
import type { Violation } from '../../contract/areas/roster';
import { ROSTER_RULE_LABELS } from '../../contract/roster-terms';
import { DomainError } from '../common/domain-error';

export interface Override {
  rules: string;
  message: string;
  reason: string;
}

/** Throws CONFLICT for a hard violation, or a soft one without a reason; returns the override to record, if any. */
export function enforceRules(violations: readonly Violation[], overrideReason: string | null | undefined): Override | null {
  const hard = violations.filter((v) => !v.overridable);
  if (hard.length > 0) throw new DomainError('CONFLICT', `Kan ikke tildeles: ${hard.map((v) => v.message).join('; ')}`);
  if (violations.length === 0) return null;
  const described = violations.map((v) => `${ROSTER_RULE_LABELS[v.rule]}: ${v.message}`).join('; ');
  const reason = overrideReason?.trim();
  if (!reason) throw new DomainError('CONFLICT', `Tildelingen bryder ${described}. Angiv en begrundelse for at afvige.`);
  return { rules: [...new Set(violations.map((v) => v.rule))].join(','), message: violations.map((v) => v.message).join('; '), reason };
}
