import type { DocumentModel } from '../../model/document';
import { doc } from './fixture-doc';

/**
 * Whole documents written in other words than the rule fixtures (nynorsk, anonymised «[navn]», other
 * headings' habits), to catch rules that only work for their own examples. Well-written ones must get no
 * findings; poorly written ones must get findings in several areas. Fictional; no real persons.
 */
export interface CompleteDocument {
  name: string;
  today: string;
  document: DocumentModel;
  /** For poor documents: rules that must report on it. */
  expect?: string[];
}

export const GOOD_DOCUMENTS: CompleteDocument[] = [
  {
    name: 'vedtak, nynorsk, anonymisert',
    today: '2026-03-01',
    document: doc('vedtak', {
      barnetsNavn: '[namn]',
      fodselsdato: '12.05.2015',
      meldingMottatt: '02.10.2025',
      undersokelseAvsluttet: '15.12.2025',
      vedtaksdato: '20.01.2026',
      hjemmel: 'Barnevernslova § 3-1',
      bakgrunn:
        'Skulen melde 02.10.2025 uro for at [namn] ofte kjem utan mat og er trøytt i timane. I undersøkinga hadde vi tre samtalar med [namn], to med far og eitt heimebesøk. Far fortel at han har hatt nattarbeid sidan i sommar og at morgonane har vorte kaotiske. Helsesjukepleiaren har same inntrykk.',
      barnetsSynspunkter:
        'Saksbehandlar snakka med [namn] åleine på skulen 20.10 og 24.11. Ho seier: «Pappa søv når eg går, så eg finn ikkje matpakka.» Ho fortel at ho likar å vere med far i helgane, og at ho vil ha nokon å gjere lekser med. Ho ønskjer ikkje å bu hos mor. Barnevernstenesta har lagt stor vekt på ønsket hennar om leksehjelp og om å bu hos far, sidan ho er ti år og uttrykkjer seg klart.',
      foreldrenesSynspunkter: 'Far ønskjer hjelp med morgonrutinane og samtykkjer til tiltaka. Mor er einig i at [namn] skal bu hos far.',
      vurdering:
        'Barnevernstenesta vurderer at [namn] har eit særleg behov for hjelp på grunn av omsorgssituasjonen om morgonen. Far gjev god omsorg elles, men nattarbeidet gjer at han ikkje er vaken når ho skal på skulen. Vi har òg vurdert besøksheim, men valt rettleiing heime fordi problemet oppstår heime og far sjølv vil endre rutinane. Tiltaket er eigna til å gje positiv endring fordi det møter behovet der det oppstår.',
      barnetsBeste:
        'Det beste for [namn] er å bu vidare hos far, som ho har ei trygg tilknyting til, og få faste morgonar med mat og søvn. Rettleiing og leksehjelp tek vare på både behovet hennar for struktur og ønsket hennar om hjelp med skulearbeidet.',
      vedtak: 'Med heimel i barnevernslova § 3-1 får familien familierettleiing to timar i veka og leksehjelp éin dag i veka, for å gje [namn] faste morgonrutinar.',
      mal: 'Målet er at [namn] kjem på skulen med mat og utkvilt minst fire av fem dagar.',
      varighetEvaluering: 'Tiltaka varar frå 01.02.2026 til 31.07.2026 og blir evaluerte innan 01.05.2026. Det blir laga tiltaksplan.',
      klageadgang: 'De kan klage på vedtaket innan tre veker. Klaga skal sendast til barnevernstenesta. De har rett til å sjå dokumenta i saka.',
    }),
  },
  {
    name: 'tiltaksplan, bokmål, [navn]',
    today: '2026-02-15',
    document: doc(
      'tiltaksplan',
      {
        barnetsNavn: '[navn]',
        fodselsdato: '03.03.2012',
        planperiodeFra: '01.02.2026',
        planperiodeTil: '31.01.2027',
        nesteEvaluering: '01.05.2026',
        situasjonsbeskrivelse:
          '[navn] er 13 år og bor med mor og en lillebror. Han har hatt mye fravær siden høsten og sier at han gruer seg til friminuttene fordi han ofte er alene. Mor forteller at han sitter oppe om nettene og er vanskelig å vekke. Skolen beskriver en rolig gutt som trekker seg unna. Han ønsker selv å begynne på en aktivitet og vil ha hjelp til å komme i gang om morgenen.',
        barnetsSynspunkter: 'I samtale alene 20.01 sier [navn]: «Jeg vil ikke være den som alltid står alene.» Han vil gjerne prøve klatring og ønsker at noen henter ham de første gangene.',
        hovedmal: '[navn] går på skolen hver dag og har minst én fast aktivitet med jevnaldrende.',
      },
      {
        delmal: [
          {
            delmal: '[navn] er på skolen minst fire av fem dager.',
            indikatorer: 'Skolens fraværsregistrering viser minst 80 % oppmøte over seks uker; [navn] forteller at morgenene går greiere.',
            tiltak: [
              { tiltak: 'Familieveileder hjelper mor med morgenrutiner.', ansvarlig: 'Familieveileder i tiltaksteamet', omfang: '2 timer per uke' },
              { tiltak: 'Mor vekker [navn] kl. 07.00 og følger opp leggetid kl. 22.30.', ansvarlig: 'Mor', omfang: 'Hver skoledag' },
            ],
          },
          {
            delmal: '[navn] deltar i klatring med andre ungdommer.',
            indikatorer: 'Han møter på klatring minst tre av fire ganger i måneden og sier at han har noen å snakke med der.',
            tiltak: [{ tiltak: 'Støttekontakt følger til klatring de første to månedene.', ansvarlig: 'Barnevernstjenesten', omfang: 'Hver 14. dag' }],
          },
        ],
      },
    ),
  },
  {
    name: 'evaluering, nynorsk',
    today: '2026-05-10',
    document: doc(
      'evaluering',
      {
        barnetsNavn: '[namn]',
        fodselsdato: '03.03.2012',
        evalueringsdato: '05.05.2026',
        forrigeEvaluering: '01.02.2026',
        nesteEvaluering: '05.08.2026',
        barnetsSynspunkter:
          'Saksbehandlar snakka med [namn] åleine 28.04. Han seier at klatringa er «det beste med veka» og at støttekontakten kan slutte å hente han no. Han fortel at morgonane framleis er tunge, men at det hjelper at mor vekkjer han tidleg.',
        samletVurdering:
          'Hjelpa verkar i hovudsak etter føremålet. Oppmøtet på skulen har auka frå 60 til 85 prosent, og [namn] har fått to venner på klatringa. Mor fortel at kveldane er roligare. Det er ikkje behov for nye tiltak, men støttekontakten blir trappa ned fordi [namn] no klarer å kome seg på klatring sjølv.',
      },
      {
        delmal: [
          { delmal: 'Skulegang', evaluering: 'Delvis nått: 85 % oppmøte dei siste seks vekene, men framleis fråvær enkelte måndagar.' },
          { delmal: 'Klatring', evaluering: 'Nått: han har møtt kvar gong sidan februar og har vener der.' },
        ],
        tiltak: [
          { tiltak: 'Familierettleiing', beslutning: 'Halde fram', begrunnelse: 'Morgonane er framleis tunge, og mor ønskjer meir hjelp til kveldsrutinar.' },
          { tiltak: 'Støttekontakt', beslutning: 'Endre', begrunnelse: 'Han klarer å kome seg til klatring sjølv, så støttekontakten blir med berre ein gong i månaden.' },
        ],
      },
    ),
  },
  {
    name: 'vedtak for et ettåring, bokmål, med navn',
    today: '2026-04-01',
    document: doc('vedtak', {
      barnetsNavn: 'Liam Testesen',
      fodselsdato: '14.02.2025',
      vedtaksdato: '10.03.2026',
      hjemmel: 'jf. bvl. § 3-1',
      bakgrunn:
        'Helsestasjonen meldte i januar bekymring for at Liam ikke la på seg som forventet, og at mor virket sliten. I undersøkelsen hadde vi tre hjemmebesøk og samtaler med mor og helsesykepleier. Mor forteller at hun er alene med Liam og sover lite.',
      barnetsSynspunkter:
        'Liam er ett år og kan ikke uttrykke seg med ord. Ved hjemmebesøkene observerte vi at han søkte mor når han ble urolig, og at han smilte og pludret når hun lekte med ham. Han virket sulten ved to av besøkene. Det vi har sett av Liam, er lagt vekt på i vurderingen.',
      foreldrenesSynspunkter: 'Mor ønsker hjelp og har samtykket til tiltakene. Far bor i en annen by og er orientert.',
      vurdering:
        'Barnevernstjenesten vurderer at Liam har et særlig behov for hjelp fordi han ikke har god nok vektutvikling og mor er alene om omsorgen. Samspillet mellom mor og Liam er varmt. Vi har også vurdert besøkshjem, men det er ikke nødvendig når mor tar imot hjelp hjemme. Veiledning om mat og rutiner er egnet fordi hjelpen gis der behovet er.',
      barnetsBeste:
        'Det beste for Liam er å bo hjemme med mor, som han er trygg på, og få regelmessige måltider og søvn. Tiltaket bygger på det vi har observert av Liams behov og styrker relasjonen til mor.',
      vedtak: 'Mor tilbys veiledning om mat og døgnrytme, 2 timer per uke, for å sikre at Liam får nok mat og søvn.',
      varighetEvaluering: 'Tiltaket gjelder fra 15.03.2026 til 15.09.2026 og evalueres innen 15.06.2026. Tiltaksplan utarbeides.',
      klageadgang: 'Vedtaket kan påklages til Statsforvalteren. Klagefristen er tre uker fra dere mottok vedtaket. Dere har rett til innsyn.',
    }),
  },
  {
    name: 'tiltaksplan for en 15-åring, nynorsk, periode i ett felt',
    today: '2026-04-01',
    document: doc(
      'tiltaksplan',
      {
        barnetsNavn: '[namn]',
        fodselsdato: '01.09.2010',
        planperiode: '01.03.2026 – 28.02.2027',
        nesteEvaluering: '01.06.2026',
        situasjonsbeskrivelse:
          '[namn] er 15 år og bur med far. Ho har slutta å gå på handball og er mykje åleine på rommet. Ho seier at ho er lei av kranglinga heime og at ho saknar mor, som bur i ein annan kommune. Far fortel at han ikkje veit korleis han skal snakke med henne. Skulen melder om aukande fråvær.',
        barnetsSynspunkter: 'I samtale åleine seier [namn] at ho vil ha nokon å snakke med som ikkje er far. Ho ønskjer å byrje på handball igjen og vil sjå mor oftare.',
        hovedmal: '[namn] har ein trygg kvardag heime, går på skulen og har kontakt med venner og mor.',
      },
      {
        delmal: [
          {
            delmal: '[namn] og far har faste samtalar utan krangel.',
            indikatorer: 'Dei et middag saman minst tre gonger i veka; [namn] fortel at det er mindre krangling.',
            tiltak: [
              { tiltak: 'Familierettleiing med vekt på kommunikasjon.', ansvarlig: 'Barnevernstenesta', omfang: 'Kvar veke' },
              { tiltak: 'Far set av tid til middag saman med [namn].', ansvarlig: 'Far', omfang: 'Tre gonger i veka' },
            ],
          },
          {
            delmal: '[namn] har kontakt med mor.',
            indikatorer: 'Samvær med mor to helgar i månaden.',
            tiltak: [{ tiltak: 'Reisestøtte til samvær.', ansvarlig: 'Barnevernstenesta', omfang: 'To gonger i månaden' }],
          },
        ],
      },
    ),
  },
  {
    name: 'evaluering for en niåring, bokmål, med tiltaksrader',
    today: '2026-04-01',
    document: doc(
      'evaluering',
      {
        barnetsNavn: 'Sara Testesen',
        fodselsdato: '05.05.2016',
        evalueringsdato: '25.03.2026',
        forrigeEvaluering: '01.01.2026',
        nesteEvaluering: '25.06.2026',
        barnetsSynspunkter:
          'Saksbehandler snakket med Sara alene på skolen 20.03. Sara sier at hun liker støttekontakten og at de har vært på svømming. Hun forteller at hun fortsatt er redd om kvelden når mamma er på jobb.',
        samletVurdering:
          'Støttekontakten fungerer etter hensikten: Sara er mer aktiv og har fått en venninne på svømmingen. Kveldene er fortsatt vanskelige når mor jobber sent. Det er behov for å supplere med avlastning én kveld i uka, som mor også ønsker. Tiltaksplanen oppdateres, og det fattes vedtak om avlastning.',
      },
      {
        delmal: [
          { delmal: 'Sara har en fast fritidsaktivitet.', evaluering: 'Nådd. Hun svømmer hver tirsdag og sier at hun gleder seg til det.' },
          { delmal: 'Sara er trygg om kvelden.', evaluering: 'Ikke nådd. Hun forteller at hun er redd når mor jobber sent.' },
        ],
        tiltak: [
          { tiltak: 'Støttekontakt', beslutning: 'Fortsette', begrunnelse: 'Hun har fått en fast aktivitet og en venninne.' },
          { tiltak: 'Avlastning', beslutning: 'Nytt tiltak', begrunnelse: 'Sara er redd om kveldene når mor jobber, og mor ønsker hjelp.' },
        ],
      },
    ),
  },
];

export const POOR_DOCUMENTS: CompleteDocument[] = [
  {
    name: 'vedtak med påstander og uten barnets stemme',
    today: '2026-03-01',
    expect: [
      'medvirkning/barnets-egne-ord', 'medvirkning/vekt-pa-barnets-mening', 'barnets-beste/konkret-ikke-pastand',
      'barnets-beste/merkelapper-forklart', 'dokumentasjon/sakens-bakgrunn', 'dokumentasjon/hjemmel', 'frister/klageadgang',
    ],
    document: doc('vedtak', {
      fodselsdato: '01.01.2014',
      vedtaksdato: '20.01.2026',
      bakgrunn: 'Se undersøkelsesrapport.',
      barnetsSynspunkter: 'Mor opplever at [navn] trives hjemme. Skolen melder at hun er stille.',
      vurdering: 'Mor mangler omsorgskompetanse. Familien innvilges foreldreveiledning.',
      barnetsBeste: 'Tiltaket anses å være til barnets beste.',
      vedtak: 'Familien innvilges foreldreveiledning.',
    }),
  },
  {
    name: 'tiltaksplan utløpt, uten ansvar og omfang (revisjonens mønstre)',
    today: '2026-03-01',
    expect: [
      'frister/planperiode-maks-12-mnd', 'frister/planperiode-utlopt', 'dokumentasjon/situasjon-om-barnet', 'medvirkning/barnets-stemme-i-tiltaksplan',
      'mal-tiltak/vage-mal', 'mal-tiltak/ansvarlig-per-tiltak', 'mal-tiltak/omfang-per-tiltak', 'mal-tiltak/delmal-har-indikatorer', 'mal-tiltak/hovedmal',
    ],
    document: doc(
      'tiltaksplan',
      {
        fodselsdato: '01.01.2012',
        planperiode: '13.06.24 – 05.02.26',
        situasjonsbeskrivelse: 'Målene er gjennomgått med barnet, og hun er enig med målene.',
      },
      { delmal: [{ delmal: 'Barnet skal få det bedre.', tiltak: [{ tiltak: 'Samarbeidsmøter, fritidsaktiviteter og barnesamtaler', ansvarlig: 'Barnevernstjenesten, mor og skolen', omfang: 'etter behov' }] }] },
    ),
  },
  {
    name: 'plan der barnets stemme er et mål, men ingen stemme finnes (X19)',
    today: '2026-03-01',
    expect: ['dokumentasjon/situasjonsbeskrivelse', 'medvirkning/barnets-stemme-i-tiltaksplan', 'frister/neste-evaluering-fastsatt'],
    document: doc(
      'tiltaksplan',
      { fodselsdato: '01.01.2013', planperiodeFra: '01.12.2025', planperiodeTil: '30.11.2026', hovedmal: 'Trygg hverdag for [Anonymisert navn].' },
      { delmal: [{ delmal: '[Anonymisert navn] gis mulighet til å uttale seg om egen situasjon.', indikatorer: 'Barnesamtaler er gjennomført.', tiltak: [{ tiltak: 'Barnesamtaler og observasjoner', ansvarlig: 'Barnevernet', omfang: 'månedlig' }] }] },
    ),
  },
  {
    name: 'fyldig evaluering med bare mors stemme (X19)',
    today: '2026-03-01',
    expect: ['medvirkning/barnets-stemme-i-evaluering', 'dokumentasjon/evaluering-per-delmal', 'dokumentasjon/beslutning-per-tiltak'],
    document: doc('evaluering', {
      fodselsdato: '01.01.2013',
      evalueringsdato: '01.03.2026',
      nesteEvaluering: '01.06.2026',
      samletVurdering:
        'Mor forteller at hverdagen har blitt roligere etter at familieveileder kom inn. Hun opplever at gutten sover bedre og at det er færre konflikter om morgenen. Mor mener at støttekontakten fungerer godt, og at gutten er gladere. Hun ønsker at tiltakene fortsetter, og vi vurderer at hjelpen virker etter hensikten. Det er ikke behov for nye tiltak nå.',
    }),
  },
  {
    name: 'evaluering på to setninger (revisjonens eksempel)',
    today: '2026-03-01',
    expect: ['dokumentasjon/evaluering-ikke-enlinjer', 'dokumentasjon/hjelpen-virker', 'dokumentasjon/beslutning-per-tiltak', 'frister/neste-evaluering-fastsatt'],
    document: doc('evaluering', { evalueringsdato: '20.02.2026', samletVurdering: 'Tiltakene fortsetter. Besøkshjem skal starte opp nå.' }),
  },
  {
    name: 'avslutningsvedtak uten barnefokus (Riksrevisjonens mønster)',
    today: '2026-03-01',
    expect: ['barnets-beste/avslutning-begrunnet', 'barnets-beste/videre-behov-ved-avslutning'],
    document: doc('vedtak', {
      avslutterTiltak: { checked: true },
      hjemmel: 'Barnevernsloven § 3-1',
      barnetsSynspunkter: 'Gutten sier at han liker kurset.',
      vurdering: 'Foreldrene har gjennomført PMTO-kurset og ønsker avslutning. Tiltaket avsluttes.',
    }),
  },
];
