// English words for occupancy on residences and the overview, and the waiting list.
import type { Translations } from './da';

export const enOccupancy: Translations['occupancy'] = {
  occupied: 'Occupied',
  free: 'Free',
  percent: 'Occupancy',
  occupiedHint: 'Citizens living in the residence today',
  freeHint: 'Free places today',
  percentHint: 'Days of stay in the period relative to places × days',
  period: 'Occupancy period',
  periodPlaceholder: 'Choose a period',
  full: 'Full',
  summary: '{{occupied}} of {{places}} places occupied today · {{free}} free · {{waiting}} on the waiting list',
  days: '{{occupied}} of {{capacity}} place-days',
};

export const enWaitingList: Translations['waitingList'] = {
  title: 'Waiting list',
  intro: 'Citizens waiting for a place, oldest request first.',
  add: 'Add to waiting list',
  addTitle: 'Add a citizen to the waiting list',
  showClosed: 'Show closed',
  empty: 'Nobody is waiting for a place.',
  tableLabel: 'Waiting list',
  columns: { citizen: 'Citizen', requestedDate: 'Received', daysWaiting: 'Waited', status: 'Status' },
  days_one: '{{count}} day',
  days_other: '{{count}} days',
  statuses: {
    venter: 'Waiting',
    tilbudt: 'Offered a place',
    accepteret: 'Accepted',
    afvist: 'Declined',
    trukket: 'Withdrawn',
    indflyttet: 'Moved in',
  },
  changeStatus: 'Change status',
  changeStatusNamed: 'Change status for {{name}}',
  statusChanged: '{{name}}: {{status}}.',
  fields: {
    citizenId: 'Citizen',
    citizenSearch: 'Search by name or birth date (DDMMYY)',
    requestedDate: 'Date received',
    desiredMoveIn: 'Desired move-in',
    note: 'Note',
  },
  added: '{{name}} has been added to the waiting list.',
};
