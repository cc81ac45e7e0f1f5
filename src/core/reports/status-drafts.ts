// The statusrapport's free text per citizen (period, reason, assessment, recommendation, remarks,
// signer), written in the app before generating. One draft per citizen, versioned, audited.
import dayjs from 'dayjs';
import type { ParsedInputOf } from '../../contract';
import { REPORT_MAX_DAYS, type StatusDraft } from '../../contract/areas/reports';
import type { AuditLog } from '../audit/audit-log';
import { daysInclusive, formatDanishDate } from '../citizens/calendar-days';
import type { CitizenAccess } from '../citizens/citizen-access';
import type { Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { DomainError, invalidField } from '../common/domain-error';
import type { Db } from '../db/open-database';
import { createStatusQueries, type DraftRecord } from './status-queries';

const toDraft = (row: DraftRecord): StatusDraft => ({
  citizenId: row.citizen_id,
  periodFrom: row.period_from,
  periodTo: row.period_to,
  reason: row.reason,
  reasonText: row.reason_text,
  assessment: row.assessment,
  recommendation: row.recommendation,
  recommendationText: row.recommendation_text,
  nextFollowUp: row.next_follow_up,
  citizenRemarks: row.citizen_remarks,
  guardianRemarks: row.guardian_remarks,
  signerName: row.signer_name,
  signerTitle: row.signer_title,
  version: row.version,
  updatedAt: row.updated_at,
  updatedBy: row.updated_by_name,
});

export function createStatusDrafts(db: Db, clock: Clock, audit: AuditLog, access: CitizenAccess) {
  const q = createStatusQueries(db);

  /** The saved draft, or the one a first report starts from: the last 12 months up to today, annual, signed by the user. */
  function current(actor: Actor, citizenId: number): StatusDraft {
    const saved = q.draft.get(citizenId);
    if (saved) return toDraft(saved);
    const today = access.today();
    const yearAgo = dayjs(today).subtract(12, 'month').add(1, 'day').format('YYYY-MM-DD');
    const moveIn = q.stay.get({ citizenId, from: today, to: today })?.move_in ?? null;
    return {
      citizenId,
      // A citizen who moved in within the year is reported on from the move-in.
      periodFrom: moveIn !== null && moveIn > yearAgo && moveIn <= today ? moveIn : yearAgo,
      periodTo: today,
      reason: 'aarlig',
      reasonText: null,
      assessment: null,
      recommendation: null,
      recommendationText: null,
      nextFollowUp: q.nextGoalFollowUp.get(citizenId, today) ?? null,
      citizenRemarks: null,
      guardianRemarks: null,
      signerName: q.displayName.get(actor.userId) ?? actor.username,
      signerTitle: null,
      version: 0,
      updatedAt: null,
      updatedBy: null,
    };
  }

  return {
    current,

    read(actor: Actor, citizenId: number): StatusDraft {
      access.assertCanSee(actor, citizenId);
      const draft = current(actor, citizenId);
      audit.record(actor, { action: 'read', method: 'reports.statusDraft', citizenId, subject: 'Statusrapport (udkast)', detail: draft.version ? `version ${draft.version}` : 'intet gemt udkast' });
      return draft;
    },

    save(actor: Actor, input: ParsedInputOf<'reports.saveStatusDraft'>): StatusDraft {
      access.assertCanSee(actor, input.citizenId);
      if (daysInclusive(input.periodFrom, input.periodTo) > REPORT_MAX_DAYS) {
        throw invalidField('periodTo', 'Perioden kan højst være fem år');
      }
      if (input.nextFollowUp !== null && input.nextFollowUp < input.periodTo) {
        throw invalidField('nextFollowUp', `Næste opfølgning kan ikke ligge før periodens slutning (${formatDanishDate(input.periodTo)})`);
      }
      const exists = q.draft.get(input.citizenId) !== undefined;
      const params = {
        citizenId: input.citizenId,
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        reason: input.reason,
        reasonText: input.reasonText,
        assessment: input.assessment,
        recommendation: input.recommendation,
        recommendationText: input.recommendationText,
        nextFollowUp: input.nextFollowUp,
        citizenRemarks: input.citizenRemarks,
        guardianRemarks: input.guardianRemarks,
        signerName: input.signerName,
        signerTitle: input.signerTitle,
        actorId: actor.userId,
        now: clock.now().toISOString(),
      };
      const stale = exists ? q.updateDraft.run({ ...params, version: input.version }).changes === 0 : input.version !== 0;
      if (stale) throw new DomainError('CONFLICT', 'Statusrapportens udkast er ændret af en anden, siden du åbnede det. Genindlæs og prøv igen.');
      if (!exists) q.insertDraft.run(params);
      audit.record(actor, {
        action: exists ? 'update' : 'create',
        method: 'reports.saveStatusDraft',
        citizenId: input.citizenId,
        subject: 'Statusrapport (udkast)',
        detail: `Periode ${formatDanishDate(input.periodFrom)} – ${formatDanishDate(input.periodTo)}`,
      });
      return toDraft(q.draft.get(input.citizenId)!);
    },
  };
}

export type StatusDrafts = ReturnType<typeof createStatusDrafts>;
