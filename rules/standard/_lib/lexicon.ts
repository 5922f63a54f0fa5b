/**
 * Default word lists for the standard pack (bokmål AND nynorsk). Rules copy them into `rule.params`,
 * so a quality lead can tune any list per rule in the workbench or in an extending pack.
 *
 * Terms are matched on Snowball stems (so «alternativene» matches «alternativ»); a trailing * matches
 * any ending; phrases match consecutive words. Nynorsk forms are listed explicitly where the stem
 * differs from bokmål. Lists are deliberately broad: think of how 200 different caseworkers write.
 */

/** Causal / justification connectors: «fordi», «ettersom», «difor» … */
export const GRUNN = [
  'fordi', 'ettersom', 'derfor', 'difor', 'siden', 'sidan', 'på grunn av', 'grunnet', 'som følge av', 'som fylgje av',
  'med bakgrunn i', 'bakgrunnen er', 'begrunn*', 'grunngi*', 'grunngje*', 'årsak*', 'skyldes', 'kommer av', 'kjem av',
  'slik at', 'for å', 'dette innebærer', 'dette inneber', 'noe som', 'noko som', 'av den grunn', 'av hensyn til', 'av omsyn til',
];

/** Words that show the child was NOT heard: «ikke snakket med», «ikkje hatt samtale» … */
export const IKKE_HORT = [
  'ikke snakket med', 'ikkje snakka med', 'ikke snakke med', 'ikke pratet med', 'ikkje prata med',
  'ikke hatt samtale', 'ikkje hatt samtale', 'ikke samtalt', 'ikkje samtalt', 'ikke hatt barnesamtale',
  'ikke gjennomført samtale', 'ikkje gjennomført samtale', 'ikke gjennomført barnesamtale', 'ikkje gjennomført barnesamtale',
  'samtale er ikke gjennomført', 'samtale er ikkje gjennomført', 'barnesamtale er ikke gjennomført', 'barnesamtale er ikkje gjennomført',
  'ikke blitt hørt', 'ikkje blitt høyrt', 'ikke hørt', 'ikkje høyrt', 'ikke uttalt seg', 'ikkje uttalt seg',
  'ikke møtt barnet', 'ikkje møtt barnet', 'ikke vært mulig å snakke', 'ikkje vore mogleg å snakke', 'ikke mulig å snakke',
  'ikkje mogleg å snakke', 'ikke mulig å gjennomføre samtale', 'ønsket ikke å snakke', 'ønskte ikkje å snakke',
  'ynskte ikkje å snakke', 'ville ikke snakke', 'ville ikkje snakke', 'ønsket ikke samtale', 'ønskte ikkje samtale',
  'ønsket ikke å medvirke', 'ikke fått anledning', 'ikkje fått høve',
  // Too young to be heard («Barnet er for lite til å uttale seg»): a reason, not the child's words missing.
  ...['for lit*', 'for ung*', 'for små'].flatMap((young) => [
    `${young} til å uttal*`, `${young} til å bli hørt`, `${young} til å bli høyrt`, `${young} til å gi uttrykk`,
    `${young} til å gje uttrykk`, `${young} til å snakk*`, `${young} til samtale`,
  ]),
];

/** Reasons for not speaking with the child (age, language, illness, the child's own wish …). */
export const GRUNN_IKKE_HORT = [
  ...GRUNN, 'da', 'då', 'alder*', 'for ung', 'for liten', 'for lita', 'for lite', 'for små', 'spedbarn*', 'baby',
  'ikke verbal*', 'ikkje verbal*', 'språk*', 'tolk*', 'sykdom*', 'sjukdom*', 'syk', 'sjuk', 'innlagt', 'funksjonsnedsett*',
  'ønsket ikke', 'ønskte ikkje', 'ynskte ikkje', 'ville ikke', 'ville ikkje', 'ønsket selv', 'ønskte sjølv',
  'belast*', 'risiko*', 'ferie*', 'bortreist', 'utenlands', 'utanlands', 'flyttet', 'flytta', 'observ*', 'samspill*', 'samspel*',
];

/** How the child took part: conversation, home visit, drawing, representative, observation (SSB's code list 1.1–1.4). */
export const HVORDAN_HORT = [
  'samtale*', 'samtalt', 'samtalte', 'samtala', 'barnesamtale*', 'snakket med', 'snakka med', 'snakket alene', 'pratet med',
  'prata med', 'møtt', 'møtte', 'møte*', 'hjemmebesøk*', 'heimebesøk*', 'besøk*', 'spurt', 'spurte', 'intervju*',
  'tegn*', 'teikn*', 'skrev', 'skreiv', 'brev', 'sms', 'telefon*', 'video*', 'representant*', 'tillitsperson*',
  'talsperson*', 'observ*', 'samspill*', 'samspel*',
];

/** Spoken with alone / without the parents present. */
export const ALENE = [
  'alene', 'aleine', 'åleine', 'alenesamtale*', 'aleinesamtale*', 'enesamtale*', 'uten foreldre*', 'utan foreldr*',
  'uten mor', 'uten far', 'utan mor', 'utan far', 'uten at foreldrene', 'utan at foreldra', 'uten at mor', 'uten at far',
  'utan at mor', 'utan at far', 'på tomannshånd', 'på tomannshand', 'uten andre til stede', 'utan andre til stades',
  'i enerom', 'uten voksne', 'utan vaksne',
];

/** Observation of a young child: behaviour, play, contact, expressions. */
export const OBSERVASJON = [
  'observ*', 'samspill*', 'samspel*', 'virket', 'virka', 'verka', 'smilte', 'smiler', 'smil', 'gråt', 'gråter', 'gret',
  'lekte', 'leker', 'leikte', 'leikar', 'lek', 'leik', 'søkte', 'søker', 'søkjer', 'kroppsspråk*', 'ansiktsuttrykk*', 'uttrykk*',
  'reagerte', 'reagerer', 'reaksjon*', 'blikkontakt', 'øyekontakt', 'augekontakt', 'trøst*', 'babl*', 'pludr*',
  'rolig', 'roleg', 'urolig', 'uroleg', 'utforsk*', 'klynget', 'klamret', 'viste', 'viser', 'protesterte', 'lo', 'ler',
  'blid*', 'glad', 'nysgjerrig*', 'krabb*', 'pekte', 'peika', 'peikte', 'peker', 'peikar', 'strakte', 'strekte', 'klatr*', 'sov',
  'søv', 'sovnet', 'sovna', 'våkn*', 'spiste', 'åt', 'holdt', 'heldt', 'klemte', 'klemde', 'kos*', 'sang', 'song', 'sa', 'ord',
  'lyder', 'lydar', 'gikk', 'gjekk', 'løp', 'sprang', 'trygg*', 'utrygg*', 'engst*', 'redd', 'sint', 'lei seg', 'fornøyd', 'nøgd',
  'stille', 'tilbaketrukk*', 'oppmerksom*', 'kontaktsøk*', 'blikk*', 'fulgte', 'følgde', 'imiter*', 'herm*', 'roet', 'roa', 'roe*',
  'trivdes', 'trivst', 'sutret', 'skreik', 'skrek', 'kastet', 'kasta', 'slo', 'bet',
];

/** Statements that say what weight the child's views were given. */
export const VEKT = [
  'vekt', 'vekten', 'vekta', 'vektar', 'vektlagt', 'vektla', 'vektlegg*', 'vektleggast', 'vektlagd', 'lagt vekt', 'legger vekt',
  'legg vekt', 'la vekt', 'tillagt', 'tillegges', 'tillegg vekt', 'tilleggast', 'avgjørende vekt', 'avgjerande vekt',
  'tatt hensyn til', 'tar hensyn til', 'teke omsyn til', 'tatt omsyn til', 'tek omsyn til', 'i tråd med barnets',
  'i tråd med ønsket', 'i samsvar med barnets', 'i samsvar med ønsket', 'i tråd med det barnet', 'i samsvar med det barnet',
  'i tråd med hva', 'i tråd med kva', 'i samsvar med kva', 'følger barnets ønske', 'fulgt barnets ønske', 'fylgjer ønsket',
  'imøtekomme*', 'tatt med i vurderingen', 'teke med i vurderinga', 'tillagt betydning', 'fått betydning', 'har betydning for valget',
  'avgjørende for', 'avgjerande for', 'lagt til grunn for', 'lagt direkte til grunn', 'lagt til grunn', 'lagt det til grunn',
  'til grunn for valget', 'til grunn for vedtaket', 'betydning for valget', 'betydning for vurderingen', 'stor betydning',
  'avgjørende betydning', 'avgjerande betydning', 'fulgt hennes', 'fulgt hans', 'fylgt ønsket', 'ikke fulgt', 'ikkje fylgt',
  'følger hennes', 'følger hans', 'sentralt moment', 'sentralt i vurdering*', 'veier tungt', 'veg tungt', 'veide tungt',
  'tungtveiende', 'tungtvegande', 'lyttet til', 'lytta til', 'gått imot', 'går imot', 'gått mot ønsket',
];

/** The child's needs and situation (to tie an assessment to THIS child). */
export const BEHOV = [
  'behov*', 'trenger', 'treng', 'strever', 'strevar', 'sliter', 'slit', 'vansk*', 'utfordring*', 'utvikling*', 'trivsel',
  'trives', 'trivst', 'trygghet', 'tryggleik', 'trygg', 'trygge', 'utrygg*', 'stabil*', 'forutsigbar*', 'føreseieleg*',
  'skole*', 'skule*', 'barnehage*', 'helse*', 'søvn', 'sove*', 'venn*', 'fritid*', 'relasjon*', 'tilknytning*', 'sårbar*',
  'alder', 'fungering', 'fravær*', 'atferd*', 'åtferd*', 'konflikt*', 'redd', 'engst*', 'lei seg', 'mestr*', 'meistr*',
];

/** Alternatives considered. */
export const ALTERNATIVER = [
  'alternativ*', 'andre tiltak', 'annet tiltak', 'anna tiltak', 'andre hjelpetiltak', 'annet hjelpetiltak', 'mindre inngripende',
  'mindre inngripande', 'mer inngripende', 'meir inngripande', 'vurdert om', 'vurdert å', 'vurderte om', 'vurdert andre',
  'har også vurdert', 'har òg vurdert', 'også vurdert', 'òg vurdert', 'i stedet for', 'i staden for', 'istedenfor', 'framfor', 'fremfor',
  'heller enn', 'ingen tiltak', 'uten tiltak', 'utan tiltak', 'forsøkt', 'prøvd', 'tidligere tiltak', 'tidlegare tiltak',
  'ikke tilstrekkelig', 'ikkje tilstrekkeleg', 'ikke egnet', 'ikkje eigna', 'veid opp mot', 'vege opp mot', 'veid mot',
  'sammenlign*', 'samanlikn*', 'valgt bort', 'valt bort', 'ble drøftet', 'vart drøfta', 'er drøftet', 'er drøfta', 'utenfor hjemmet',
  'utanfor heimen', 'for lite', 'ikke nok', 'ikkje nok', 'ikke nødvendig', 'ikkje naudsynt', 'ikke behov for', 'ikkje behov for',
  'andre løsninger', 'andre løysingar', 'i tillegg vurdert', 'vurdert som', 'vurderes som', 'vurderast som',
];

/** Formulas that assert barnets beste without showing it. */
export const BARNETS_BESTE_FRASER = [
  'til barnets beste', 'barnets beste', 'til beste for barnet', 'det beste for barnet', 'best for barnet', 'barnet sitt beste',
  'til det beste for barnet', 'i barnets interesse', 'i tråd med barnets beste', 'i samsvar med barnet sitt beste',
  'ivaretar barnets beste', 'ivaretek barnet sitt beste', 'barnets beste er ivaretatt', 'barnets beste er vurdert',
  'vurderes å være', 'vurderast å vere', 'anses å være', 'blir vurdert å vere', 'er vurdert å være', 'barnevernstjenesten vurderer at',
  'barneverntjenesten vurderer at', 'barnevernstenesta vurderer at', 'det vurderes at', 'det er vurdert at', 'det blir vurdert at',
  'tiltaket', 'tiltaka', 'tiltakene', 'tiltak', 'hjelpetiltak*', 'vedtaket', 'vedtak', 'innvilges', 'innvilgast', 'barnet', 'barnets', 'beste',
];

/** Labels that need a concrete explanation (Høyesterett 2020: say what the lack consists of). */
export const MERKELAPPER = [
  'omsorgskompetanse*', 'omsorgsevne*', 'omsorgsevna', 'foreldreferdighet*', 'foreldrekompetanse*', 'foreldrefungering*',
  'foreldreevne*', 'foreldrerolle*', 'rusproblematikk*', 'rusproblem*', 'rusmisbruk*', 'rusavhengig*', 'rusbruk*',
  'psykisk uhelse', 'psykiske problem*', 'psykisk syk*', 'psykisk sjuk*', 'omsorgssvikt*', 'manglende innsikt',
  'manglande innsikt', 'manglende grensesetting', 'manglande grensesetjing', 'kaotisk*', 'ustabil*', 'grenseløs*',
  'uegnet', 'ueigna', 'mangelfull omsorg', 'ikke god nok omsorg', 'ikkje god nok omsorg', 'utilstrekkelig omsorg',
  'utilstrekkeleg omsorg', 'samspillsvansk*', 'samspelsvansk*', 'tilknytningsvansk*',
];

/** Markers that a label is explained by something concrete: an example, an observation, a consequence. */
export const KONKRET = [
  'for eksempel', 'eksempel*', 'eksempelvis', 'blant annet', 'blant anna', 'ved at', 'ved å', 'observert', 'observerte',
  'observasjon*', 'har sett', 'har vi sett', 'såg', 'konkret*', 'episode*', 'hendelse*', 'hending*', 'flere ganger',
  'fleire gonger', 'gjentatte ganger', 'gjentekne gonger', 'ved flere anledninger', 'ved fleire høve', 'hjemmebesøk*',
  'heimebesøk*', 'som viser', 'som viste', 'viser seg ved', 'viste seg ved', 'består i', 'består av', 'kommer til uttrykk',
  'kjem til uttrykk', 'dette innebærer', 'dette inneber', 'det vil si', 'konsekvens*', 'påvirker', 'påverkar', 'påvirket',
  'går ut over', 'går utover', 'fører til', 'førte til', 'gjør at', 'gjer at', 'opplevd', 'beskrev', 'fortalte', 'fortalde',
];

/** Sentences that only report process, not the child's situation. */
export const PROSESS_FRASER = [
  'saken ble meldt', 'saken ble meldt inn', 'saka vart meldt', 'saka blei meldt', 'saken er meldt', 'det kom inn bekymringsmelding',
  'det kom inn en bekymringsmelding', 'bekymringsmelding mottatt', 'melding mottatt', 'meldinga kom', 'det er avholdt møte',
  'det ble avholdt møte', 'det vart halde møte', 'det er halde møte', 'det er gjennomført møte', 'det ble gjennomført møte',
  'det er gjennomført samtale', 'det ble gjennomført samtale', 'det er gjennomført hjemmebesøk', 'det ble gjennomført hjemmebesøk',
  'det er gjennomført heimebesøk', 'undersøkelse ble gjennomført', 'undersøkelsen ble avsluttet', 'undersøkinga vart avslutta',
  'saken ble drøftet', 'saken er drøftet', 'saka vart drøfta', 'målene er gjennomgått med barnet', 'måla er gjennomgått med barnet',
  'barnet er enig i målene', 'er enig i målene', 'er enig med målene', 'er einig i måla', 'planen er gjennomgått',
  'planen er gjennomgått med', 'det vises til', 'det blir vist til', 'se vedtak', 'sjå vedtak', 'se journal', 'sjå journal',
  'se undersøkelsesrapport', 'det ble fattet vedtak', 'det er fattet vedtak', 'det vart gjort vedtak', 'vedtak om hjelpetiltak',
  'hjelpetiltak ble iverksatt', 'tiltaket ble igangsatt', 'oppstartsmøte', 'ansvarsgruppemøte', 'samarbeidsmøte', 'møte',
  'barnevernstjenesten', 'barneverntjenesten', 'barnevernstenesta', 'dato', 'saken', 'saka', 'meldt', 'melding*',
];

/** Words about the child's own situation (what a situasjonsbeskrivelse is about). */
export const SITUASJON = [
  ...BEHOV, 'hjemme', 'heime', 'familie*', 'søsken', 'sysken', 'glad', 'lei seg', 'sint', 'bekymr*', 'opplever', 'hverdag*',
  'kvardag*', 'rutine*', 'samvær*', 'aktivitet*', 'mat', 'måltid*', 'klasse*', 'lærer*', 'lærar*',
];

/** Evaluation formulas that say nothing on their own. */
export const EVALUERING_FRASER = [
  'tiltakene fortsetter', 'tiltaket fortsetter', 'tiltaka held fram', 'tiltaket held fram', 'fortsetter som før',
  'held fram som før', 'videreføres', 'vidareførast', 'vidareførest', 'som før', 'som planlagt', 'skal starte opp nå',
  'starter opp nå', 'skal starte opp', 'tek til no', 'fungerer bra', 'fungerer fint', 'fungerer godt', 'går bra', 'går fint',
  'alt går bra', 'alt går fint', 'ingen endring', 'inga endring', 'ingen endringer', 'uendret', 'status quo',
  'tiltakene', 'tiltaket', 'tiltaka', 'tiltak', 'fortsetter', 'held fram', 'nå', 'no',
];

/** Whether the help works as intended (bvl. § 8-1). */
export const HJELPEN_VIRKER = [
  'fungerer', 'fungert', 'fungerte', 'fungerar', 'virker', 'verkar', 'virket', 'verka', 'etter hensikten', 'etter føremålet',
  'etter intensjonen', 'effekt*', 'endring*', 'framgang', 'fremgang', 'framsteg', 'bedring', 'betring', 'forbedring*',
  'forverring*', 'verre', 'bedre', 'betre', 'utvikling*', 'måloppnåelse', 'måloppnåing', 'oppnådd', 'nådd', 'nått',
  'delvis', 'på vei', 'på veg', 'hjelper', 'hjelpt', 'hjulpet', 'nytte*', 'nyttig*', 'bidratt', 'bidrege', 'ført til',
];

/** Words for measures (to see that the child talks about them). */
export const TILTAK_ORD = [
  'tiltak*', 'hjelpetiltak*', 'støttekontakt*', 'besøkshjem*', 'besøksheim*', 'avlastning*', 'avlasting*', 'familieveileder*',
  'familierettleiar*', 'veileder*', 'rettleiar*', 'veiledning*', 'rettleiing*', 'miljøterapeut*', 'miljøarbeider*',
  'miljøarbeidar*', 'hjemmekonsulent*', 'heimekonsulent*', 'pmto', 'mst', 'fft', 'tibir', 'marte meo', 'leksehjelp*',
  'fritidsaktivitet*', 'aktivitet*', 'fotball*', 'håndball*', 'handball*', 'samtale*', 'møte*', 'møtene', 'treff*',
  'hjelp*', 'kurs*', 'gruppe*', 'terapi*', 'behandling*', 'psykolog*', 'helsesykepleier*', 'helsesjukepleiar*',
  'ungdomskontakt*', 'kontaktperson*', '*kontakt', '*kontakten', '*avtale', '*avtalen', 'oppstart*', 'planen', 'ukeplan*',
  'opplegg*', 'fortsette', 'halde fram', 'slutte', 'besøk*', 'samvær*',
];

/** Disagreement with the decision or the goals. */
export const UENIG = [
  'uenig', 'ueinig', 'ikke enig', 'ikkje einig', 'ønsker ikke', 'ønskjer ikkje', 'ynskjer ikkje', 'vil ikke', 'vil ikkje',
  'ønsket ikke', 'ønskte ikkje', 'ville ikke', 'ville ikkje', 'motsetter seg', 'set seg imot', 'er imot', 'er mot',
  'skeptisk*', 'protesterer', 'nekter', 'nektar', 'ikke ønske', 'ikkje ønske',
];

/** Reasons that show a deviation from the child's wish was weighed. */
export const AVVIK_GRUNN = [
  ...GRUNN, 'likevel', 'likevél', 'til tross for', 'trass i', 'selv om', 'sjølv om', 'imidlertid', 'derimot', 'men',
  'vektlagt mindre', 'ikke avgjørende', 'ikkje avgjerande', 'veid opp mot', 'vege opp mot', 'veid mot', 'mindre vekt',
];

/** Omfang: hours, frequencies, intervals — in the omfang field or in the tiltak text. */
export const OMFANG = [
  'time', 'timer', 'timar', 't', 'tim', 'min', 'minutt*', 'døgn', 'dag', 'dager', 'dagar', 'daglig', 'dagleg', 'uke', 'uka',
  'uken', 'uker', 'veke', 'veka', 'veker', 'ukentlig', 'ukentleg', 'vekentleg', 'måned', 'måneden', 'måneder', 'mnd',
  'månad', 'månaden', 'månader', 'månedlig', 'månadleg', 'kvartal*', 'helg', 'helga', 'helger', 'helgar', 'gang', 'ganger',
  'gong', 'gonger', 'annenhver', 'annakvar', 'hver', 'kvar', 'hyppig*', 'frekvens*', 'per', 'pr', 'besøk', 'møter', 'samtaler',
];

/** Vague goal words («få det bedre», «trives», «fungere bedre»). */
export const VAGE_MAL = [
  'bedre', 'betre', 'trives', 'trivst', 'trivast', 'trivsel', 'fungere', 'fungerer', 'fungering', 'ha det bra', 'ha det godt',
  'ha det fint', 'få det bra', 'få det godt', 'få det betre', 'få det bedre', 'tryggere', 'tryggare', 'gladere', 'gladare',
  'roligere', 'roligare', 'stabil*', 'god utvikling', 'god omsorg', 'positiv utvikling', 'positiv endring', 'mestre', 'meistre',
  'mestring', 'meistring', 'økt', 'auka', 'styrke*', 'styrkj*', 'bedring', 'betring', 'velvære', 'livskvalitet', 'harmonisk',
  'normal hverdag', 'normal kvardag', 'trygg hverdag', 'trygg kvardag', 'trygg oppvekst', 'god oppvekst', 'bra', 'godt',
];

/** What makes a goal observable: amounts, frequencies, concrete behaviour. */
export const OBSERVERBART = [
  'minst', 'maks', 'maksimalt', 'høyst', 'høgst', 'innen', 'innan', 'per', 'pr', 'hver', 'kvar', 'ganger', 'gonger', 'gong',
  'gang', 'dager', 'dagar', 'uke', 'uka', 'uker', 'veke', 'veka', 'veker', 'måned*', 'månad*', 'timer', 'kl', 'klokka',
  'klokken', 'prosent', 'møter opp', 'møte opp', 'møter på', 'deltar', 'delta', 'deltek', 'går på', 'går til', 'sover',
  'søv', 'spiser', 'et', 'leverer', 'henter', 'følger', 'fylgjer', 'legger seg', 'legg seg', 'står opp', 'kommer hjem',
  'kjem heim', 'forteller', 'fortel', 'sier', 'seier', 'gjennomfører', 'fullfører', 'ringer', 'ringjer', 'svarer', 'øver',
  'øvar', 'trener', 'trenar', 'registrer*', 'fravær*', 'oppmøte*', 'karakter*', 'kartlegg*', 'observer*', 'skår*',
];

/** Duration of a granted measure. */
export const VARIGHET = [
  'varighet*', 'varigheit*', 'varer', 'varar', 'vare', 'periode*', 'til og med', 'fram til', 'frem til', 'inntil',
  'ett år', 'eitt år', 'et år', 'ett skoleår', 'sluttdato', 'opphører', 'opphøyrer', 'tidsavgrens*', 'gjelder fra',
  'gjeld frå', 'avsluttes', 'avsluttast', 'ut skoleåret', 'ut skuleåret', 'halvår*',
];

/** When a granted measure is evaluated. */
export const EVALUERINGSTID = [
  'evaluer*', 'evaluering*', 'vurderes på nytt', 'vurderast på nytt', 'vurderes igjen', 'ny vurdering', 'gjennomgås',
  'gjennomgåast', 'revurder*', 'evalueringsmøte*', 'ansvarsgruppemøte*', 'oppfølgingsmøte*', 'følges opp', 'følgjast opp',
];

/** Appeal information in a vedtak. */
export const KLAGE = ['klage*', 'klagerett*', 'klagefrist*', 'klageadgang*', 'klagetilgang*', 'klaga', 'klagast', 'påklag*'];

/** Decision words for ending a measure or the case. */
export const AVSLUTNING_BARNEFOKUS = [
  'barnets beste', 'barnet sitt beste', 'beste for barnet', 'barnets behov', 'barnet sine behov', 'barnet har ikke lenger behov',
  'barnet har ikkje lenger behov', 'ikke lenger behov', 'ikkje lenger behov', 'ikke behov for', 'ikkje behov for',
  'målet er nådd', 'målet er nått', 'måla er nådde', 'målene er nådd', 'målene er oppnådd', 'måloppnåelse', 'måloppnåing',
  'barnet trives', 'barnet har det', 'barnets situasjon', 'barnet sin situasjon', 'barnets utvikling', 'barnet si utvikling',
  'trygg', 'trygt', 'tryggleik', 'trygghet', 'barnets ønske', 'barnet ønsker', 'barnet ønskjer', 'barnet sier', 'barnet seier',
  'fungerer godt for barnet', 'god utvikling', 'stabil',
];

/** Further needs considered when a measure ends (Q-0982). */
export const VIDERE_BEHOV = [
  'videre behov', 'vidare behov', 'behov for andre tiltak', 'behov for nye tiltak', 'behov for ytterligere', 'ytterligere tiltak',
  'ytterlegare tiltak', 'behov for videre', 'behov for vidare', 'ikke behov for videre', 'ikkje behov for vidare', 'ikke lenger behov',
  'ikkje lenger behov', 'annen oppfølging', 'anna oppfølging', 'videre oppfølging', 'vidare oppfølging', 'følges opp av',
  'følgjast opp av', 'overføres', 'overførast', 'henvis*', 'tilvis*', 'helsestasjon*', 'skolehelsetjeneste*', 'skulehelseteneste*',
  'fastlege*', 'bup', 'ppt', 'nav', 'familievernkontor*', 'andre instanser', 'andre instansar', 'lavterskel*', 'lågterskel*',
  'ta kontakt igjen', 'ta kontakt på nytt', 'kan kontakte', 'kan ta kontakt', 'nye tiltak', 'andre tiltak',
];

/** Parents' views stated in an assessment. */
export const FORELDRES_SYN = [
  'foreldrene mener', 'foreldra meiner', 'foreldrene ønsker', 'foreldra ønskjer', 'foreldrene ynskjer', 'foreldrene er enige',
  'foreldra er einige', 'foreldrene er uenige', 'foreldra er ueinige', 'foreldrenes syn', 'foreldra sitt syn', 'foreldrenes ønske',
  'mor mener', 'mor meiner', 'far mener', 'far meiner', 'mor ønsker', 'mor ønskjer', 'far ønsker', 'far ønskjer', 'mor sier',
  'mor seier', 'far sier', 'far seier', 'mor er enig', 'mor er einig', 'far er enig', 'far er einig', 'mor er uenig', 'far er uenig',
  'mor opplever', 'far opplever', 'foreldrene opplever', 'foreldra opplever', 'foreldrene forteller', 'foreldra fortel',
  'samtykk*', 'foreldrene har uttalt', 'foreldra har uttalt', 'foreldrene gir uttrykk', 'foreldra gir uttrykk',
  'mor gir uttrykk', 'far gir uttrykk', 'omsorgspersonene mener', 'omsorgspersonane meiner',
];

/** Family ties (bvl. § 12-5 third sentence). */
export const FAMILIEBAND = [
  'familiebånd*', 'familieband*', 'familierelasjon*', 'familieliv*', 'storfamilie*', 'nettverk*', 'søsken*', 'sysken*', 'besteforeld*', 'slekt*', 'bo hjemme',
  'bu heime', 'bor hjemme', 'bur heime', 'i hjemmet', 'i heimen', 'hos foreldrene', 'hos foreldra', 'hos mor', 'hos far',
  'samvær*', 'kontakt med', 'kontakten med', 'relasjon* til', 'tilknytning*', 'bo sammen med', 'bor sammen med', 'bu saman med',
  'bur saman med', 'lillebror*', 'lillesøster*', 'storebror*', 'storesøster*', 'veslebror*', 'veslesyster*', 'fortsette å bo',
  'halde fram å bu', 'flytte fra', 'flytte frå', 'utenfor hjemmet', 'utanfor heimen',
];

/** The child's view referred to in an assessment. */
export const BARNETS_MENING = [
  'barnets mening', 'barnet si meining', 'barnets meining', 'barnets syn', 'barnet sitt syn', 'barnets ønske*', 'barnet sitt ønske',
  'barnets synspunkt*', 'barnet sine synspunkt', 'barnets stemme', 'barnet sin stemme', 'barnet sier', 'barnet seier',
  'barnet forteller', 'barnet fortel', 'barnet ønsker', 'barnet ønskjer', 'barnet ynskjer', 'barnet mener', 'barnet meiner',
  'barnet har sagt', 'barnet har fortalt', 'barnet har gitt uttrykk', 'barnet gir uttrykk', 'hun sier', 'han sier', 'ho seier',
  'han seier', 'hun ønsker', 'han ønsker', 'ho ønskjer', 'han ønskjer', 'hun forteller', 'han forteller', 'ho fortel', 'han fortel',
  'sier selv', 'seier sjølv', 'selv sier', 'sjølv seier', 'eget ønske', 'eige ønske', 'egne ønsker', 'eigne ønske',
  'hennes ønske*', 'hans ønske*', 'hennar ønske', 'ønsket hennes', 'ønsket hans', 'ønsket hennar', 'hennes syn', 'hans syn',
  'hennar syn', 'hennes mening', 'hans mening', 'hennar meining', 'hans meining', 'det hun sier', 'det han sier', 'det ho seier',
  'det han seier', 'det hun forteller', 'det han forteller', 'det ho fortel', 'det han fortel', 'det hun har sagt', 'det han har sagt',
  'selv har vist', 'sjølv har vist', 'selv har fortalt', 'sjølv har fortalt', 'selv ønsker', 'sjølv ønskjer', 'selv forteller',
  'sjølv fortel', 'selv beskriver', 'sjølv skildrar', 'synspunkt*',
  // Small children: what they show is their voice.
  'observ*', 'det vi har sett', 'det vi har sett av', 'det barnet viser', 'det hun viser', 'det han viser', 'det ho viser',
  'barnets uttrykk', 'barnet sine uttrykk', 'barnets signal*', 'barnet sine signal', 'barnets reaksjon*', 'barnet sine reaksjonar',
];

/** The service's own assessment language (not only restated facts). */
export const VURDERINGSORD = [
  'vurder*', 'etter barnevernstjenestens syn', 'etter barnevernstenesta sitt syn', 'mener', 'meiner', 'konkluder*',
  'tilsier', 'taler for', 'taler mot', 'talar for', 'talar mot', 'legger vekt', 'legg vekt', 'bekymr*', 'derfor', 'difor',
  'fordi', 'ettersom', 'på bakgrunn av', 'samlet sett', 'samla sett', 'etter vår vurdering', 'etter vårt syn', 'anser', 'finner',
  'finn', 'betydning for', 'innebærer', 'inneber', 'risiko*', 'beskyttelse*', 'vern*', 'belastning*', 'ressurs*',
];

/** Granting words that show a vedtak grants (not ends) a measure. */
export const INNVILGER = ['innvilg*', 'tilbys', 'tilbydd', 'vedtak om hjelpetiltak', 'iverksett*', 'setter i verk', 'set i verk', 'får tilbud', 'får tilbod'];

/** Reasons for extending the undersøkelse beyond three months (bvl. § 2-2: «i spesielle tilfeller»). */
export const UTVIDET_FRIST = [
  'utvidet frist', 'utvida frist', 'fristen er utvidet', 'fristen vart utvida', 'fristen ble utvidet', 'forlenget frist',
  'forlenga frist', 'fristen er forlenget', 'fristen ble forlenget', 'fristforlengelse', 'fristforlenging', 'utvidet undersøkelse',
  'utvida undersøking', 'utvidet til seks måneder', 'utvida til seks månader', 'særlige tilfeller', 'særlege tilfelle',
  'spesielle tilfeller', 'spesielle tilfelle', 'særlig tilfelle', 'seks måneder', 'seks månader', '6 måneder', '6 månader',
];
