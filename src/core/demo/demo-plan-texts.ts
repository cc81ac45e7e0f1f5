// The words of the demo's plans: handleplan purposes, goals on FFB conditions in professional
// words and in the citizen's own words (first person), delmål, actions with methods, evaluation
// notes for a goal moving forward, standing still or slipping back, and the meetings' minutes.
// Kept apart from demo-plans.ts so the builder reads as rules and this file as text.
import type { GoalType, QualityTheme } from '../../contract/plan-terms';

/** "{navn}" is replaced by the citizen's first name. */
export interface DemoGoalText {
  theme: string;
  /** An FFB condition under `theme`; null for the theme itself. */
  condition: string | null;
  goalType: GoalType;
  qualityTheme: QualityTheme | null;
  professional: string;
  words: string;
  subGoal: { professional: string; words: string } | null;
  actions: ReadonlyArray<{ title: string; method: string }>;
  /** The latest evaluation's note, by the goal's movement. */
  notes: { frem: string; uaendret: string; tilbage: string };
  /** Dagbog entries about this goal. */
  diary: readonly string[];
}

export const DEMO_GOALS: readonly DemoGoalText[] = [
  {
    theme: 'Praktiske opgaver',
    condition: 'Lave mad',
    goalType: 'udvikle',
    qualityTheme: 'selvstaendighed-relationer',
    professional: '{navn} tilbereder selvstændigt et enkelt aftensmåltid efter billedopskrift, med støtte til planlægning og indkøb.',
    words: 'Jeg vil gerne kunne lave aftensmad selv to gange om ugen.',
    subGoal: { professional: '{navn} vælger ugens to retter og skriver indkøbsliste med let støtte.', words: 'Jeg vil selv bestemme, hvad jeg skal lave.' },
    actions: [
      { title: 'Madlavning med billedopskrift tirsdag og torsdag', method: 'Struktureret pædagogik (TEACCH)' },
      { title: 'Fælles planlægning af ugens retter søndag', method: 'Motiverende samtale' },
    ],
    notes: {
      frem: 'Laver nu pasta med kødsovs med kun verbal støtte ved komfuret. Går selv i gang, når billedopskriften ligger fremme.',
      uaendret: 'Har brug for samme støtte som ved sidste opfølgning; motivationen er der, men igangsætningen kræver fortsat en medarbejder.',
      tilbage: 'Har fravalgt madlavning flere gange den seneste måned og virker træt sidst på dagen. Vi skruer ned til én gang om ugen.',
    },
    diary: [
      '{navn} lavede frikadeller i aften og fulgte billedopskriften selv. Var stolt og inviterede en nabo til at smage.',
      '{navn} ville ikke lave mad i dag. Vi aftalte at prøve igen torsdag, og {navn} hjalp i stedet med at dække bord.',
    ],
  },
  {
    theme: 'Sundhedsforhold',
    condition: 'Søvn',
    goalType: 'udvikle',
    qualityTheme: 'sundhed-trivsel',
    professional: '{navn} opnår en stabil søvnrytme med sengetid senest kl. 23 og færre opvågninger om natten.',
    words: 'Jeg vil gerne sove bedre, så jeg ikke er så træt om morgenen.',
    subGoal: { professional: '{navn} slukker skærmen senest kl. 22.30 fem aftener om ugen.', words: 'Jeg vil prøve at lægge telefonen væk, før jeg skal sove.' },
    actions: [
      { title: 'Fast aftenrutine med nedtrapning fra kl. 22', method: 'Livsmestring' },
      { title: 'Søvndagbog gennemgås ugentligt med kontaktpersonen', method: 'Jeg-støttende samtale' },
    ],
    notes: {
      frem: 'Søvndagbogen viser sengetid før kl. 23 de fleste aftener og sjældnere opvågninger. {navn} fortæller selv, at morgenerne er lettere.',
      uaendret: 'Søvnen er uændret: gode og dårlige perioder skifter. Aftenrutinen holdes, når en medarbejder minder om den.',
      tilbage: 'Flere urolige nætter efter skift i medicin; lægen er orienteret. Sengetiden er rykket til efter midnat.',
    },
    diary: ['{navn} sov igennem hele natten og var i godt humør til morgenmaden.', 'Urolig nat: {navn} var oppe tre gange. Fik en kop te og faldt til ro ved 2-tiden.'],
  },
  {
    theme: 'Relationer',
    condition: 'Varetage relationer til netværk',
    goalType: 'udvikle',
    qualityTheme: 'selvstaendighed-relationer',
    professional: '{navn} tager selv kontakt til familien og holder aftaler om besøg.',
    words: 'Jeg vil gerne ringe til min søster hver søndag og besøge hende en gang om måneden.',
    subGoal: null,
    actions: [
      { title: 'Fast opkald søndag med påmindelse i kalenderen', method: 'Recovery' },
      { title: 'Samtaler om, hvordan aftaler holdes', method: 'Mentalisering' },
    ],
    notes: {
      frem: '{navn} ringer nu selv de fleste søndage og har været på besøg hos familien to gange på egen hånd.',
      uaendret: 'Kontakten holdes, når personalet minder om den. {navn} siger, at det er rart, men svært at huske.',
      tilbage: 'Kontakten til familien er gledet ud efter en uenighed i sommer. {navn} vil gerne tale om det med kontaktpersonen.',
    },
    diary: ['{navn} ringede selv til sin søster i dag og fortalte om ugens tur til Moesgaard.'],
  },
  {
    theme: 'Samfundsliv',
    condition: 'Varetage økonomi',
    goalType: 'udvikle',
    qualityTheme: 'selvstaendighed-relationer',
    professional: '{navn} har overblik over sit månedsbudget og betaler faste regninger med let støtte.',
    words: 'Jeg vil selv styre mine penge og ikke løbe tør sidst på måneden.',
    subGoal: { professional: '{navn} fører et enkelt kassehæfte over ugens udgifter.', words: 'Jeg vil skrive ned, hvad jeg bruger penge på.' },
    actions: [
      { title: 'Ugentlig budgetgennemgang med kontaktpersonen', method: 'Social færdighedstræning' },
      { title: 'Visuelt budget med kuverter til mad, fritid og opsparing', method: 'Struktureret pædagogik (TEACCH)' },
    ],
    notes: {
      frem: '{navn} har haft penge til mad hele måneden de sidste tre måneder og har selv betalt telefonregningen.',
      uaendret: 'Budgettet holder med ugentlig støtte; {navn} har endnu ikke overblik uden gennemgangen.',
      tilbage: 'To større impulskøb har givet underskud; aftalt tættere støtte i en periode. {navn} er selv med på det.',
    },
    diary: ['Budgetgennemgang: {navn} har sparet 200 kr. op til en koncertbillet og er glad for det.'],
  },
  {
    theme: 'Relationer',
    condition: 'Deltage i sociale fællesskaber og fritidsaktiviteter',
    goalType: 'udvikle',
    qualityTheme: 'selvstaendighed-relationer',
    professional: '{navn} deltager fast i en fritidsaktivitet uden for botilbuddet én gang om ugen.',
    words: 'Jeg vil gerne gå til svømning og have nogen at snakke med.',
    subGoal: null,
    actions: [{ title: 'Følges til svømmeklubben de første gange, derefter selv', method: 'Recovery' }],
    notes: {
      frem: '{navn} går nu selv til svømning om onsdagen og har fået en makker i klubben.',
      uaendret: '{navn} deltager, når en medarbejder følger med; har endnu ikke lyst til at gå alene.',
      tilbage: '{navn} har meldt fra de seneste uger og siger, at holdet er for stort. Vi undersøger et mindre hold.',
    },
    diary: ['{navn} var til svømning og fortalte bagefter om en ny fra holdet, som også kan lide heavy metal.'],
  },
  {
    theme: 'Mentale funktioner',
    condition: 'Følelser og adfærd',
    goalType: 'udvikle',
    qualityTheme: 'sundhed-trivsel',
    professional: '{navn} genkender tidlige tegn på uro og bruger de aftalte strategier, så konflikter forebygges.',
    words: 'Jeg vil gerne kunne sige fra, før jeg bliver rigtig vred.',
    subGoal: { professional: '{navn} bruger sit stopkort til at bede om en pause.', words: 'Jeg vil vise mit kort, når jeg har brug for at gå ind på værelset.' },
    actions: [
      { title: 'Fælles plan for uro med trin og strategier', method: 'Low arousal' },
      { title: 'Samtaler efter svære situationer', method: 'KRAP' },
    ],
    notes: {
      frem: 'Færre konflikter i fællesrummet; {navn} har flere gange selv bedt om en pause, før uroen tog til.',
      uaendret: 'Antallet af konflikter er uændret. Strategierne virker, når personalet kender {navn} godt.',
      tilbage: 'Flere episoder med høj uro efter personaleudskiftning. Planen for uro gennemgås med hele personalegruppen.',
    },
    diary: [
      '{navn} blev urolig ved aftensmaden, men viste selv sit stopkort og gik en tur med en medarbejder. Faldt til ro efter 20 minutter.',
      'God dag for {navn}: hjalp en ny beboer med at finde rundt i huset.',
    ],
  },
  {
    theme: 'Sundhedsforhold',
    condition: 'Rusmidler',
    goalType: 'udvikle',
    qualityTheme: 'sundhed-trivsel',
    professional: '{navn} nedsætter sit forbrug af hash og har mindst fire rusfrie dage om ugen.',
    words: 'Jeg vil gerne ryge mindre, så jeg kan passe mit arbejde.',
    subGoal: null,
    actions: [
      { title: 'Ugentlige samtaler om forbrug og mål', method: 'Motiverende samtale' },
      { title: 'Samarbejde med rusmiddelcentret', method: 'Recovery' },
    ],
    notes: {
      frem: '{navn} fortæller om fem rusfrie dage de fleste uger og møder mere stabilt ind.',
      uaendret: 'Forbruget er nogenlunde uændret; {navn} er fortsat motiveret for samtalerne.',
      tilbage: 'Forbruget er steget efter et brud med kæresten. {navn} har selv bedt om flere samtaler.',
    },
    diary: ['Samtale med {navn} om weekenden: tre rusfrie dage, og {navn} vil gerne fortælle det til rusmiddelcentret.'],
  },
  {
    theme: 'Samfundsliv',
    condition: 'Varetage beskæftigelse',
    goalType: 'udvikle',
    qualityTheme: 'uddannelse-beskaeftigelse',
    professional: '{navn} møder stabilt i beskyttet beskæftigelse tre dage om ugen.',
    words: 'Jeg vil gerne komme af sted på arbejde i værkstedet, også når det regner.',
    subGoal: null,
    actions: [{ title: 'Morgenstruktur med tjekliste og vækning kl. 7', method: 'Struktureret pædagogik (TEACCH)' }],
    notes: {
      frem: '{navn} har mødt alle planlagte dage den seneste måned; værkstedet melder om godt humør.',
      uaendret: 'Fremmødet er stabilt to dage om ugen, den tredje dag lykkes sjældent.',
      tilbage: 'Fremmødet er faldet; {navn} siger, at opgaverne er blevet for svære. Møde med værkstedet aftalt.',
    },
    diary: ['{navn} kom glad hjem fra værkstedet og viste en fuglekasse, som skal sælges på julemarkedet.'],
  },
  {
    theme: 'Egenomsorg',
    condition: 'Varetage egen sundhed',
    goalType: 'fastholde',
    qualityTheme: 'sundhed-trivsel',
    professional: '{navn} fastholder selv at tage sin medicin morgen og aften med doseringsæske og påmindelse på telefonen.',
    words: 'Jeg vil selv huske min medicin.',
    subGoal: null,
    actions: [{ title: 'Påmindelse på telefonen og ugentlig kontrol af doseringsæsken', method: 'Livsmestring' }],
    notes: {
      frem: 'Ingen glemte doser siden sidst; {navn} minder nu selv personalet om, når æsken skal fyldes.',
      uaendret: 'Medicinen tages som aftalt med påmindelsen; enkelte glemte aftendoser.',
      tilbage: 'Flere glemte doser; {navn} har slået påmindelsen fra. Aftalt, at personalet støtter om aftenen i en periode.',
    },
    diary: ['{navn} tog selv sin aftenmedicin uden påmindelse og sagde: "Det klarer jeg selv nu."'],
  },
  {
    theme: 'Mobilitet',
    condition: 'Færdes med transportmidler',
    goalType: 'udvikle',
    qualityTheme: 'selvstaendighed-relationer',
    professional: '{navn} tager selv bussen til dagtilbuddet ad en kendt rute.',
    words: 'Jeg vil gerne tage bussen alene til værkstedet.',
    subGoal: { professional: '{navn} bruger rejsekort-appen og tjekker ind og ud selv.', words: 'Jeg vil selv kunne betale i bussen.' },
    actions: [{ title: 'Bustræning: følges, derefter mødes ved stoppestedet', method: 'Social færdighedstræning' }],
    notes: {
      frem: '{navn} kører nu alene med linje 4A morgen og eftermiddag; ringer kun, hvis bussen er aflyst.',
      uaendret: '{navn} kører med, når en medarbejder mødes med {navn} ved stoppestedet.',
      tilbage: 'Efter en forsinket bus og en svær oplevelse vil {navn} ikke køre alene. Vi starter forfra med følgeskab.',
    },
    diary: ['{navn} tog bussen alene til værkstedet for første gang og ringede stolt, da {navn} var fremme.'],
  },
  {
    theme: 'Praktiske opgaver',
    condition: 'Vaske tøj',
    goalType: 'fastholde',
    qualityTheme: 'selvstaendighed-relationer',
    professional: '{navn} vasker selv tøj en gang om ugen efter fast skema i vaskekælderen.',
    words: 'Jeg vil selv sørge for, at mit tøj er rent.',
    subGoal: null,
    actions: [{ title: 'Fast vasketid fredag med piktogrammer ved maskinen', method: 'Struktureret pædagogik (TEACCH)' }],
    notes: {
      frem: 'Vasker nu selv hver fredag og sorterer farver uden hjælp.',
      uaendret: 'Vasketøjet klares med støtte til at sætte maskinen i gang.',
      tilbage: '{navn} glemmer vasketiden og har brug for mere støtte end før.',
    },
    diary: ['{navn} vaskede selv tøj og lagde det sammen. Ville gerne vise, hvordan det skal foldes.'],
  },
  {
    theme: 'Kommunikation',
    condition: 'Samtale',
    goalType: 'udvikle',
    qualityTheme: 'selvstaendighed-relationer',
    professional: '{navn} giver udtryk for egne ønsker på husmøderne med støtte fra piktogrammer.',
    words: 'Jeg vil gerne sige, hvad jeg synes, når vi holder husmøde.',
    subGoal: null,
    actions: [{ title: 'Forberedelse af husmødet med piktogramtavle dagen før', method: 'Struktureret pædagogik (TEACCH)' }],
    notes: {
      frem: '{navn} bragte selv et punkt på husmødet om en fælles tur og fik de andre med.',
      uaendret: '{navn} deltager i husmøderne og peger på tavlen, når spurgt direkte.',
      tilbage: '{navn} har trukket sig fra husmøderne; vi tilbyder en samtale alene i stedet.',
    },
    diary: ['På husmødet foreslog {navn} pizza fredag. Forslaget blev vedtaget.'],
  },
  {
    theme: 'Fysiske funktioner',
    condition: 'Bevægelse',
    goalType: 'begraense-tab',
    qualityTheme: 'sundhed-trivsel',
    professional: '{navn} bevarer sin gangfunktion gennem daglig gåtur og fysioterapeutens træningsprogram.',
    words: 'Jeg vil gerne kunne gå ned til havnen selv.',
    subGoal: null,
    actions: [
      { title: 'Daglig gåtur på 20 minutter', method: 'Livsmestring' },
      { title: 'Træningsprogram to gange om ugen efter fysioterapeutens vejledning', method: 'Social færdighedstræning' },
    ],
    notes: {
      frem: '{navn} går nu turen til havnen med rollator og én pause, hvor der før skulle tre pauser til.',
      uaendret: 'Gangfunktionen er bevaret; turen gås med samme antal pauser som ved sidste opfølgning.',
      tilbage: 'Gangen er blevet mere usikker efter et fald; fysioterapeuten er kontaktet.',
    },
    diary: ['{navn} gik hele vejen til bageren i dag og købte rundstykker til huset.'],
  },
  {
    theme: 'Sundhedsforhold',
    condition: 'Døgnrytme',
    goalType: 'udvikle',
    qualityTheme: 'sundhed-trivsel',
    professional: '{navn} står op inden kl. 9 på hverdage og når morgenmaden, før dagtilbuddet begynder.',
    words: 'Jeg vil gerne nå morgenmaden, før bussen kommer.',
    subGoal: null,
    actions: [{ title: 'Vækkeur og visuel morgenplan på døren', method: 'Struktureret pædagogik (TEACCH)' }],
    notes: {
      frem: '{navn} er oppe før kl. 9 fire ud af fem hverdage.',
      uaendret: 'Morgenerne går bedst, når en medarbejder banker på; uden det sover {navn} videre.',
      tilbage: 'Døgnrytmen er forskudt; {navn} er vågen om natten og sover til middag.',
    },
    diary: ['{navn} var oppe kl. 7.30 og havde selv dækket morgenbord, da personalet kom.'],
  },
  {
    theme: 'Praktiske opgaver',
    condition: 'Købe ind',
    goalType: 'udvikle',
    qualityTheme: 'selvstaendighed-relationer',
    professional: '{navn} handler selv ind i det lokale supermarked efter en indkøbsliste.',
    words: 'Jeg vil gerne handle ind selv i Netto med min liste.',
    subGoal: null,
    actions: [{ title: 'Indkøbstræning med billedliste, personalet venter udenfor', method: 'Social færdighedstræning' }],
    notes: {
      frem: '{navn} handler nu selv ind en gang om ugen og betaler med kort.',
      uaendret: '{navn} handler ind med en medarbejder ved siden af; vil endnu ikke gå ind alene.',
      tilbage: 'Efter en travl dag i butikken vil {navn} ikke handle ind; vi tager det op igen om en måned.',
    },
    diary: ['{navn} handlede ind til weekenden efter listen og huskede det hele, også mælken.'],
  },
];

/** The purpose of the municipality's § 141 handleplan. */
export const HANDLEPLAN_PURPOSES = [
  'At {navn} opnår størst mulig selvstændighed i eget hjem, især i praktiske opgaver og egen økonomi.',
  'At {navn} får en stabil og forudsigelig hverdag med struktur, der mindsker uro og konflikter.',
  'At {navn} bevarer sine funktioner og sin livskvalitet, og at helbredet følges tæt.',
  'At {navn} bliver en del af fællesskaber uden for botilbuddet og styrker kontakten til familien.',
  'At {navn} mindsker brugen af rusmidler og får en meningsfuld hverdag med beskæftigelse.',
  'At {navn} på sigt kan flytte i egen bolig med mindre støtte efter servicelovens § 85.',
] as const;
export const HANDLEPLAN_SENDERS = ['Voksenhandicap', 'Socialpsykiatri', 'Social og Beskæftigelse', 'Myndighed Voksne'] as const;

/** Notes for the evaluations between the first and the latest. */
export const BASELINE_NOTE = 'Udgangspunkt vurderet sammen med {navn} ved opstart af målet.';
export const PROGRESS_NOTES = {
  frem: ['Små skridt frem; {navn} tager mere initiativ.', 'Støtten er trappet lidt ned uden tilbageslag.', '{navn} fortæller selv, at det går bedre.'],
  uaendret: ['Stabilt siden sidst.', 'Ingen ændring; indsatsen fortsætter som aftalt.', 'Gode og mindre gode uger udligner hinanden.'],
  tilbage: ['En svær periode; mere støtte end planlagt.', 'Tilbageslag efter ændringer i hverdagen.', '{navn} har haft mindre overskud.'],
} as const;

export const CLOSING_NOTES = {
  opnaaet: 'Målet er nået: {navn} klarer det nu selv, og støtten kan slippes. {navn} er stolt af det.',
  'delvist-opnaaet': 'Målet er delvist nået: {navn} klarer det meste selv, men har stadig brug for let støtte. Fortsættes som nyt, mindre mål.',
  'ikke-opnaaet': 'Målet er ikke nået. {navn} ønsker ikke længere at arbejde med det lige nu; vi tager det op igen ved statusmødet.',
  afsluttet: 'Målet er afsluttet efter aftale med {navn} og sagsbehandler.',
} as const;

export const MEETING_NOTES = {
  'foerste-opfoelgning': 'Første opfølgning med sagsbehandler fra {kommune} Kommune, {navn} og kontaktpersonen. {navn} er faldet godt til; målene i planen er aftalt.',
  statusmoede: 'Årligt statusmøde med sagsbehandler fra {kommune} Kommune, {navn} og pårørende. Indsatsen fortsætter; målene er justeret efter {navn}s ønsker.',
  opfoelgning: 'Opfølgningsmøde om målene efter en urolig periode. Aftalt tættere kontakt og ny dato for evaluering.',
} as const;

/** Dagbog entries not about one goal, some about a theme (FFB theme label, condition or null). */
export const DIARY_NOTES: ReadonlyArray<{ body: string; theme: readonly [string, string | null] | null }> = [
  { body: '{navn} var med på tur til Moesgaard Strand. Badede ikke, men samlede sten og var glad hele dagen.', theme: ['Relationer', 'Deltage i sociale fællesskaber og fritidsaktiviteter'] },
  { body: 'Rolig dag. {navn} så fodbold i fællesstuen og spiste aftensmad med de andre.', theme: null },
  { body: '{navn} var hos tandlægen; alt var fint. Ny tid om et halvt år.', theme: ['Sundhedsforhold', 'Fysisk helbred'] },
  { body: 'Mor var på besøg. {navn} viste sit værelse frem og bagte boller sammen med hende.', theme: ['Relationer', 'Varetage relationer til netværk'] },
  { body: '{navn} havde hovedpine om formiddagen og hvilede. Fik det bedre efter frokost.', theme: ['Sundhedsforhold', 'Fysisk helbred'] },
  { body: '{navn} ryddede op på værelset og bad selv om hjælp til at hænge billeder op.', theme: ['Praktiske opgaver', 'Gøre rent'] },
  { body: 'Samtale med {navn} om ønsker til sommerferien. {navn} vil gerne på sommerhustur med huset.', theme: null },
  { body: '{navn} var trist i dag og talte om sin far. Tog sig tid til en lang samtale på altanen.', theme: ['Mentale funktioner', 'Følelser og adfærd'] },
  { body: '{navn} hjalp i haven med at plante tulipanløg og snakkede meget undervejs.', theme: null },
  { body: 'Lægebesøg med {navn}: blodprøver tages igen om tre måneder.', theme: ['Sundhedsforhold', 'Sundhedsfaglig behandling og træning'] },
  { body: '{navn} spillede brætspil med to andre beboere hele aftenen. God stemning.', theme: ['Relationer', 'Indgå i samspil og kontakt'] },
  { body: '{navn} ville ikke i bad i dag; aftalt at prøve igen i morgen formiddag.', theme: ['Egenomsorg', 'Vaske sig'] },
];

/** How two demo notes are corrected into a second version. */
export const NOTE_CORRECTIONS = [
  { reason: 'Forkert dato: episoden var dagen før.', moveDay: true, addition: null },
  { reason: 'Tilføjet, at pårørende er orienteret, som aftalt med {navn}.', moveDay: false, addition: 'Pårørende er orienteret telefonisk med {navn}s samtykke.' },
] as const;

export const INCIDENT_TEXTS = {
  reportedForce: {
    type: 'fastholdelse',
    description: '{navn} slog ud efter en medbeboer i fællesrummet. Kortvarig fastholdelse (ca. 2 minutter) for at afværge skade; afrundet med samtale, {navn} faldt til ro.',
  },
  unreportedForce: {
    type: 'foerelse',
    description: '{navn} blev ført til eget værelse efter højlydt konflikt ved aftensmaden. Ingen skader. Indberetning til kommunen mangler.',
  },
  medication: { type: 'medicin', description: 'Aftenmedicin givet en time for sent på grund af travlhed ved vagtskifte. Lægen kontaktet; ingen følger.' },
  fall: { type: 'fald', description: '{navn} faldt i badeværelset; slog knæet, ingen brud. Skridsikker måtte sat op.' },
} as const;
