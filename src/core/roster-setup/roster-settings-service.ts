// The working-time limits and the supplements: one row of settings, read by the rule checker and the
// cost calculation. The night runs over midnight (Nat til before Nat fra), the evening lies between
// them, and the weekly rest is at least the daily rest.
import type { OutputOf, ParsedInputOf } from '../../contract';
import type { RosterSettings } from '../../contract/areas/roster-setup';
import type { AuditLog } from '../audit/audit-log';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { DomainError, invalidField } from '../common/domain-error';
import type { Db } from '../db/open-database';
import { createRosterSettingsQueries, type RosterSettingsRecord } from './roster-settings-queries';

const toSettings = (row: RosterSettingsRecord): RosterSettings => ({
  dailyRestMinutes: row.daily_rest_minutes,
  weeklyRestMinutes: row.weekly_rest_minutes,
  averageWeekMinutes: row.average_week_minutes,
  referenceWeeks: row.reference_weeks,
  eveningPermille: row.evening_permille,
  nightPermille: row.night_permille,
  weekendPermille: row.weekend_permille,
  holidayPermille: row.holiday_permille,
  eveningFrom: row.evening_from,
  nightFrom: row.night_from,
  nightTo: row.night_to,
  version: row.version,
});

function check(input: ParsedInputOf<'roster.updateSettings'>): void {
  if (input.nightTo >= input.nightFrom) throw invalidField('nightTo', 'Nat til skal ligge før Nat fra: natten går over midnat (fx 23:00-06:00)');
  if (input.eveningFrom < input.nightTo || input.eveningFrom >= input.nightFrom) {
    throw invalidField('eveningFrom', `Aften fra skal ligge mellem Nat til (${input.nightTo}) og Nat fra (${input.nightFrom})`);
  }
  if (input.weeklyRestMinutes < input.dailyRestMinutes) throw invalidField('weeklyRestMinutes', 'Ugentligt fridøgn skal være mindst lige så langt som den daglige hvile');
}

export function createRosterSettingsService(db: Db, _clock: Clock, audit: AuditLog) {
  const q = createRosterSettingsQueries(db);

  return {
    get: (_actor: Actor, _input: ParsedInputOf<'roster.settings'>): OutputOf<'roster.settings'> => toSettings(q.get.get()!),

    update(actor: Actor, input: ParsedInputOf<'roster.updateSettings'>): OutputOf<'roster.updateSettings'> {
      check(input);
      if (q.update.run(input).changes === 0) throw new DomainError('CONFLICT', 'Indstillingerne er ændret af en anden, siden du åbnede dem. Genindlæs og prøv igen.');
      const detail = `Hvile ${input.dailyRestMinutes} min, fridøgn ${input.weeklyRestMinutes} min, gennemsnit ${input.averageWeekMinutes} min over ${input.referenceWeeks} uger`;
      audit.record(actor, { action: 'update', method: 'roster.updateSettings', subject: 'Arbejdstid og tillæg', detail });
      return toSettings(q.get.get()!);
    },
  };
}

export type RosterSettingsService = ReturnType<typeof createRosterSettingsService>;
