// Generated from resources/data/ffb-codesystem.json (KL's Fælles Faglige Begreber, version 20240530)
// tests/contract/ffb-catalog.test.ts reads the JSON and keeps the two equal. The codes are the
// stable identifiers Kerne stores; the Danish display names are what people see.

export const FFB_VERSION = '20240530';

export interface FfbCondition { code: string; label: string }
export interface FfbTheme { code: string; label: string; group: string; conditions: readonly FfbCondition[] }

/** The themes (tilstande) under "FFB tilstande", by group, each with its conditions (Danish order). */
export const FFB_THEMES: readonly FfbTheme[] = [
  {
    code: '25c5c614-305f-46cd-9891-55d564fc30cf',
    label: 'Mentale funktioner',
    group: 'Funktioner og forhold',
    conditions: [
      { code: '4934e45a-0f93-4c23-a767-2b681378700b', label: 'Bevidsthedstilstand' },
      { code: 'dccaa419-0bcd-4056-a11a-2e385e23edc6', label: 'Følelser og adfærd' },
      { code: '61452fe5-cea2-4d92-b2f1-406e9a5d31cb', label: 'Hukommelse' },
      { code: '8028b034-cad2-42df-b51c-aaba9c0bba61', label: 'Igangsætning og motivation' },
      { code: '6279a3dc-7085-4157-809c-f96922242b1b', label: 'Indsigt i egen situation' },
      { code: 'ef4271c4-f942-4194-a2b0-e9a7045eab22', label: 'Intellektuelle funktioner' },
      { code: '17c35058-eb88-4a7a-8727-74cd12be42c7', label: 'Opmærksomhed og koncentrationsevne' },
      { code: '9c2173e6-6465-44d3-af16-7c44059193b2', label: 'Organisering og planlægning' },
      { code: 'f7c0ef6c-18ba-4d38-9df5-4c891f154a08', label: 'Orienteringsevne' },
      { code: 'b93216fa-3843-4a7e-85bc-e3ef35a1967f', label: 'Problemløsning' },
      { code: '52e0b8dd-f5fa-4e1a-b66e-f5e4a41bd313', label: 'Psykosociale funktioner' },
      { code: '3591c972-5b15-4bbd-86c7-91622cda56e8', label: 'Virkelighedsopfattelse' },
    ],
  },
  {
    code: '4fb78b88-d3af-4cfb-84d7-f06daf423317',
    label: 'Sundhedsforhold',
    group: 'Funktioner og forhold',
    conditions: [
      { code: 'e6f82424-da5a-41d1-bd1a-5796aa79d5f2', label: 'Døgnrytme' },
      { code: '69dbfad7-859a-4596-8737-8054f6b4948f', label: 'Fysisk helbred' },
      { code: 'c67aed23-d4f3-4ae6-8886-156c99048e5b', label: 'Kost' },
      { code: '0b650369-258a-4d01-a811-42b306c2f89d', label: 'Motion' },
      { code: 'c8f4475a-8de3-4920-ad0c-eea78c49a68d', label: 'Rusmidler' },
      { code: '081ab1be-7dc1-41fa-803c-12a146eb0b74', label: 'Sundhedsfaglig behandling og træning' },
      { code: '83376fdb-f55d-4dd9-944e-b49631a9836f', label: 'Søvn' },
      { code: 'f5b8e809-7689-4952-838c-a069c99408b3', label: 'Tobak' },
    ],
  },
  {
    code: 'a134c31d-d316-46d4-935e-e500874dbbe1',
    label: 'Fysiske funktioner',
    group: 'Funktioner og forhold',
    conditions: [
      { code: '3b4bcb40-f761-46a5-bc5f-b30ac37c88ed', label: 'Bevægelse' },
      { code: 'eb3599bc-c0bb-4281-8a1c-bf6eab8ffde3', label: 'Hørelse' },
      { code: 'b37419b3-c5f2-43e9-9e9d-4037b06b3fa5', label: 'Smerte og sansefunktioner' },
      { code: '1a6585e7-25a6-4518-9384-8f6290f879cc', label: 'Stemme og tale' },
      { code: '9959e779-e8ee-47e8-989b-bbff4aae2883', label: 'Syn' },
    ],
  },
  {
    code: 'e1836145-0c20-4e20-971e-d62dfe4ea1a0',
    label: 'Sociale forhold',
    group: 'Funktioner og forhold',
    conditions: [
      { code: '35c56275-0093-4901-9fd8-d06fdb5cb8f3', label: 'Boligsituation' },
      { code: '7a8f247b-baf8-4552-95bb-acf8ef004b74', label: 'Familiesituation' },
      { code: '52efa2e9-e0dc-41eb-8c01-9865e2fdebae', label: 'Interesser' },
      { code: '83cf43f1-6d71-477c-8583-2e28755b41d3', label: 'Kriminalitet' },
      { code: 'e993d8c3-b7d7-4d72-9be2-937e5ba38b5a', label: 'Prostitution' },
      { code: 'd493a97d-6036-423d-87ff-c2a086e9d664', label: 'Traumatiske oplevelser' },
      { code: 'f695cec7-2b39-4c7e-8731-da8558a4fb3f', label: 'Uddannelse og job' },
      { code: '08aa68ce-acd6-4e03-b6b5-091811324345', label: 'Økonomisk situation' },
    ],
  },
  {
    code: '3856b434-f72e-42a5-b9d1-0cc93f48434b',
    label: 'Relationer',
    group: 'Aktivitet og deltagelse',
    conditions: [
      { code: 'dcc6bb77-45af-4625-9c4d-7d7878307220', label: 'Deltage i sociale fællesskaber og fritidsaktiviteter' },
      { code: '3f9da5ac-9686-4eeb-b517-b46e17fcb1d7', label: 'Indgå i samspil og kontakt' },
      { code: '4c082610-b122-4019-96f2-1061e287445e', label: 'Varetage relationer til netværk' },
    ],
  },
  {
    code: 'c2b186f9-9c10-478e-8345-2d2c37ab4c46',
    label: 'Kommunikation',
    group: 'Aktivitet og deltagelse',
    conditions: [
      { code: 'a80e8f96-18ba-4ee4-9496-d3ce882c2f85', label: 'Anvende kommunikationsudstyr- og teknikker' },
      { code: '9bbbffef-c404-4ea3-a927-cd22d8027e6d', label: 'Forstå meddelelser' },
      { code: '2ba29098-a527-43d5-b858-4c5353669f42', label: 'Fremstille meddelelser' },
      { code: '986898d0-e2e5-4afa-9cb3-ee7aecaa0143', label: 'Samtale' },
    ],
  },
  {
    code: 'd1495b2c-1452-4e49-8dbe-8193af5d8823',
    label: 'Mobilitet',
    group: 'Aktivitet og deltagelse',
    conditions: [
      { code: '320c9aa6-630e-4695-bba2-29ea808fad24', label: 'Bære, flytte og håndtere genstande' },
      { code: 'eff3385d-01fa-4c9c-9850-52e179243f21', label: 'Færdes med transportmidler' },
      { code: '4977ce08-df4d-4c09-8e03-c2a563862e68', label: 'Gå og bevæge sig' },
      { code: '759ddc8e-57c0-4aa6-8d32-14d8eb51c5dd', label: 'Ændre og opretholde kropsstilling' },
    ],
  },
  {
    code: 'da3f488f-1742-4d00-b247-a7d47500b36b',
    label: 'Egenomsorg',
    group: 'Aktivitet og deltagelse',
    conditions: [
      { code: '14615a09-bd94-4602-b43a-f6d3d3f9801d', label: 'Drikke' },
      { code: '3a748135-98a8-416a-808d-bff88a8e40ee', label: 'Dyrke interesse' },
      { code: '94fb3ea0-92cf-43b1-929b-c95e6fb739a1', label: 'Gå på toilettet' },
      { code: '347aa085-4fe2-411f-ac56-5693d164adc3', label: 'Klæde sig af og på' },
      { code: 'b3939f0b-43d9-4e8c-bb2e-50ff8bb7ed03', label: 'Pleje sin krop' },
      { code: '464a2ab6-a7df-4b3a-b74d-7873f4cfe668', label: 'Spise' },
      { code: '4a58417e-9a75-43f2-9763-66505050159f', label: 'Varetage egen sundhed' },
      { code: '28fbf17e-bca3-45e1-be35-553e3d91f1b7', label: 'Varetage sin seksualitet' },
      { code: '885400cc-dd71-479e-8993-3fc48fdd6710', label: 'Vaske sig' },
    ],
  },
  {
    code: 'dfbe6ff6-223b-436a-b864-8ba29bda41e2',
    label: 'Samfundsliv',
    group: 'Aktivitet og deltagelse',
    conditions: [
      { code: '8bef71de-55b5-47fe-b438-18ac769106b3', label: 'Håndtere post' },
      { code: '685e8517-2f5c-4ef8-a7c4-fa2d008fdd9d', label: 'Varetage beskæftigelse' },
      { code: 'fd4b8dd3-5c4b-4257-8c13-ea045617d2f6', label: 'Varetage bolig' },
      { code: '8888edfa-642b-4329-9fe3-a9b180e6d3f4', label: 'Varetage uddannelse' },
      { code: '70443014-3faf-402d-abcf-396bfad32eb9', label: 'Varetage økonomi' },
    ],
  },
  {
    code: 'eef71492-65f5-4297-aa95-3c3a6866ddef',
    label: 'Praktiske opgaver',
    group: 'Aktivitet og deltagelse',
    conditions: [
      { code: '8f32c948-41c4-49d7-8913-cdeede2e7fe1', label: 'Gøre rent' },
      { code: '01770afa-cd17-41fe-a966-b8895e4d55d8', label: 'Købe ind' },
      { code: 'b947f321-7cdb-4b33-9653-f3ff800572b0', label: 'Lave mad' },
      { code: '4a51d7a7-61e7-48fa-a1d5-9d26337c6c38', label: 'Passe ejendele' },
      { code: '58ef570c-1c1e-47be-8bfd-26ed99825762', label: 'Udvise hjælp og omsorg for andre' },
      { code: 'bd67597b-e80f-427f-8cf9-79d01eff91fc', label: 'Vaske tøj' },
    ],
  },
  {
    code: '7445fb2b-0009-43d9-b49b-1b9782f2fcd9',
    label: 'Omgivelser',
    group: 'Omgivelsesfaktorer',
    conditions: [
      { code: '83342ff3-5f2e-4914-b045-e98357685866', label: 'Boligområde' },
      { code: '22eef871-6650-426f-8b79-8d40a6c62808', label: 'Holdninger i omgivelserne' },
      { code: 'df194a84-6e4b-4f14-a194-d8d9d9a1fcad', label: 'Personer i netværk' },
    ],
  },
];

/** Funktionsevneniveau 0-4 (0 = ingen nedsættelse): lower is better. 'Ikke vurderet' is stored as null. */
export const FFB_FUNCTION_LEVELS = [
  { value: 0, code: 'b508ff66-6326-4862-a6d7-7bbf184c9823', label: 'Ingen nedsat funktionsevne' },
  { value: 1, code: '8328ce4a-6238-4f73-bf1a-74aadb68eff8', label: 'Let nedsat funktionsevne' },
  { value: 2, code: '5bdde847-2837-416b-ab63-bbff8b7aa531', label: 'Moderat nedsat funktionsevne' },
  { value: 3, code: 'cae545f5-2813-4d79-98fc-0a7d770af3cd', label: 'Svært nedsat funktionsevne' },
  { value: 4, code: '832ae90b-23b5-4063-80aa-0b81bdce680e', label: 'Fuldstændig nedsat funktionsevne' },
] as const;
export const FFB_FUNCTION_LEVELS_NOT_ASSESSED = { code: '1c327095-107f-4b96-88d0-ec562cb980be', label: 'Ikke vurderet' } as const;

/** Støttebehov 0-4 (0 = intet): lower is better. 'Ikke vurderet' is stored as null. */
export const FFB_SUPPORT_LEVELS = [
  { value: 0, code: 'ae9f388a-91c3-46cf-af55-f81952f2977c', label: 'Intet støttebehov' },
  { value: 1, code: 'dd628e73-d6c9-4837-a2b8-aa62d73bd6ae', label: 'Let støttebehov' },
  { value: 2, code: '401a397b-b3aa-4ca3-8b23-bd8f99dd3f76', label: 'Moderat støttebehov' },
  { value: 3, code: 'b99a0790-4d70-4152-b149-3fe58b745583', label: 'Højt støttebehov' },
  { value: 4, code: 'e99763d6-6c43-4969-ad52-2b1a7055f9dc', label: 'Fuldstændigt støttebehov' },
] as const;
export const FFB_SUPPORT_LEVELS_NOT_ASSESSED = { code: '2254dac8-8aa3-4334-8502-9720194f49ad', label: 'Ikke vurderet' } as const;

/** Måltype: the key Kerne stores, the FFB code and the label. */
export const FFB_GOAL_TYPES = [
  { key: 'fastholde', code: '10752a63-00b4-4958-b7f4-9f3a18f74266', label: 'Fastholde funktionsevne' },
  { key: 'udvikle', code: 'd41c8072-52f8-42b5-9375-ddbea454d27f', label: 'Udvikle funktionsevne' },
  { key: 'begraense-tab', code: 'e47c22bd-d88d-48ab-882b-419923e1f44e', label: 'Begrænse tab af funktionsevne' },
] as const;

/** Opfølgning: the decision at a follow-up (Status på indsats). */
export const FFB_FOLLOW_UP_DECISIONS = [
  { key: 'fortsaet', code: '1e971d84-10a4-4ef8-a8b3-0daa4c7d088a', label: 'Træf afgørelse om fortsættelse af indsats' },
  { key: 'afslut', code: 'd7d03656-4c87-4e67-9146-aa5990460f16', label: 'Træf afgørelse om afslutning af indsats' },
  { key: 'afslut-visiter', code: 'b4c01aa8-82fd-44e4-83ff-ca19ec02c779', label: 'Træf afgørelse om afslutning af indsats og visiter til ny' },
] as const;
