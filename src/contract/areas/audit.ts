// The audit log: who read or changed what, when. Administrators view and filter it, and export
// one citizen's log when the citizen asks for insight (GDPR art. 15).
import { z } from 'zod';
import { choice, id, isoDate, optionalText, pageInput, pageOf } from '../fields';
import { method } from '../method';

export const AUDIT_ACTIONS = ['read', 'search', 'create', 'update', 'delete', 'login', 'login_failed', 'logout', 'export', 'locked'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  userId: z.number().int().nullable(),
  username: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  method: z.string(),
  citizenId: z.number().int().nullable(),
  subject: z.string().nullable(),
  detail: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditFilter = z.object({
  from: isoDate('Fra-dato').nullish(),
  to: isoDate('Til-dato').nullish(),
  userId: id('Bruger').nullish(),
  citizenId: id('Borger').nullish(),
  action: choice('Handling', AUDIT_ACTIONS).nullish(),
  text: optionalText('Søgetekst', 100),
  ...pageInput,
});

export const auditMethods = {
  'audit.list': method({
    summary: 'Revisionsloggen, nyeste først, med filtre.',
    access: 'audit.read',
    kind: 'read',
    input: auditFilter,
    output: pageOf(auditEntry),
  }),
  'audit.exportCitizen': method({
    summary: 'Én borgers log som CSV (hvem, hvornår, hvad) til borgerens indsigtsret. Selve udtrækket logges.',
    access: 'audit.export',
    kind: 'write',
    citizenData: true,
    input: z.object({ citizenId: id('Borger') }),
    output: z.object({ fileName: z.string(), csv: z.string(), entries: z.number().int() }),
  }),
};
