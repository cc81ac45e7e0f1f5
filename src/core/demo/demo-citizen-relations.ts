// The demo's placements, relatives, contact log and consents for citizens already built, made
// through the real services and dated from the services' clock, so "udløber snart" stays true
// whenever the demo is loaded. Deterministic for one `random` and one day.
import dayjs from 'dayjs';
import type { ConsentRecipient, ConsentSubject } from '../../contract/areas/consents';
import type { ContactForm } from '../../contract/areas/relatives';
import type { Actor } from '../common/actor';
import { danishDate } from '../common/danish-time';
import type { Services } from '../services';
import type { Random } from './seeded-random';

export interface DemoRelationsResult {
  placements: number;
  relatives: number;
  contacts: number;
  consents: number;
}

/** Mostly Aarhus, as Byen i Byen lies there; the neighbours and København buy places too. */
const MUNICIPALITIES = [
  { code: '0751', name: 'Aarhus', mail: 'aarhus' },
  { code: '0751', name: 'Aarhus', mail: 'aarhus' },
  { code: '0751', name: 'Aarhus', mail: 'aarhus' },
  { code: '0740', name: 'Silkeborg', mail: 'silkeborg' },
  { code: '0730', name: 'Randers', mail: 'randers' },
  { code: '0746', name: 'Skanderborg', mail: 'skanderborg' },
  { code: '0710', name: 'Favrskov', mail: 'favrskov' },
  { code: '0101', name: 'København', mail: 'kk' },
] as const;

const CASE_WORKERS = ['Helle Sørensen', 'Jakob Mikkelsen', 'Mette Bach', 'Rasmus Thygesen', 'Signe Østergaard', 'Tobias Ravn', 'Ulla Kjær'];
const SURNAMES = ['Hansen', 'Jensen', 'Nielsen', 'Pedersen', 'Kristensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Møller', 'Aagaard', 'Østergaard'];
const RELATIONS = [
  { relation: 'mor', names: ['Inger', 'Birthe', 'Hanne', 'Lone', 'Susanne'] },
  { relation: 'far', names: ['Henrik', 'Jørgen', 'Poul', 'Søren', 'Flemming'] },
  { relation: 'søster', names: ['Maria', 'Louise', 'Camilla', 'Ditte'] },
  { relation: 'bror', names: ['Anders', 'Mikkel', 'Thomas', 'Jesper'] },
  { relation: 'ven', names: ['Ahmad', 'Sofie', 'Kasper', 'Julie'] },
  { relation: 'værge', names: ['Bodil', 'Erik', 'Karen'] },
  { relation: 'moster', names: ['Grethe', 'Ellen', 'Åse'] },
] as const;
const CONTACT_FORMS: readonly ContactForm[] = ['telefon', 'telefon', 'sms', 'e-mail', 'møde', 'besøg'];
const CONTACT_SUMMARIES = [
  'Orienteret om, at det går godt med de nye morgenrutiner.',
  'Aftalt besøg i weekenden; borgeren glæder sig.',
  'Talt om ferieplaner og hvem der kører.',
  'Drøftet forberedelse til statusmødet med kommunen.',
  'Sendt billeder fra udflugten til Moesgaard.',
  'Pårørende spurgte til tandlægetid; aftalt at vi følger op.',
];
const STAFF_NAMES = ['Mads Lund', 'Anne Holm', 'Lea Winther', 'Nikolaj Brandt'];
const SUBJECTS_FOR_RELATIVES: readonly ConsentSubject[][] = [['hverdag'], ['hverdag', 'plan'], ['hverdag', 'helbred'], ['alt'], ['hverdag', 'sociale-forhold']];
const DOCTORS = ['Lægehuset Viby', 'Lægerne i Trøjborg', 'Lægehuset Risskov'];

/** For example e-mail addresses: lower case, æ/ø/å spelled out. */
const mailName = (text: string) => text.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');

interface PlannedConsent {
  citizenId: number;
  /** The first day the citizen was known here (first move-in): nothing is dated before it. */
  since: string;
  recipientType: ConsentRecipient;
  relativeId: number | null;
  recipientName: string | null;
  subjects: ConsentSubject[];
}

export function addDemoCitizenRelations(services: Services, admin: Actor, citizenIds: number[], random: Random): DemoRelationsResult {
  const today = danishDate(services.clock.now());
  const day = (offset: number, from = today) => dayjs(from).add(offset, 'day').format('YYYY-MM-DD');
  /** A random day from `from` to `to`, both included (`from` when the range is empty). */
  const dayBetween = (from: string, to: string) => day(random.int(0, Math.max(0, dayjs(to).diff(from, 'day'))), from);
  const later = (a: string, b: string) => (a > b ? a : b);
  const earlier = (a: string, b: string) => (a < b ? a : b);
  const result: DemoRelationsResult = { placements: 0, relatives: 0, contacts: 0, consents: 0 };
  const planned: PlannedConsent[] = [];

  for (const citizenId of citizenIds) {
    const stays = services.placements.stayPeriods(citizenId);
    // Known since the first move-in (a citizen only on the waiting list: for a year); in touch until today or the last move-out.
    const since = earlier(stays[0]?.moveIn ?? day(-365), today);
    const lastOut = stays.at(-1)?.moveOut ?? null;
    const until = lastOut === null ? today : earlier(lastOut, today);
    const municipality = random.pick(MUNICIPALITIES);
    result.placements += addPlacements(citizenId, stays, municipality);
    const relativeIds = addRelatives(citizenId);
    result.relatives += relativeIds.length;
    result.contacts += addContacts(citizenId, relativeIds, later(since, day(-120, until)), until);

    planned.push({ citizenId, since, recipientType: 'paaroerende', relativeId: relativeIds[0]!, recipientName: null, subjects: random.pick(SUBJECTS_FOR_RELATIVES) });
    if (relativeIds.length > 1 && random.next() < 0.4) {
      planned.push({ citizenId, since, recipientType: 'paaroerende', relativeId: relativeIds[1]!, recipientName: null, subjects: ['hverdag'] });
    }
    if (random.next() < 0.6) {
      planned.push({ citizenId, since, recipientType: 'kommune', relativeId: null, recipientName: `${municipality.name} Kommune, sagsbehandler`, subjects: ['plan', 'helbred'] });
    }
    if (random.next() < 0.3) {
      planned.push({ citizenId, since, recipientType: 'laege', relativeId: null, recipientName: random.pick(DOCTORS), subjects: ['helbred', 'medicin'] });
    }
  }
  result.consents = addConsents(planned);
  return result;

  /** Placements covering each stay; a long stay gets a new rate from the latest 1 January. */
  function addPlacements(citizenId: number, stays: ReturnType<Services['placements']['stayPeriods']>, municipality: (typeof MUNICIPALITIES)[number]): number {
    const paying = random.next() < 0.2 ? random.pick(MUNICIPALITIES) : municipality;
    const caseWorker = random.pick(CASE_WORKERS);
    const base = {
      actingMunicipalityCode: municipality.code,
      payingMunicipalityCode: paying.code,
      caseWorkerName: caseWorker,
      caseWorkerPhone: `+45 ${random.int(20, 89)} ${random.int(10, 99)} ${random.int(10, 99)} ${random.int(10, 99)}`,
      caseWorkerEmail: `${mailName(caseWorker.split(' ')[0]!)}@${municipality.mail}.kommune.example`,
    };
    let count = 0;
    let lastEnd: string | null = null;
    for (const stay of stays) {
      // Periods never overlap: a stay beginning on the day the last one ended starts its placement the day after.
      const start: string = lastEnd !== null && lastEnd >= stay.moveIn ? day(1, lastEnd) : stay.moveIn;
      const end = stay.moveOut;
      if (end !== null && end < start) continue;
      // Takst per døgn: 2.500–6.500 kr. in steps of 25 kr., in øre.
      const rate = random.int(100, 260) * 25 * 100;
      const newYear = dayjs(end ?? today).startOf('year').format('YYYY-MM-DD');
      const split = newYear > start && dayjs(newYear).diff(start, 'day') > 180 && (end === null || dayjs(end).diff(newYear, 'day') >= 30);
      const periods = split
        ? [{ startDate: start, endDate: day(-1, newYear), rate }, { startDate: newYear, endDate: end, rate: Math.round(rate * (1 + random.int(2, 6) / 100)) }]
        : [{ startDate: start, endDate: end, rate }];
      for (const period of periods) {
        services.placements.create(admin, { ...base, citizenId, legalBasisCode: stay.legalBasisCode, dailyRateOre: period.rate, startDate: period.startDate, endDate: period.endDate });
        count++;
      }
      if (end === null) break;
      lastEnd = end;
    }
    return count;
  }

  /** One to three relatives; usually the first is the closest. */
  function addRelatives(citizenId: number): number[] {
    const wanted = random.int(1, 3);
    const relations = new Set<(typeof RELATIONS)[number]>();
    while (relations.size < wanted) relations.add(random.pick(RELATIONS));
    const closestToo = random.next() < 0.85;
    return [...relations].map((kind, index) => {
      const name = `${random.pick(kind.names)} ${random.pick(SURNAMES)}`;
      return services.relatives.create(admin, {
        citizenId,
        name,
        relation: kind.relation,
        phone: `${random.int(20, 61)} ${random.int(10, 99)} ${random.int(10, 99)} ${random.int(10, 99)}`,
        secondaryPhone: null,
        email: random.next() < 0.6 ? `${mailName(name.replace(' ', '.'))}@mail.example` : null,
        address: null,
        isClosest: index === 0 && closestToo,
        preferredContact: random.pick(CONTACT_FORMS),
        note: null,
      }).id;
    });
  }

  function addContacts(citizenId: number, relativeIds: number[], from: string, to: string): number {
    const count = random.int(0, 3);
    for (let index = 0; index < count; index++) {
      services.relatives.logContact(admin, {
        citizenId,
        relativeId: random.pick(relativeIds),
        date: dayBetween(from, to),
        form: random.pick(CONTACT_FORMS),
        summary: random.pick(CONTACT_SUMMARIES),
        staffName: random.pick(STAFF_NAMES),
      });
    }
    return count;
  }

  /** Most consents active, some expiring within 30 days, a few expired, and exactly one revoked. */
  function addConsents(consents: PlannedConsent[]): number {
    const revokedIndex = Math.min(1, consents.length - 1);
    consents.forEach(({ since, ...consent }, index) => {
      const revoked = index === revokedIndex;
      const recent = later(since, day(-900));
      let givenDate = dayBetween(recent, today);
      let expiresDate: string | null = random.next() < 0.5 ? null : day(random.int(45, 700));
      let revokedDate: string | null = null;
      if (revoked) {
        revokedDate = later(since, day(-random.int(5, 60)));
        givenDate = dayBetween(later(since, day(-600)), revokedDate);
        expiresDate = null;
      } else if (index % 6 === 2) {
        expiresDate = day(random.int(3, 28));
      } else if (index % 8 === 5 && since < day(-5)) {
        // Expired a while ago, given a year or two before that (never before the citizen was known).
        expiresDate = dayBetween(later(day(1, since), day(-90)), day(-5));
        givenDate = dayBetween(later(since, day(-730, expiresDate)), day(-1, expiresDate));
      }
      const created = services.consents.create(admin, { ...consent, givenDate, givenBy: random.next() < 0.8 ? 'borger' : 'vaerge', expiresDate, note: null });
      if (revokedDate !== null) {
        services.consents.revoke(admin, { id: created.id, revokedDate, reason: 'Borgeren ønsker ikke længere, at oplysningerne deles.' });
      }
    });
    return consents.length;
  }
}
