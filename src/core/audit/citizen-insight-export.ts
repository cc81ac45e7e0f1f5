// A citizen's right of insight: every logged use of their data (who, when, what) as a CSV file
// that opens in Excel with Danish characters intact. The export itself is logged.
import { stringify } from 'csv-stringify/sync';
import type { Actor } from '../common/actor';
import type { AuditLog } from './audit-log';

export function exportCitizenInsight(audit: AuditLog, actor: Actor, citizenId: number) {
  const entries = audit.forCitizen(citizenId);
  const csv = stringify(
    entries.map((entry) => [entry.at, entry.username ?? '', entry.action, entry.method, entry.subject ?? '', entry.detail ?? '']),
    { header: true, columns: ['Tidspunkt', 'Bruger', 'Handling', 'Funktion', 'Emne', 'Detaljer'], delimiter: ';', bom: true },
  );
  audit.record(actor, { action: 'export', method: 'audit.exportCitizen', citizenId, detail: `Indsigt: ${entries.length} logposter udtrukket` });
  return { fileName: `indsigt-borger-${citizenId}.csv`, csv, entries: entries.length };
}
