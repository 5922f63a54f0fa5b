import type { DocumentType } from './document';

/**
 * The canonical field names of the document model, per document type, with the labels they carry
 * in the forms. The labels seed the generic adapter's vocabulary (bokmål and nynorsk synonyms);
 * a pack can add more. Keep names ASCII camelCase: they are refs and rule parameters.
 */
export interface FieldSpec {
  name: string;
  kind: 'text' | 'date' | 'choice' | 'checkbox';
  labels: string[];
  /** Labels that name the field only as the whole label: «Barn» is the child's name, «Hva sier barnet» is not. */
  exact?: string[];
  /**
   * Any phrasing of the field: a label naming no synonym still names it when it holds a word from each group
   * («Hva har barnet fortalt?», «Barnets egne ønsker»). A trailing `*` matches a word's beginning.
   */
  concept?: string[][];
}

/** Who speaks, and words for what they said or how they took part. */
const VOICE = [
  'syn', 'synspunkt*', 'synes', 'mening*', 'meining*', 'mener', 'meiner', 'tenker', 'stemme*', 'ønsk*', 'uttal*', 'sier', 'seier',
  'sagt', 'medvirk*', 'medverk*', 'perspektiv*', 'opplev*', 'samtal*', 'fortel*', 'fortal*', 'ord', 'innspel*', 'innspill*',
  'hørt', 'høyrd', 'høyrt', 'tilbakemelding*',
];
/** `@name`: a capitalised name inside the label, as templates fill in the child's («Hva sier Emil?»). */
const CHILD = ['barn', 'barnet', 'barnets', 'barna', 'barnas', 'barns', 'ungdommen', 'ungdommens', 'unge', 'unges', 'jenta', 'gutten', '@name'];
const PARENTS = ['foreld*', 'mor', 'mors', 'far', 'fars', 'partene', 'partenes', 'partane', 'omsorgsperson*'];
/** «Slik vet vi at målet er nådd», «Er målet nådd?». */
const GOAL = ['mål', 'målet', 'måla', 'målene', 'delmål', 'delmålet'];
const REACHED = ['nådd', 'nådde', 'nås', 'oppnådd', 'oppnås', 'oppnåast'];

const common: FieldSpec[] = [
  { name: 'barnetsNavn', kind: 'text', labels: ['Barnets navn', 'Navn på barnet', 'Barnets namn', 'Namn på barnet'], exact: ['Barn', 'Barnet'] },
  { name: 'fodselsdato', kind: 'date', labels: ['Fødselsdato', 'Barnets fødselsdato', 'Fødd', 'Født', 'Fødselsdag'] },
  {
    name: 'barnetsSynspunkter',
    kind: 'text',
    labels: [
      'Barnets synspunkter', 'Barnets stemme', 'Barnets mening', 'Barnets meining', 'Hva barnet selv mener',
      'Kva barnet sjølv meiner', 'Barnets syn', 'Barnets synspunkt', 'Samtale med barnet', 'Barnets medvirkning', 'Barnesamtale',
    ],
    concept: [CHILD, VOICE],
  },
];

export const FIELDS: Record<DocumentType, FieldSpec[]> = {
  vedtak: [
    ...common,
    { name: 'meldingMottatt', kind: 'date', labels: ['Melding mottatt', 'Bekymringsmelding mottatt', 'Dato for melding', 'Meldinga motteken'] },
    { name: 'undersokelseAvsluttet', kind: 'date', labels: ['Undersøkelse avsluttet', 'Undersøkelsen avsluttet', 'Undersøkinga avslutta', 'Dato undersøkelse avsluttet'] },
    { name: 'vedtaksdato', kind: 'date', labels: ['Vedtaksdato', 'Dato for vedtak', 'Vedtaket er fattet', 'Dato for vedtaket'] },
    { name: 'hjemmel', kind: 'text', labels: ['Hjemmel', 'Lovhjemmel', 'Heimel'] },
    { name: 'bakgrunn', kind: 'text', labels: ['Sakens bakgrunn', 'Bakgrunn', 'Bakgrunn for saka', 'Saksforhold', 'Faktiske forhold'] },
    { name: 'foreldrenesSynspunkter', kind: 'text', labels: ['Foreldrenes synspunkter', 'Foreldrenes syn', 'Foreldra sine synspunkt', 'Partenes syn', 'Foreldrenes mening'], concept: [PARENTS, VOICE] },
    { name: 'vurdering', kind: 'text', labels: ['Barnevernstjenestens vurdering', 'Barneverntjenestens vurdering', 'Vurdering', 'Barnevernstenesta si vurdering'] },
    { name: 'barnetsBeste', kind: 'text', labels: ['Barnets beste', 'Vurdering av barnets beste', 'Barnets beste-vurdering', 'Barnets beste vurdering'] },
    { name: 'vedtak', kind: 'text', labels: ['Vedtak', 'Vedtaket', 'Barnevernstjenesten fatter følgende vedtak', 'Det blir gjort slikt vedtak'] },
    { name: 'mal', kind: 'text', labels: ['Mål med tiltaket', 'Mål med tiltakene', 'Formål med tiltaket', 'Mål med tiltaka', 'Mål'] },
    { name: 'varighetEvaluering', kind: 'text', labels: ['Varighet og evaluering', 'Varighet', 'Evaluering', 'Varigheit og evaluering'] },
    { name: 'klageadgang', kind: 'text', labels: ['Klageadgang', 'Klagerett', 'Klagetilgang', 'Orientering om klageadgang'] },
    { name: 'avslutterTiltak', kind: 'checkbox', labels: ['Vedtaket avslutter et tiltak', 'Avslutning av tiltak', 'Tiltaket avsluttes', 'Vedtak om å avslutte tiltak'] },
  ],
  tiltaksplan: [
    ...common,
    { name: 'planNummer', kind: 'text', labels: ['Plannummer', 'Plan nr', 'Plan nr.', 'Tiltaksplan nr'] },
    { name: 'planperiodeFra', kind: 'date', labels: ['Planperiode fra', 'Gjelder fra', 'Fra dato', 'Planperiode frå'] },
    { name: 'planperiodeTil', kind: 'date', labels: ['Planperiode til', 'Gjelder til', 'Til dato'] },
    { name: 'planperiode', kind: 'text', labels: ['Planperiode', 'Periode', 'Planens varighet'] },
    // In a plan, the evaluation date is the next one (in an evaluering it is the meeting's own date).
    { name: 'nesteEvaluering', kind: 'date', labels: ['Neste evaluering', 'Dato for neste evaluering', 'Evalueres innen', 'Neste evaluering innen', 'Evalueringsdato', 'Dato for evaluering'] },
    { name: 'forrigeEvaluering', kind: 'date', labels: ['Forrige evaluering', 'Sist evaluert', 'Siste evaluering'] },
    { name: 'situasjonsbeskrivelse', kind: 'text', labels: ['Situasjonsbeskrivelse', 'Beskrivelse av barnets situasjon', 'Barnets situasjon', 'Skildring av situasjonen'] },
    { name: 'hovedmal', kind: 'text', labels: ['Hovedmål', 'Overordnet mål', 'Hovudmål', 'Mål for planen'] },
  ],
  evaluering: [
    ...common,
    { name: 'evalueringsdato', kind: 'date', labels: ['Evalueringsdato', 'Dato for evaluering', 'Evaluert dato', 'Dato'] },
    { name: 'forrigeEvaluering', kind: 'date', labels: ['Forrige evaluering', 'Sist evaluert', 'Siste evaluering'] },
    { name: 'planperiodeFra', kind: 'date', labels: ['Planperiode fra', 'Gjelder fra'] },
    { name: 'planperiodeTil', kind: 'date', labels: ['Planperiode til', 'Gjelder til'] },
    { name: 'samletVurdering', kind: 'text', labels: ['Samlet vurdering', 'Oppsummering', 'Samla vurdering', 'Evaluering'] },
    { name: 'nesteEvaluering', kind: 'date', labels: ['Neste evaluering', 'Dato for neste evaluering'] },
  ],
};

/** Repeated groups per document type, with the fields of one row (and nested groups). */
export interface RowSpec {
  name: string;
  labels: string[];
  fields: FieldSpec[];
  rows?: RowSpec[];
}

const tiltakRow: RowSpec = {
  name: 'tiltak',
  labels: ['Tiltak'],
  fields: [
    { name: 'tiltak', kind: 'text', labels: ['Tiltak', 'Hva skal gjøres', 'Kva skal gjerast'] },
    { name: 'ansvarlig', kind: 'text', labels: ['Ansvarlig', 'Ansvar', 'Hvem har ansvar', 'Ansvarleg', 'Kven har ansvar'] },
    { name: 'omfang', kind: 'text', labels: ['Omfang', 'Hyppighet', 'Frekvens', 'Hvor ofte', 'Kor ofte'] },
  ],
};

export const ROWS: Record<DocumentType, RowSpec[]> = {
  vedtak: [],
  tiltaksplan: [
    {
      name: 'delmal',
      labels: ['Delmål', 'Delmål og tiltak'],
      fields: [
        { name: 'delmal', kind: 'text', labels: ['Delmål', 'Mål'] },
        {
          name: 'indikatorer', kind: 'text', labels: ['Indikatorer', 'Indikator', 'Hvordan ser vi at målet er nådd', 'Korleis ser vi at målet er nådd'],
          concept: [GOAL, [...REACHED, 'måles', 'målast', 'målt', 'måle']],
        },
      ],
      rows: [tiltakRow],
    },
  ],
  evaluering: [
    {
      name: 'delmal',
      labels: ['Evaluering av delmål', 'Delmål'],
      fields: [
        { name: 'delmal', kind: 'text', labels: ['Delmål', 'Mål'] },
        { name: 'evaluering', kind: 'text', labels: ['Evaluering', 'Måloppnåelse', 'Status', 'Vurdering'], concept: [GOAL, REACHED] },
      ],
    },
    {
      name: 'tiltak',
      labels: ['Beslutning per tiltak', 'Tiltak'],
      fields: [
        { name: 'tiltak', kind: 'text', labels: ['Tiltak'] },
        { name: 'beslutning', kind: 'choice', labels: ['Beslutning', 'Avgjørelse', 'Videre', 'Avgjerd'] },
        { name: 'begrunnelse', kind: 'text', labels: ['Begrunnelse', 'Grunngiving', 'Begrunning'] },
      ],
    },
  ],
};
