// The vikarmappe's content per residence: routines, practical things, emergencies, the phone list
// and a short text per current resident. Versioned; every resident listed or changed is audited.
import type { ParsedInputOf } from '../../contract';
import type { Briefing } from '../../contract/areas/reports';
import type { AuditLog } from '../audit/audit-log';
import type { CitizenAccess } from '../citizens/citizen-access';
import { assertResidenceAccess, type Actor } from '../common/actor';
import type { Clock } from '../common/clock';
import { DomainError, invalidField, notFound } from '../common/domain-error';
import type { Db } from '../db/open-database';
import { createBriefingQueries } from './briefing-queries';

const STALE = 'Vikarmappen er ændret af en anden, siden du åbnede den. Hent den igen, og skriv dine ændringer på ny.';

export function createBriefingStore(db: Db, clock: Clock, audit: AuditLog, citizenAccess: CitizenAccess) {
  const q = createBriefingQueries(db);

  const residenceFor = (actor: Actor, residenceId: number) => {
    const residence = q.residence.get(residenceId);
    if (!residence) throw notFound('Botilbuddet');
    assertResidenceAccess(actor, residenceId);
    return residence;
  };

  /** The stored content and every current resident, unaudited. */
  function load(residenceId: number, residenceName: string): Briefing {
    const row = q.briefing.get(residenceId);
    return {
      residenceId,
      residenceName,
      routines: row?.routines ?? null,
      practical: row?.practical ?? null,
      emergency: row?.emergency ?? null,
      phoneNumbers: q.phones.all(residenceId),
      residents: q.residents.all({ residenceId, today: citizenAccess.today() }).map((r) => ({ citizenId: r.citizen_id, firstName: r.first_name, room: r.room, text: r.text })),
      version: row?.version ?? 0,
      updatedAt: row?.updated_at ?? null,
      updatedBy: row?.updated_by ?? null,
    };
  }

  /**
   * One 'read' per resident the answer names, skipping those just audited as changed; a residence
   * with no residents gets one 'search' entry. Every row of a citizen-data method names a citizen
   * where there is one, so a save's own note (`saved`) rides on these rows.
   */
  function auditListed(actor: Actor, method: string, briefing: Briefing, skip: ReadonlySet<number> = new Set(), saved: string | null = null): void {
    const subject = `Vikarmappe ${briefing.residenceName}`;
    const prefix = saved ? `${saved}; ` : '';
    if (briefing.residents.length === 0) {
      if (saved) audit.record(actor, { action: 'update', method, subject, detail: saved });
      audit.record(actor, { action: 'search', method, subject, detail: 'Ingen nuværende beboere' });
      return;
    }
    for (const resident of briefing.residents) {
      if (skip.has(resident.citizenId)) continue;
      const shown = resident.text ? 'fornavn, værelse og tekst til vikarer vist' : 'fornavn og værelse vist';
      audit.record(actor, { action: 'read', method, citizenId: resident.citizenId, subject, detail: `${prefix}${shown}` });
    }
  }

  return {
    load,
    residenceFor,
    auditListed,

    read(actor: Actor, residenceId: number): Briefing {
      const residence = residenceFor(actor, residenceId);
      const briefing = load(residence.id, residence.name);
      auditListed(actor, 'reports.briefing', briefing);
      return briefing;
    },

    save(actor: Actor, input: ParsedInputOf<'reports.saveBriefing'>): Briefing {
      const residence = residenceFor(actor, input.residenceId);
      const before = load(residence.id, residence.name);
      if (before.version !== input.version) throw new DomainError('CONFLICT', STALE);

      const current = new Map(before.residents.map((r) => [r.citizenId, r]));
      const seen = new Set<number>();
      input.residents.forEach((resident, index) => {
        const path = `residents.${index}.citizenId`;
        if (!current.has(resident.citizenId)) throw invalidField(path, 'Beboer: borgeren bor ikke i botilbuddet nu');
        if (seen.has(resident.citizenId)) throw invalidField(path, 'Beboer: samme beboer står der to gange');
        seen.add(resident.citizenId);
      });

      const now = clock.now().toISOString();
      const texts = { residenceId: residence.id, routines: input.routines, practical: input.practical, emergency: input.emergency, userId: actor.userId, now };
      if (input.version === 0) q.insertBriefing.run(texts);
      else if (q.updateBriefing.run({ ...texts, version: input.version }).changes !== 1) throw new DomainError('CONFLICT', STALE);
      q.deletePhones.run(residence.id);
      input.phoneNumbers.forEach((entry, position) => q.insertPhone.run({ residenceId: residence.id, position, label: entry.label, phone: entry.phone }));

      const subject = `Vikarmappe ${residence.name}`;
      const saved = `Vikarmappe gemt (version ${input.version + 1}, ${input.phoneNumbers.length} telefonnumre)`;
      const changed = new Set<number>();
      for (const resident of input.residents) {
        const previous = current.get(resident.citizenId)!.text;
        if (previous === resident.text) continue;
        if (resident.text === null) q.deleteCitizenText.run(resident.citizenId);
        else q.upsertCitizenText.run({ citizenId: resident.citizenId, text: resident.text, userId: actor.userId, now });
        changed.add(resident.citizenId);
        const what = resident.text === null ? 'tekst til vikarer fjernet' : previous === null ? 'tekst til vikarer skrevet' : 'tekst til vikarer ændret';
        audit.record(actor, { action: 'update', method: 'reports.saveBriefing', citizenId: resident.citizenId, subject, detail: `${saved}; ${what}` });
      }
      const after = load(residence.id, residence.name);
      auditListed(actor, 'reports.saveBriefing', after, changed, saved);
      return after;
    },
  };
}

export type BriefingStore = ReturnType<typeof createBriefingStore>;
