// Danish words for occupancy (belægning) on residences and the overview, and the waiting list.
import type { WaitingStatus } from '../../contract/areas/waiting-list';

export const daOccupancy = {
  occupied: 'Optaget',
  free: 'Ledige',
  percent: 'Belægning',
  occupiedHint: 'Borgere, der bor i botilbuddet i dag',
  freeHint: 'Ledige pladser i dag',
  percentHint: 'Belægningsdage i perioden i forhold til pladser × dage',
  period: 'Periode for belægning',
  periodPlaceholder: 'Vælg periode',
  full: 'Fuldt',
  summary: '{{occupied}} af {{places}} pladser optaget i dag · {{free}} ledige · {{waiting}} på venteliste',
  days: '{{occupied}} af {{capacity}} pladsdøgn',
};

export const daWaitingList = {
  title: 'Venteliste',
  intro: 'Borgere, der venter på en plads, ældste anmodning først.',
  add: 'Sæt på venteliste',
  addTitle: 'Sæt borger på venteliste',
  showClosed: 'Vis afsluttede',
  empty: 'Ingen venter på en plads.',
  tableLabel: 'Venteliste',
  columns: { citizen: 'Borger', requestedDate: 'Modtaget', daysWaiting: 'Ventet', status: 'Status' },
  days_one: '{{count}} dag',
  days_other: '{{count}} dage',
  statuses: {
    venter: 'Venter',
    tilbudt: 'Tilbudt plads',
    accepteret: 'Accepteret',
    afvist: 'Afvist',
    trukket: 'Trukket tilbage',
    indflyttet: 'Indflyttet',
  } satisfies Record<WaitingStatus, string>,
  changeStatus: 'Skift status',
  changeStatusNamed: 'Skift status for {{name}}',
  statusChanged: '{{name}}: {{status}}.',
  fields: {
    citizenId: 'Borger',
    citizenSearch: 'Søg på navn eller fødselsdato (DDMMÅÅ)',
    requestedDate: 'Modtaget dato',
    desiredMoveIn: 'Ønsket indflytning',
    note: 'Bemærkning',
  },
  added: '{{name}} er sat på ventelisten.',
};
