// Statusrapport drafts for some demo residents, so the Statusrapport tab shows written text: four
// residents of Anne Holm's residences, each with the last year as period and her assessment.
import dayjs from 'dayjs';
import type { Recommendation, StatusReason } from '../../contract/areas/reports';
import type { Actor } from '../common/actor';
import { danishDate } from '../common/danish-time';
import type { Services } from '../services';
import { fill, parsed, type DemoResident } from './demo-plan-residents';

interface DraftText {
  reason: StatusReason;
  reasonText: string | null;
  assessment: string;
  recommendation: Recommendation;
  recommendationText: string;
  citizenRemarks: string | null;
  guardianRemarks: string | null;
}

const TEXTS: readonly DraftText[] = [
  {
    reason: 'aarlig',
    reasonText: null,
    assessment:
      '{navn} har i perioden fået en mere stabil hverdag. Døgnrytmen er blevet bedre, og {navn} tager i dag selv initiativ til at stå op og spise morgenmad. ' +
      'Kontakten til familien er genoptaget, og {navn} deltager jævnligt i husets fællesaktiviteter. Der er fortsat behov for støtte til økonomi og indkøb.',
    recommendation: 'fortsaet',
    recommendationText: 'Vi anbefaler, at indsatsen fortsætter uændret, så {navn} kan fastholde de gode rutiner. Målene for økonomi og indkøb evalueres igen om et halvt år.',
    citizenRemarks: 'Jeg er glad for at bo her, og jeg vil gerne selv handle ind én gang om ugen.',
    guardianRemarks: null,
  },
  {
    reason: 'aendret_behov',
    reasonText: 'Øget uro om aftenen siden sommeren',
    assessment:
      '{navn} har siden sommeren haft flere perioder med uro om aftenen og har brug for mere skærmning og faste voksne. ' +
      'Vi har indført en fast aftenrutine med struktur på tavle, hvilket har hjulpet, men støttebehovet er steget fra moderat til højt på søvn og døgnrytme.',
    recommendation: 'juster',
    recommendationText: 'Vi anbefaler, at støtten justeres med en ekstra medarbejder i aftenvagten tre aftener om ugen i de kommende seks måneder, og at taksten tilpasses herefter.',
    citizenRemarks: 'Jeg kan bedst lide, når det er de samme voksne om aftenen.',
    guardianRemarks: 'Værgen er enig i, at der er brug for mere støtte om aftenen.',
  },
  {
    reason: 'revision',
    reasonText: '{kommune} reviderer handleplanen',
    assessment:
      '{navn} har nået målet om selv at tage bussen til beskyttet beskæftigelse og møder stabilt fire dage om ugen. ' +
      'De øvrige mål om egenomsorg er delvist nået. {navn} beder selv om at arbejde videre med madlavning.',
    recommendation: 'fortsaet',
    recommendationText: 'Målet om transport afsluttes som opnået. Vi foreslår et nyt mål om madlavning to gange om ugen med støtte.',
    citizenRemarks: 'Jeg vil gerne lære at lave lasagne.',
    guardianRemarks: null,
  },
  {
    reason: 'aarlig',
    reasonText: null,
    assessment:
      '{navn} trives i bofællesskabet og har fået en fast ven i huset. Helbredet er stabilt, og medicinen tages som aftalt. ' +
      '{navn} har ønsket at flytte til en mere selvstændig boform på sigt.',
    recommendation: 'henvis',
    recommendationText: 'Vi anbefaler, at handlekommunen vurderer, om {navn} kan visiteres til en bolig efter almenboligloven § 105 med støtte efter § 85 inden for et år.',
    citizenRemarks: 'Jeg vil gerne have min egen lejlighed en dag.',
    guardianRemarks: 'Pårørende støtter ønsket, men ønsker en rolig overgang.',
  },
];

/** Saves a draft through the statusrapport service as the residence's writer; returns how many were written. */
export function addDemoStatusDrafts(services: Services, writer: (residenceId: number) => Actor, residents: readonly DemoResident[]): number {
  const today = danishDate(services.clock.now());
  const chosen = residents.filter((resident) => resident.residenceIndex === 0 || resident.residenceIndex === 1).slice(0, TEXTS.length);
  chosen.forEach((resident, index) => {
    const text = TEXTS[index]!;
    const actor = writer(resident.residenceId);
    const periodFrom = [dayjs(today).subtract(12, 'month').add(1, 'day').format('YYYY-MM-DD'), resident.moveIn].sort().at(-1)!;
    services.statusReports.saveDraft(
      actor,
      parsed('reports.saveStatusDraft', {
        citizenId: resident.citizenId,
        periodFrom,
        periodTo: today,
        reason: text.reason,
        reasonText: text.reasonText ? fill(text.reasonText, resident) : null,
        assessment: fill(text.assessment, resident),
        recommendation: text.recommendation,
        recommendationText: fill(text.recommendationText, resident),
        nextFollowUp: dayjs(today).add(3, 'month').format('YYYY-MM-DD'),
        citizenRemarks: text.citizenRemarks,
        guardianRemarks: text.guardianRemarks,
        signerName: 'Anne Holm',
        signerTitle: 'Afdelingsleder',
        version: 0,
      }),
    );
  });
  return chosen.length;
}
