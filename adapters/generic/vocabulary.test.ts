import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELDS, ROWS, type FieldSpec } from '../../rules/model/fields';
import { EXTRA_SYNONYMS } from './synonyms';
import { buildVocabulary, matchLabel, normaliseLabel, words } from './vocabulary';

const vedtak = buildVocabulary(FIELDS.vedtak);
const best = (label: string, vocab = vedtak) => matchLabel(label, vocab)[0]?.name;

describe('normaliseLabel', () => {
  it.each([
    ['Barnets synspunkter:', 'barnets synspunkter'],
    ['  Vedtaksdato *', 'vedtaksdato'],
    ['Hjemmel (valgfritt)', 'hjemmel'],
    ['Hjemmel (Valfritt):', 'hjemmel'],
    ['1. Sakens bakgrunn', 'sakens bakgrunn'],
    ['2.3 Barnets beste', 'barnets beste'],
    ['b) Vurdering', 'vurdering'],
    ['Barnets\u00a0\n  stemme', 'barnets stemme'],
    ['Korleis ser vi at målet er nådd?', 'korleis ser vi at målet er nådd'],
    ['Vurdering obligatorisk', 'vurdering'],
    ['Hjemmel – påkrevd *', 'hjemmel'],
    ['Barnets synspunkter, må fylles ut:', 'barnets synspunkter'],
    ['Heimel (påkravd)', 'heimel'],
    ['Obligatorisk', 'obligatorisk'],
  ])('%j → %j', (label, expected) => expect(normaliseLabel(label)).toBe(expected));

  it('splits into words on any non-letter, keeping æøå', () => {
    expect(words('Barnets beste-vurdering:')).toBe('barnets beste vurdering');
    expect(words('Plan nr. 3 (påkrevd)')).toBe('plan nr 3');
    expect(words('Måloppnåelse/Status')).toBe('måloppnåelse status');
  });
});

describe('matchLabel', () => {
  it('prefers an exact synonym, in bokmål and nynorsk', () => {
    expect(matchLabel('Barnets meining', vedtak)).toEqual([{ name: 'barnetsSynspunkter', score: 3 }]);
    expect(best('Barnevernstenesta si vurdering')).toBe('vurdering');
    expect(best('Vurdering av barnets beste')).toBe('barnetsBeste');
  });

  it('falls back to a synonym contained as whole words, the head noun first', () => {
    expect(best('Hjemmel for vedtaket')).toBe('hjemmel');
    expect(best('Klageadgang og innsyn')).toBe('klageadgang');
    expect(best('Barnets synspunkter og medvirkning')).toBe('barnetsSynspunkter');
  });

  it('accepts a definite or plural ending on the last word', () => {
    const plan = buildVocabulary([{ name: 'delmal', kind: 'text', labels: ['Delmål'] }]);
    expect(best('Beskrivelse av delmålet', plan)).toBe('delmal');
    expect(best('Delmåla', plan)).toBe('delmal');
    expect(best('Delmålsansvarlig', plan)).toBeUndefined();
  });

  it('never matches inside a word (æøå-safe word edges)', () => {
    expect(best('Barnetsbestemor')).toBeUndefined();
    expect(best('Målgruppe')).toBeUndefined();
    expect(best('Hjemmelsgrunnlag')).toBeUndefined();
    expect(best('Samtale med barnet')).toBe('barnetsSynspunkter');
    expect(best('Vedtaksdatoformat')).toBeUndefined();
  });

  it('uses a pack\'s extra synonyms', () => {
    const vocab = buildVocabulary(FIELDS.vedtak, { barnetsSynspunkter: ['Slik har jeg det'] });
    expect(best('Slik har jeg det', vocab)).toBe('barnetsSynspunkter');
    expect(best('Slik har jeg det', vedtak)).toBeUndefined();
  });

  it('is unaffected by case, surrounding whitespace, a trailing colon/asterisk and «(valgfritt)» (property)', () => {
    const labels = FIELDS.vedtak.flatMap((f) => f.labels);
    fc.assert(
      fc.property(
        fc.constantFrom(...labels),
        fc.constantFrom('', ':', ' *', ' (valgfritt)', ': *', ' (valgfritt):'),
        fc.constantFrom('', ' ', '\n  ', '\u00a0'),
        fc.boolean(),
        (label, suffix, pad, upper) => {
          const shown = pad + (upper ? label.toUpperCase() : label) + suffix + pad;
          expect(matchLabel(shown, vedtak)).toEqual(matchLabel(label, vedtak));
          expect(matchLabel(shown, vedtak)[0]?.score).toBe(3);
        },
      ),
    );
  });

  it('finds a synonym only as whole words, for any letters incl. æøå (property)', () => {
    const word = fc.stringMatching(/^[a-zæøå]{2,8}$/);
    fc.assert(
      fc.property(word, word, fc.constantFrom('æ', 'ø', 'å', 's', 'x'), (a, b, glue) => {
        fc.pre(a !== b && !`${b}${a}`.startsWith(a));
        const vocab = buildVocabulary([{ name: 'x', kind: 'text', labels: [a] }]);
        expect(matchLabel(`${b} ${a}`, vocab)[0]?.name).toBe('x');
        expect(matchLabel(`${a}: ${b}`, vocab)[0]?.name).toBe('x');
        expect(matchLabel(`${glue}${a}`, vocab)).toEqual([]);
        expect(matchLabel(`${a}${glue}`, vocab)).toEqual([]);
        expect(matchLabel(`${b}${a}`, vocab)).toEqual([]);
      }),
    );
  });

  it.each([
    // Any phrasing of the child's voice, bokmål and nynorsk: none of these is a listed synonym.
    ['Hva sier barnet?', 'barnetsSynspunkter'],
    ['Hva har barnet sagt', 'barnetsSynspunkter'],
    ['Kva barnet meiner', 'barnetsSynspunkter'],
    ['Barnets egne synspunkter', 'barnetsSynspunkter'],
    ['Barnets ønsker og meninger', 'barnetsSynspunkter'],
    ['Barnets uttalelse', 'barnetsSynspunkter'],
    ['Barnets rett til medvirkning', 'barnetsSynspunkter'],
    ['Hvordan har barnet fått medvirke?', 'barnetsSynspunkter'],
    ['Samtaler med barnet', 'barnetsSynspunkter'],
    ['Barnet si stemme', 'barnetsSynspunkter'],
    ['Hva har barnet fortalt?', 'barnetsSynspunkter'],
    ['Barnets opplevelse av situasjonen', 'barnetsSynspunkter'],
    ['Er barnet hørt?', 'barnetsSynspunkter'],
    ['Ungdommens synspunkter', 'barnetsSynspunkter'],
    // Templates that fill in the child's name.
    ['Kva meiner Sigrid sjølv?', 'barnetsSynspunkter'],
    ['3.2 Hva sier Emil om planen?', 'barnetsSynspunkter'],
    ['Hvordan har Emil fått medvirke?', 'barnetsSynspunkter'],
    ['Mors syn på Emils situasjon', 'foreldrenesSynspunkter'],
    ['Mors syn på saken', 'foreldrenesSynspunkter'],
    ['Hva mener foreldrene?', 'foreldrenesSynspunkter'],
    ['Foreldra si oppfatning og uttale', 'foreldrenesSynspunkter'],
    // Whose voice it is goes by who is named first.
    ['Foreldrenes syn på barnets situasjon', 'foreldrenesSynspunkter'],
    ['Barnets syn på samværet med far', 'barnetsSynspunkter'],
    // A synonym still beats the concept.
    ['Barnevernstjenestens vurdering av barnets mening', 'vurdering'],
  ])('names %j as %s', (label, name) => expect(best(label)).toBe(name));

  it.each([
    'Søk etter barn', 'Filtrer barn', 'Barnets situasjon', 'Barnets behov', 'Barnevernstjenestens syn', 'Antall barn i familien',
    'Barnehage', 'Barnets skole', 'Hva mener NAV?', '2. Foreldrenes syn på saken', 'Kommentar fra Kari Hansen',
  ])('does not take %j as the child\'s name or voice', (label) => {
    expect(['barnetsNavn', 'barnetsSynspunkter']).not.toContain(best(label));
  });

  it('takes «Barn» and «Barnet» as the child\'s name only as the whole label', () => {
    expect(best('Barn:')).toBe('barnetsNavn');
    expect(best('Barnet')).toBe('barnetsNavn');
    expect(best('Hva ønsker barnet')).toBe('barnetsSynspunkter');
    expect(best('Barnets navn')).toBe('barnetsNavn');
  });

  it.each(['Gjelder barn:', 'Barnet det gjelder', 'Barn (navn)', 'Navn på barn'])('still names the child from the case header label %j', (label) => {
    expect(matchLabel(label, buildVocabulary(FIELDS.vedtak, EXTRA_SYNONYMS))[0]?.name).toBe('barnetsNavn');
  });

  describe('realistic labels of each document type (built-in synonyms, rows included)', () => {
    type DocType = keyof typeof FIELDS;
    const rowFields = (t: DocType): FieldSpec[] => ROWS[t].flatMap((r) => [...r.fields, ...(r.rows ?? []).flatMap((n) => n.fields)]);
    const vocab = (t: DocType) => buildVocabulary([...FIELDS[t], ...rowFields(t)], EXTRA_SYNONYMS);
    it.each([
      ['vedtak', 'Kort om saken', 'bakgrunn'], ['vedtak', 'Lovgrunnlag', 'hjemmel'], ['vedtak', 'Rettsgrunnlag for vedtaket', 'hjemmel'],
      ['vedtak', 'Hjemmelsgrunnlag', 'hjemmel'], ['vedtak', 'Klage', 'klageadgang'], ['vedtak', 'Meldingsdato', 'meldingMottatt'],
      ['vedtak', 'Dato for bekymringsmelding', 'meldingMottatt'], ['vedtak', 'Meldingen ble mottatt', 'meldingMottatt'],
      ['vedtak', 'Undersøkelsen ble avsluttet', 'undersokelseAvsluttet'],
      ['vedtak', 'Vurdering av hva som er til barnets beste', 'barnetsBeste'], ['vedtak', 'Vurdering av om tiltaket er til barnets beste', 'barnetsBeste'],
      ['vedtak', 'Barnevernstjenestens vurdering av barnets beste', 'vurdering'],
      ['tiltaksplan', 'Mål for tiltaksplanen', 'hovedmal'], ['tiltaksplan', 'Overordnet målsetting', 'hovedmal'],
      ['tiltaksplan', 'Startdato', 'planperiodeFra'], ['tiltaksplan', 'Sluttdato', 'planperiodeTil'],
      ['tiltaksplan', 'Evalueringsdato', 'nesteEvaluering'], ['tiltaksplan', 'Dato for evaluering', 'nesteEvaluering'], ['tiltaksplan', 'Planlagt evaluering', 'nesteEvaluering'],
      ['tiltaksplan', 'Hva skal oppnås', 'delmal'], ['tiltaksplan', 'Hjelpetiltak', 'tiltak'], ['tiltaksplan', 'Hvem gjør hva', 'ansvarlig'],
      ['tiltaksplan', 'Hvor mye', 'omfang'], ['tiltaksplan', 'Tidsbruk', 'omfang'], ['tiltaksplan', 'Kriterier', 'indikatorer'],
      ['tiltaksplan', 'Slik vet vi at målet er nådd', 'indikatorer'], ['tiltaksplan', 'Hvordan skal målet måles?', 'indikatorer'],
      ['tiltaksplan', 'Nåsituasjon', 'situasjonsbeskrivelse'], ['tiltaksplan', 'Status i dag', 'situasjonsbeskrivelse'],
      ['evaluering', 'Evalueringsdato', 'evalueringsdato'], ['evaluering', 'Dato for evaluering', 'evalueringsdato'],
      ['evaluering', 'Er målet nådd?', 'evaluering'], ['evaluering', 'Ble delmålet oppnådd?', 'evaluering'],
      ['evaluering', 'Skal tiltaket fortsette?', 'beslutning'],
    ] as Array<[DocType, string, string]>)('%s: %j → %s', (type, label, name) => expect(matchLabel(label, vocab(type))[0]?.name).toBe(name));
  });
});
