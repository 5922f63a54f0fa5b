/**
 * Who is who in a sentence about a child: words that refer to the child, to others who speak about the
 * child (parents, school, services), and the pronouns that may refer to either. Bokmål and nynorsk.
 *
 * Gender decides what «hun»/«han» can refer to: 'f', 'm', 'u' (either), or 'n' for never — institutions,
 * plurals («vi», «foreldrene») and the writer's own role («saksbehandler»), which the documents do not
 * refer back to with «hun»/«han» («Saksbehandler snakket med [navn] alene. Hun sier …» is the child).
 */
export type Gender = 'f' | 'm' | 'n' | 'u';
export interface PersonWord {
  role: 'child' | 'proxy';
  gender: Gender;
}

// Maps, not objects: a word like «constructor» must not find Object's own properties.
const CHILD_WORDS = new Map<string, Gender>(Object.entries({
  barnet: 'u', barna: 'u', gutten: 'm', guten: 'm', jenta: 'f', jenten: 'f', ungdommen: 'u', ungdomen: 'u',
  sønnen: 'm', sonen: 'm', dattera: 'f', datteren: 'f', dottera: 'f', tenåringen: 'u', tenåringa: 'u',
}) as [string, Gender][]);

const PROXY_WORDS = new Map<string, Gender>(Object.entries({
  mor: 'f', moren: 'f', mora: 'f', mamma: 'f', mammaen: 'f', far: 'm', faren: 'm', pappa: 'm', pappaen: 'm',
  stemor: 'f', stefar: 'm', bestemor: 'f', bestefar: 'm', mormor: 'f', farmor: 'f', morfar: 'm', farfar: 'm',
  fostermor: 'f', fosterfar: 'm', tante: 'f', onkel: 'm', søster: 'f', søsteren: 'f', syster: 'f', systera: 'f',
  bror: 'm', broren: 'm', foreldre: 'n', foreldrene: 'n', foreldra: 'n', forelder: 'u', forelderen: 'u',
  besteforeldre: 'n', besteforeldrene: 'n', fosterforeldre: 'n', fosterforeldrene: 'n', familien: 'n',
  søsken: 'n', søsknene: 'n', naboen: 'u', melderen: 'u', rektor: 'u', rektoren: 'u',
  lege: 'u', legen: 'u', fastlege: 'u', fastlegen: 'u', psykolog: 'u', psykologen: 'u', helsesøster: 'f',
  vi: 'n', de: 'n', dei: 'n', saksbehandler: 'n', saksbehandleren: 'n', saksbehandlar: 'n', saksbehandlaren: 'n',
  undertegnede: 'n', undertegna: 'n',
  skolen: 'n', skulen: 'n', skole: 'n', skule: 'n', barnehagen: 'n', barnehage: 'n', ppt: 'n', bup: 'n', nav: 'n',
  politiet: 'n', barnevernet: 'n', helsestasjonen: 'n', tjenesten: 'n', tenesta: 'n', kommunen: 'n',
}) as [string, Gender][]);

/** Compound nouns for roles: «kontaktlæreren», «familieveilederen», «helsesykepleier», «barnevernstjenesten». */
const PROXY_ENDINGS: Array<[RegExp, Gender]> = [
  [/^barnevern(s)?konsulent(en)?$/u, 'n'],
  [/(lærer|lærar)(en|ar|arane|ane|ne|e)?$/u, 'u'],
  [/(veileder|rettleiar|veiledar)(en|e|ne)?$/u, 'u'],
  [/(sykepleier|sjukepleiar)(en|e|ne)?$/u, 'u'],
  [/støttekontakt(en|er|ene)?$/u, 'u'],
  [/(terapeut|konsulent|miljøarbeider|tiltaksarbeider|koordinator)(en|e|ne)?$/u, 'u'],
  [/(tjenesten|tenesta|kontoret|senteret|etaten)$/u, 'n'],
  [/(foreldr|føresett)/u, 'n'],
];

/** Pronouns that may refer to the child (third person; first person only counts inside quotes). */
export const PRONOUNS = new Map<string, Gender>([['hun', 'f'], ['ho', 'f'], ['han', 'm']]);
export const FIRST_PERSON = new Set(['jeg', 'eg', 'meg', 'min', 'mitt', 'mine', 'mi']);

/** Without a genitive s («barnets» → «barnet»); short words are left alone. */
const withoutGenitive = (lower: string) => (lower.length > 3 && lower.endsWith('s') ? lower.slice(0, -1) : lower);

function roleWord(lower: string): PersonWord | null {
  const base = withoutGenitive(lower);
  const childGender = CHILD_WORDS.get(lower) ?? CHILD_WORDS.get(base);
  if (childGender) return { role: 'child', gender: childGender };
  const proxyGender = PROXY_WORDS.get(lower) ?? PROXY_WORDS.get(base);
  if (proxyGender) return { role: 'proxy', gender: proxyGender };
  for (const [ending, gender] of PROXY_ENDINGS) if (ending.test(lower)) return { role: 'proxy', gender };
  return null;
}

/** Asked for every word of every sentence read for the child's voice: remembered per word, as stems are. */
const roles = new Map<string, PersonWord | null>();

export function personWord(lower: string, childNames: ReadonlySet<string>): PersonWord | null {
  if (childNames.has(lower) || childNames.has(withoutGenitive(lower))) return { role: 'child', gender: 'u' };
  let role = roles.get(lower);
  if (role === undefined) {
    role = roleWord(lower);
    if (roles.size > 20000) roles.clear();
    roles.set(lower, role);
  }
  return role;
}

/** The child's names, lower-cased, from the form's «Barnets navn» (placeholders and initials left out). */
export function childNamesFrom(fullName: string | undefined): ReadonlySet<string> {
  // Asked for by every rule that reads the child's voice: the last answer is kept.
  if (fullName === lastName.fullName) return lastName.names;
  const names = new Set<string>();
  if (fullName) {
    for (const m of fullName.normalize('NFC').replace(/\[[^\]]*\]|<[^>]*>/gu, ' ').matchAll(/\p{Lu}[\p{L}'’-]+/gu)) {
      // The first name's initial too: anonymised records write «E. forteller …».
      if (names.size === 0) names.add(m[0][0]!.toLowerCase());
      names.add(m[0].toLowerCase());
    }
  }
  lastName = { fullName, names };
  return names;
}

let lastName: { fullName: string | undefined; names: ReadonlySet<string> } = { fullName: undefined, names: new Set() };
