// The vikarmappe's content for the demo residences: house routines with times, the practical
// things (keys, alarm, medicine room), what to do in an emergency, an ordered phone list, and a
// few short notes for substitutes about 2–3 residents per residence (everyday things, no diagnoses).
import type { Actor } from '../common/actor';
import type { Services } from '../services';
import { parsed } from './demo-plan-residents';

const ROUTINES = [
  'Morgen: beboerne står op i eget tempo mellem kl. 7 og 9. Morgenmaden står fremme i fælleskøkkenet kl. 7.30–9.30.\n\n' +
    'Middag kl. 12 i fælleskøkkenet; aftensmad kl. 17.30, hvor en medarbejder spiser med.\n\n' +
    'Medicin gives kl. 8, 12, 17 og 22 efter medicinskemaet i medicinrummet. Kvittér i Kerne samme vagt.\n\n' +
    'Overlap: dagvagten giver mundtlig overlevering til aftenvagten kl. 15 i personalestuen, aftenvagten til nattevagten kl. 23.',
  'Hverdage: fælles morgenmøde kl. 9.15 i dagligstuen, hvor dagens aktiviteter skrives på tavlen.\n\n' +
    'Frokost kl. 12.30, eftermiddagskaffe kl. 15. Aftensmaden laves sammen med beboerne fra kl. 16.30 og spises kl. 18.\n\n' +
    'Medicin kl. 8, 13 og 21 (se medicinskemaet). Ro i huset fra kl. 22; nattevagten går runde kl. 24, 2 og 4.\n\n' +
    'Weekend: brunch kl. 10–11.30 og en fælles tur, når vejret tillader det.',
  'Beboerne bor i egne lejligheder; personalet kommer efter aftale i den ugentlige plan på kontoret.\n\n' +
    'Morgenbesøg kl. 7–10, aftenbesøg kl. 17–21. Husk at banke på og vente på svar, også når du har nøgle.\n\n' +
    'Medicin gives i lejligheden efter skemaet; dosisæskerne står i det aflåste skab i hver lejlighed.\n\n' +
    'Fællesspisning i fælleshuset tirsdag og torsdag kl. 17.30.',
];

const PRACTICAL = [
  'Nøgler: nøgleboksen sidder ved personaleindgangen; koden får du af den ansvarlige på vagten og må ikke skrives ned. Kvittér for nøglebundtet i nøglebogen.\n\n' +
    'Alarm: huset har brandalarm og overfaldsalarm. Overfaldsalarmen bæres i bæltet hele vagten og testes ved vagtstart.\n\n' +
    'Medicinrummet ligger ved siden af kontoret og skal altid være låst. Nøglen til medicinskabet følger den medarbejder, der har medicinansvaret på vagten.\n\n' +
    'Parkering: brug personalepladserne bag huset, ikke pladserne ved hovedindgangen.',
  'Nøgler: hent nøglebundt og tyverialarmens brik på kontoret hos den ansvarlige. Afleveres ved vagtens slutning.\n\n' +
    'Alarm: tyverialarmen slås til kl. 23 fra panelet i bryggerset og fra igen kl. 6.30. Ved brandalarm: følg skiltene til samlingspladsen på parkeringspladsen.\n\n' +
    'Medicinrummet er på 1. sal; koden står ikke her – spørg den ansvarlige. Kun medarbejdere med medicinkursus må give medicin.\n\n' +
    'Vasketøj: beboernes tøj vaskes i vaskerummet efter tavlen; personalets bad og omklædning er i kælderen.',
];

const EMERGENCY = [
  'Ved fare for liv: ring 112 først, og giv førstehjælp. Ring derefter til vagttelefonen.\n\n' +
    'Ved brand: få alle ud, luk døre, ring 112, og mød ved samlingspladsen med beboerlisten fra kontoret.\n\n' +
    'Ved akut sygdom uden livsfare: ring til lægevagten, og skriv et notat i Kerne.\n\n' +
    'Ved magtanvendelse eller trusler: sørg for din egen og beboernes sikkerhed, kontakt vagttelefonen, og registrér hændelsen i Kerne inden vagtens slutning.',
  'Livsfare: 112. Tal roligt og giv adressen, der står øverst i mappen.\n\n' +
    'Hvis en beboer ikke er kommet hjem til aftalt tid: ring til beboeren, derefter til vagttelefonen. Afdelingslederen beslutter, om politiet skal kontaktes.\n\n' +
    'Ved vold eller trusler: træk dig, tilkald hjælp via overfaldsalarmen, og registrér hændelsen i Kerne.',
];

/** Short, everyday notes for substitutes: no diagnoses, nothing from the plan. */
const NOTES = [
  'Kan lide at få sin morgenkaffe kl. 7 med mælk. Sig godmorgen ved døren, før du går ind.',
  'Tal roligt og i korte sætninger; undgå at stå i døråbningen, så der er en vej ud.',
  'Vil gerne selv vælge tøj; læg to sæt frem og lad beboeren bestemme.',
  'Bliver urolig ved høje lyde om aftenen; skru ned for fjernsynet i dagligstuen efter kl. 21.',
  'Går en tur hver eftermiddag kl. 15 og kommer selv tilbage; spørg gerne, hvordan turen var.',
  'Kan ikke lide at blive rørt ved uden varsel. Sig hvad du vil gøre, før du hjælper.',
  'Spiser helst alene på værelset; bring bakken ind og lad døren stå på klem.',
];

const LAEGEVAGT_MIDT = '70 11 31 31';

/** Saves a vikarmappe for every demo residence as its writer; returns how many residents got a note. */
export function addDemoBriefings(services: Services, writer: (residenceId: number) => Actor, residenceIds: readonly number[]): number {
  let notes = 0;
  residenceIds.forEach((residenceId, index) => {
    const actor = writer(residenceId);
    const residence = services.residences.list(actor, { includeArchived: false }).find((r) => r.id === residenceId);
    if (!residence) return;
    const current = services.rosterReports.briefing(actor, residenceId);
    const residents = current.residents.slice(0, 2 + (index % 2)).map((resident, n) => ({ citizenId: resident.citizenId, text: NOTES[(index * 3 + n) % NOTES.length]! }));
    notes += residents.length;
    // Residents in their own flats (§ 85) have visits, not house routines.
    const routine = residence.legalBasisCode === 'sel-85' ? 2 : index % 2;
    services.rosterReports.saveBriefing(
      actor,
      parsed('reports.saveBriefing', {
        residenceId,
        routines: ROUTINES[routine]!,
        practical: PRACTICAL[index % PRACTICAL.length]!,
        emergency: EMERGENCY[index % EMERGENCY.length]!,
        phoneNumbers: [
          ...(residence.phone ? [{ label: `${residence.name} (kontoret)`, phone: residence.phone }] : []),
          { label: `Afdelingsleder ${residence.departmentHead ?? ''}`.trim(), phone: `+45 40 ${String(20 + index).padStart(2, '0')} 11 ${String(30 + index).padStart(2, '0')}` },
          { label: 'Vagttelefon (ledende vagt, hele døgnet)', phone: `+45 20 ${String(40 + index).padStart(2, '0')} 60 80` },
          { label: 'Alarm: politi, brand, ambulance', phone: '112' },
          { label: 'Lægevagten (Region Midtjylland)', phone: LAEGEVAGT_MIDT },
          { label: 'Politiets servicenummer', phone: '114' },
          { label: 'Giftlinjen', phone: '82 12 12 12' },
        ],
        residents,
        version: current.version,
      }),
    );
  });
  return notes;
}
