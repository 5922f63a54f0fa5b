/**
 * The words the child-voice analysis (child-voice.ts) reads a sentence by: verbs of saying, asking,
 * wanting and agreeing (bokmål and nynorsk), and the small words around a subject and its verb.
 */
/** 'observe': what someone else sees, assesses or is told («vurderer», «ser at», «opplyses»), never the child's voice. */
type VerbKind = 'say' | 'ask' | 'want' | 'agree' | 'observe';
export interface Verb {
  words: string[];
  kind: VerbKind;
}

const VERB_LIST: Array<[string, VerbKind]> = [
  ...'sier sa seier forteller fortalte fortel fortalde uttrykker uttrykte uttrykkjer mener mente meiner meinte opplever opplevde synes syntes synest beskriver beskrev skildrar forklarer forklarte formidler formidlet formidla svarer svarte tenker tenkte tror trodde trur uttaler uttalte understreker påpeker sagt fortalt uttrykt ment opplevd beskrevet forklart formidlet svart tenkt opplyser opplyste opplyst nevner nevnte nevnt nemner nemnde ytrer ytret ytra hevder hevdet påstår påsto presiserer presiserte utdyper utdypet skriver skrev skriv skreiv melder meldte meldt bekrefter bekreftet bekrefta stadfester oppgir oppga oppgav oppgitt rapporterer rapporterte fremkommer framkommer fremkom framkom forklarar svarar tenkjer formidlar påpeikar hevdar understrekar stadfestar oppgjev'
    .split(' ')
    .map((w): [string, VerbKind] => [w, 'say']),
  ...['gir uttrykk for', 'ga uttrykk for', 'gitt uttrykk for', 'gav uttrykk for', 'uttaler seg', 'uttalte seg', 'uttalt seg', 'har lyst', 'hadde lyst', 'kom fram med', 'kommer fram med', 'kom frem med', 'kommer frem med',
    'gjev uttrykk for', 'gjeve uttrykk for', 'gjev beskjed om', 'gjeve beskjed om', 'gir beskjed om', 'ga beskjed om', 'gav beskjed om', 'gitt beskjed om', 'sier fra', 'sa fra', 'sier ifra', 'sa ifra', 'seier frå', 'sa frå',
    'er opptatt av', 'var opptatt av', 'er oppteken av', 'var oppteken av',
    ...['tydelig', 'tydeleg', 'klar', 'bestemt'].flatMap((w) => [`er ${w} på`, `var ${w} på`]),
    // Impersonal: the speaker is the person of a phrase before it («I samtale med barnet kom det fram at …»).
    ...['kom', 'kommer', 'går', 'gikk', 'gjekk'].flatMap((v) => [`${v} det frem`, `${v} det fram`]),
    // An infinitive after a modal or «å (få)» counts when it says what: «kunne fortelle at», «å få si at».
    ...'si seie fortelle fortelje forklare beskrive uttrykke formidle'.split(' ').map((v) => `${v} at`)]
    .map((w): [string, VerbKind] => [w, 'say']),
  ...['vurderer', 'vurderte', 'vurdert', 'observerer', 'observerte', 'observert', 'registrerer', 'registrerte', 'erfarer',
    'erfarte', 'ser at', 'så at', 'merker at', 'merket at', 'legger merke til', 'la merke til', 'sies', 'opplyses',
    'fortelles', 'meldes', 'beskrives', 'uttrykkes', 'formidles', 'hevdes', 'vurderes', 'antas', 'oppfattes',
    'inntrykk av at', 'virker som om', 'virka som om', 'ser ut som om', 'ser ut til at', 'synes som om', 'verkar som om']
    .map((w): [string, VerbKind] => [w, 'observe']),
  // Asking: the child's question is its voice; the caseworker's question is not a report about the child.
  ...['spør', 'spurte', 'spurt', 'spurde', 'spurd', 'ber', 'ba', 'bad', 'lurer på', 'lurte på', 'lurar på', 'lurte', 'undrer seg', 'undret seg']
    .map((w): [string, VerbKind] => [w, 'ask']),
  // Answers without words.
  ...['nikker', 'nikket', 'nikka', 'rister på hodet', 'ristet på hodet', 'rista på hovudet', 'ristar på hovudet']
    .map((w): [string, VerbKind] => [w, 'say']),
  ...['har et ønske om', 'har eit ønske om', 'har eit ynske om', 'har et sterkt ønske om', 'har eit sterkt ønske om',
    'har eit sterkt ynske om', 'hadde et ønske om', 'hadde eit ynske om'].map((w): [string, VerbKind] => [w, 'want']),
  ...'vil ville ønsker ønsket ønskjer ynskjer liker likte likar savner savnet saknar håper håpet gruer gruet gleder gledet trives trivdes trivst'
    .split(' ')
    .map((w): [string, VerbKind] => [w, 'want']),
  ...['er enig', 'var enig', 'er einig', 'var einig', 'samtykker', 'samtykket', 'godtar', 'godtok', 'aksepterer', 'aksepterte', 'godkjenner', 'slutter seg til']
    .map((w): [string, VerbKind] => [w, 'agree']),
];
const VERBS: Verb[] = VERB_LIST.map(([w, kind]) => ({ words: w.split(' '), kind })).sort(
  (a, b) => b.words.length - a.words.length,
);
/** Verbs by their first word (longest first), so each word is looked up once. */
export const VERBS_BY_FIRST_WORD = new Map<string, Verb[]>();
for (const verb of VERBS) VERBS_BY_FIRST_WORD.set(verb.words[0]!, [...(VERBS_BY_FIRST_WORD.get(verb.words[0]!) ?? []), verb]);
export const VERB_WORDS = new Set(VERBS.flatMap((v) => v.words));

/** Words that may stand between a subject and its verb: «Lisa (12) har selv fortalt», «hun sier også». */
export const SKIPPABLE = new Set([
  'selv', 'sjølv', 'sjøl', 'også', 'òg', 'tydelig', 'tydeleg', 'klart', 'ofte', 'alltid', 'gjentatte', 'flere',
  'fleire', 'ganger', 'gonger', 'fortsatt', 'framleis', 'fremdeles', 'nå', 'no', 'da', 'då', 'har', 'hadde', 'kan',
  'kunne', 'skal', 'skulle', 'ikke', 'ikkje', 'aldri', 'år', 'gammel', 'gamle', 'til', 'oss', 'meg', 'meir', 'mer',
  'videre', 'vidare', 'igjen', 'att', 'både', 'bare', 'berre', 'å', 'få',
]);
export const NEGATIONS = new Set(['ikke', 'ikkje', 'aldri']);
export const COORDINATION = new Set(['og', 'men', 'samt']);
/** «vil få», «vil bli»: the future, not a wish. */
export const FUTURE_AFTER_VIL = new Set([
  'få', 'bli', 'verte', 'være', 'vere', 'kunne', 'måtte', 'trenge', 'fortsette', 'halde', 'holde', 'motta', 'starte',
  'begynne', 'merke', 'oppleve', 'bidra', 'gi', 'følge', 'avslutte', 'evaluere',
]);
/** After a verb: «sier ikke noe», «fortalte ingenting», «ville ikke snakke». */
export const SILENCE_AFTER = new Set(['noe', 'noko', 'mye', 'mykje', 'si', 'seie', 'snakke', 'snakka', 'fortelle', 'uttale', 'svare', 'prate']);
export const ATTRIBUTION_PREPOSITIONS = new Set(['ifølge', 'iflg']);
/** After «Barnets ønske»: «er å …», «er at …», «om å …» say what the view is (not «er tillagt vekt»). */
export const VIEW_CONTENT = new Set(['å', 'at']);
/**
 * Before a subject, a clause of doubt or condition: «Vi vet ikke hva Emil ønsker», «Hvis gutten vil det, …»,
 * «så lenge hun ønsker». («om» is read as a preposition: see `subjectOf`.)
 */
export const UNSURE_BEFORE_SUBJECT = new Set(['hvis', 'dersom', 'viss', 'om', 'hva', 'kva', 'hvorvidt', 'hvordan', 'korleis', 'lenge']);
/** «Emil ble spurt om …»: asked, not asking. */
export const PASSIVE_AUXILIARIES = new Set(['ble', 'blir', 'blitt', 'bli', 'vart', 'vert', 'vorte', 'blei']);
/** After «spurte Emil»: the question asked, not an answer («spurte Emil om han trives»). */
export const QUESTION_WORDS = new Set(['om', 'hva', 'hvordan', 'hvorfor', 'hvem', 'hvor', 'når', 'kva', 'korleis', 'kvifor', 'kven', 'kor']);
/** A phrase ending in one of these introduces what was said or seen: «kunne fortelle at», «virker som om». */
export const THAT_OR_IF = new Set(['at', 'om']);
/**
 * Prepositions whose object is no subject: «På spørsmål om skolen svarte Emil …», «Etter samtalen med mor sa
 * han …» (the verb comes second, the subject after it). Not «ifølge», which names who is speaking.
 */
export const PREPOSITIONS = new Set([
  'om', 'på', 'i', 'med', 'hos', 'hjå', 'til', 'fra', 'frå', 'av', 'ved', 'etter', 'under', 'før', 'for', 'mot', 'uten', 'utan',
  'overfor', 'sammen', 'saman', 'rundt', 'angående', 'vedrørende',
]);
/**
 * Whose view: «Barnets ønske», «barnet sitt ynske», «meininga til barnet»; «Etter mors syn», «Det er
 * skolens inntrykk at», «Vår vurdering er at» are someone else's.
 */
export const VIEW_NOUNS = /^(ønsk(e|er|et|a|ene)|ynsk(e|et|a)|mening(en|er|ene)?|meining(a|ar)?|syn(et)?|synspunkt(et|er|ene|a)?|opplevelse(n|r)?|oppleving(a)?|beskrivelse(n)?|skildring(a)?|forklaring(en|a)?|ord(a|ene)?|tank(er|ene|ar|ane)|oppfat(ning|ting)(en|a)?|vurdering(en|a)?|inntrykk(et)?|erfaring(en|a)?|bekymring(en|a)?)$/u;
/** «sin», «sitt»: «mor sin oppfatning», «barnet sitt ynske». */
export const REFLEXIVE_POSSESSIVES = new Set(['sin', 'sitt', 'si', 'sine']);
/** The writer's own view: «Vår vurdering er at …», «etter min mening», «vurderinga vår». */
export const WRITER_POSSESSIVES = new Set(['vår', 'vårt', 'våre', 'min', 'mitt', 'mi', 'mine']);
export const AGREEMENT_WORD = /^(enig|einig|samtykk\p{L}*|godta\p{L}*|godtok|godteke|aksept\p{L}*|greit|ok|fornøyd|nøgd)$/u;
export const PLAN_WORDS = /^(mål|målene|måla|målet|planen|plan|tiltaksplanen|tiltakene|tiltaka|tiltaket|tiltak|dette|det|opplegget|avtalen|avtalene|forslaget)$/u;
