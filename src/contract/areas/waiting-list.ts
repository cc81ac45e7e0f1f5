// The waiting list (venteliste) per residence: who is waiting, since when, and how far it got.
import { z } from 'zod';
import { choice, id, isoDate, optionalIsoDate, optionalText } from '../fields';
import { method } from '../method';

export const WAITING_STATUSES = ['venter', 'tilbudt', 'accepteret', 'afvist', 'trukket', 'indflyttet'] as const;
export type WaitingStatus = (typeof WAITING_STATUSES)[number];
/** Entries in these states still hold a place in the queue. */
export const ACTIVE_WAITING_STATUSES: readonly WaitingStatus[] = ['venter', 'tilbudt', 'accepteret'];

export const waitingListEntry = z.object({
  id: z.number().int(),
  citizenId: z.number().int(),
  citizenName: z.string(),
  cprMasked: z.string(),
  residenceId: z.number().int(),
  residenceName: z.string(),
  requestedDate: z.string(),
  desiredMoveIn: z.string().nullable(),
  status: z.enum(WAITING_STATUSES),
  statusDate: z.string(),
  note: z.string().nullable(),
  /** Days since the request, counted to today. */
  daysWaiting: z.number().int(),
});
export type WaitingListEntry = z.infer<typeof waitingListEntry>;

export const waitingListMethods = {
  'waitingList.list': method({
    summary: 'Ventelisten, ældste anmodning først; som standard kun aktive (venter, tilbudt, accepteret).',
    access: 'citizens.read',
    kind: 'read',
    citizenData: true,
    input: z
      .object({ residenceId: id('Botilbud').nullish(), includeClosed: z.boolean().default(false), citizenId: id('Borger').nullish() })
      .prefault({}),
    output: z.array(waitingListEntry),
  }),
  'waitingList.add': method({
    summary: 'Sæt en borger på ventelisten til et botilbud.',
    access: 'citizens.write',
    kind: 'write',
    citizenData: true,
    input: z.object({
      citizenId: id('Borger'),
      residenceId: id('Botilbud'),
      requestedDate: isoDate('Modtaget dato'),
      desiredMoveIn: optionalIsoDate('Ønsket indflytning'),
      note: optionalText('Bemærkning', 1000),
    }),
    output: waitingListEntry,
  }),
  'waitingList.setStatus': method({
    summary: 'Skift status for en plads på ventelisten (fx tilbudt, afvist, indflyttet).',
    access: 'citizens.write',
    kind: 'write',
    citizenData: true,
    input: z.object({ id: id('Venteliste'), status: choice('Status', WAITING_STATUSES), statusDate: isoDate('Dato'), note: optionalText('Bemærkning', 1000) }),
    output: waitingListEntry,
  }),
};
