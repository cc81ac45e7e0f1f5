// Replacement suggestions for an open shift: everyone who can take it without breaking a rule, best
// first (known at the residence, fewest hours, lowest cost, wishes), with the reasons; and for everyone
// left out, the rule that excludes them. The rules run once for the whole pool (checkMany).
import dayjs from 'dayjs';
import type { OutputOf, ParsedInputOf } from '../../contract';
import { CONTINUITY_WEEKS } from '../../contract/roster-terms';
import type { AuditLog } from '../audit/audit-log';
import { assertResidenceAccess, type Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { notFound } from '../common/domain-error';
import type { Db } from '../db/open-database';
import { isoWeekOf } from './rules/iso-week';
import { candidateOf, createRuleChecker } from './rules/rule-checker';
import { createShiftReader } from './shift-reader';
import { scoreSuggestion } from './suggestions-score';
import { createSuggestionsQueries } from './suggestions-queries';

export function createSuggestionsService(db: Db, clock: Clock, audit: AuditLog) {
  void [clock, audit];
  const q = createSuggestionsQueries(db);
  const reader = createShiftReader(db);
  const checker = createRuleChecker(db);

  return {
    suggest(actor: Actor, input: ParsedInputOf<'roster.suggest'>): OutputOf<'roster.suggest'> {
      const shift = reader.get(input.shiftId);
      if (!shift) throw notFound('Vagten');
      assertResidenceAccess(actor, shift.residenceId);

      // The pool in Danish name order; that order breaks every tie below.
      const pool = q.pool.all({ residenceId: shift.residenceId }).filter((person) => person.id !== shift.staffId);
      const violations = checker.checkMany(
        candidateOf(shift),
        pool.map((person) => person.id),
      );
      const eligible = pool.filter((person) => (violations.get(person.id) ?? []).length === 0);
      const excluded = pool
        .filter((person) => (violations.get(person.id) ?? []).length > 0)
        .map((person) => ({ staffId: person.id, name: person.name, employment: person.employment, violations: violations.get(person.id)! }));

      const ids = JSON.stringify(eligible.map((person) => person.id));
      const week = isoWeekOf(shift.date);
      const continuityFrom = dayjs(shift.date).subtract(CONTINUITY_WEEKS, 'week').format('YYYY-MM-DD');
      const known = new Map(q.knownShifts.all({ ids, residenceId: shift.residenceId, from: continuityFrom, to: shift.date }).map((row) => [row.staff_id, row.shifts]));
      const minutes = new Map(q.weekMinutes.all({ ids, from: week.monday, to: week.sunday }).map((row) => [row.staff_id, row.minutes]));
      const preferred = new Set(q.preferred.all({ ids, residenceId: shift.residenceId }));
      const wishes = new Set(q.wishes.all({ ids, date: shift.date, kind: shift.kind }));

      const costOf = (rate: number | null) => (rate === null ? null : Math.round((rate * shift.minutes) / 60));
      const costs = eligible.map((person) => costOf(person.hourly_rate_ore)).filter((cost): cost is number => cost !== null);
      const lowestCost = costs.length > 0 ? Math.min(...costs) : null;

      const candidates = eligible
        .map((person, order) => ({
          order,
          suggestion: scoreSuggestion(
            {
              staffId: person.id,
              name: person.name,
              employment: person.employment,
              ownStaff: person.home_residence_id === shift.residenceId,
              knownShifts: known.get(person.id) ?? 0,
              preferred: preferred.has(person.id),
              wishes: wishes.has(person.id),
              weekMinutes: minutes.get(person.id) ?? 0,
              isoWeek: week.week,
              costOre: costOf(person.hourly_rate_ore),
            },
            lowestCost,
          ),
        }))
        .sort((a, b) => b.suggestion.score - a.suggestion.score || a.order - b.order)
        .slice(0, input.limit)
        .map((entry) => entry.suggestion);
      return { candidates, excluded };
    },
  };
}

export type SuggestionsService = ReturnType<typeof createSuggestionsService>;
