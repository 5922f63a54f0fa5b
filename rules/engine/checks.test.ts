import { describe, expect, it } from 'vitest';
import type { Check } from '../pack/schema';
import { evaluatePack } from './evaluate';
import { document, pack, rule } from './test-support/build';

const TODAY = '2026-01-15';
const run = (check: Check, doc: ReturnType<typeof document>, extra = {}) =>
  evaluatePack(pack(rule(check, extra)), doc, { today: TODAY });
const fields = (check: Check, doc: ReturnType<typeof document>, extra = {}) =>
  run(check, doc, extra).findings.map((f) => f.field);

describe('present', () => {
  const check: Check = { type: 'present', field: 'situasjonsbeskrivelse', minWords: 4 };
  it('reports a missing, empty, placeholder-only or too short field', () => {
    expect(fields(check, document('tiltaksplan'))).toEqual([undefined]);
    expect(fields(check, document('tiltaksplan', { situasjonsbeskrivelse: ' ' }))).toEqual(['situasjonsbeskrivelse']);
    expect(fields(check, document('tiltaksplan', { situasjonsbeskrivelse: '[navn] -' }))).toEqual(['situasjonsbeskrivelse']);
    expect(fields(check, document('tiltaksplan', { situasjonsbeskrivelse: 'Se vedlegg.' }))).toHaveLength(1);
  });
  it('is quiet for substantive text', () => {
    const doc = document('tiltaksplan', { situasjonsbeskrivelse: 'Lisa strever med søvn og konsentrasjon på skolen.' });
    expect(run(check, doc).findings).toEqual([]);
  });
  it('counts a date or a short answer as filled in when no length is asked for', () => {
    expect(run({ type: 'present', field: 'nesteEvaluering' }, document('tiltaksplan', { nesteEvaluering: '15.06.2024' })).findings).toEqual([]);
    expect(run({ type: 'present', field: 'beslutning' }, document('evaluering', { beslutning: 'Nei' })).findings).toEqual([]);
    expect(run({ type: 'present', field: 'beslutning' }, document('evaluering', { beslutning: '[velg]' })).findings).toHaveLength(1);
  });
  it('uses the first field of a list that has content', () => {
    const listCheck: Check = { type: 'present', field: ['barnetsSynspunkter', 'situasjonsbeskrivelse'] };
    const doc = document('tiltaksplan', { barnetsSynspunkter: '', situasjonsbeskrivelse: 'Lisa sier hun trives.' });
    expect(run(listCheck, doc).findings).toEqual([]);
  });
});

describe('mentions', () => {
  it('require: needs `min` different terms', () => {
    const check: Check = { type: 'mentions', field: 'vurdering', terms: ['alternativ*', 'fordi', 'behov'], mode: 'require', min: 2 };
    expect(fields(check, document('vedtak', { vurdering: 'Vi har vurdert alternativene.' }))).toEqual(['vurdering']);
    expect(run(check, document('vedtak', { vurdering: 'Alternativene er ikke egnet fordi Lisa har behov for ro.' })).findings).toEqual([]);
  });
  it('forbid: reports every occurrence with its range', () => {
    const check: Check = { type: 'mentions', field: 'vurdering', terms: ['omsorgskompetanse'], mode: 'forbid' };
    const text = 'Mor mangler omsorgskompetanse. Omsorgskompetansen er lav.';
    const found = run(check, document('vedtak', { vurdering: text })).findings;
    expect(found.map((f) => text.slice(f.range!.start, f.range!.end))).toEqual(['omsorgskompetanse', 'Omsorgskompetansen']);
  });
});

describe('notOnlyStockPhrases', () => {
  const check: Check = {
    type: 'notOnlyStockPhrases', field: 'barnetsBeste', phrases: ['til barnets beste', 'tiltaket', 'anses å være'], minOtherWords: 4,
  };
  it('reports an assertion without reasons (seed 003, B12)', () => {
    expect(fields(check, document('vedtak', { barnetsBeste: 'Tiltaket anses å være til barnets beste.' }))).toEqual(['barnetsBeste']);
  });
  it('is quiet for a concrete assessment, and for an empty field', () => {
    const text = 'Tiltaket er til barnets beste fordi Lisa trenger faste rammer etter skolen og får det i besøkshjemmet.';
    expect(run(check, document('vedtak', { barnetsBeste: text })).findings).toEqual([]);
    expect(run(check, document('vedtak', { barnetsBeste: '' })).findings).toEqual([]);
  });
});

describe('childVoice', () => {
  const check: Check = { type: 'childVoice', field: 'barnetsSynspunkter', minStatements: 1, ignoreAgreementOnly: true };
  it('reports the child\'s situation told only by others, and agreement only', () => {
    expect(fields(check, document('vedtak', { barnetsSynspunkter: 'Mor opplever at barnet er lei seg.' }))).toEqual(['barnetsSynspunkter']);
    expect(fields(check, document('tiltaksplan', { barnetsSynspunkter: 'Hun er enig med målene.' }))).toHaveLength(1);
  });
  it('uses the child\'s name from the form', () => {
    const doc = document('vedtak', { barnetsNavn: 'Emil Berg', barnetsSynspunkter: 'Emil forteller at han savner fotballen.' });
    expect(run(check, doc).findings).toEqual([]);
  });
});

describe('date', () => {
  const period: Check = {
    type: 'date', from: { field: ['planperiodeFra', 'planperiode'] }, to: [{ field: 'planperiodeTil' }, { field: 'planperiode', pick: 'last' }],
    max: { months: { param: 'maksMnd' } },
  };
  const extra = { params: { maksMnd: 12 } };
  it('reports a plan period longer than the parameter (seed 001: 13.06.23–05.02.25)', () => {
    const found = run(period, document('tiltaksplan', { planperiode: '13.06.23–05.02.25' }), extra).findings;
    expect(found).toHaveLength(1);
    expect(found[0]!.field).toBe('planperiode');
  });
  it('is quiet for exactly twelve months and when dates are missing (unless asked to report)', () => {
    expect(run(period, document('tiltaksplan', { planperiodeFra: '01.02.2025', planperiodeTil: '01.02.2026' }), extra).findings).toEqual([]);
    expect(run(period, document('tiltaksplan'), extra).findings).toEqual([]);
    expect(run({ ...period, whenMissing: 'report' } as Check, document('tiltaksplan'), extra).findings).toHaveLength(1);
  });
  it('compares with the injected today', () => {
    const expired: Check = { type: 'date', from: { field: 'planperiodeTil' }, to: 'today', max: { days: 0 } };
    const doc = document('tiltaksplan', { planperiodeTil: '31.12.2025' });
    expect(evaluatePack(pack(rule(expired)), doc, { today: '2026-01-15' }).findings).toHaveLength(1);
    expect(evaluatePack(pack(rule(expired)), doc, { today: '2025-12-31' }).findings).toEqual([]);
  });
  it('reads a month or a season the way that favours the text', () => {
    const overdue: Check = { type: 'date', from: { field: 'nesteEvaluering' }, to: 'today', max: { days: 0 } };
    const april = document('tiltaksplan', { nesteEvaluering: 'i løpet av april 2026' });
    expect(evaluatePack(pack(rule(overdue)), april, { today: '2026-04-30' }).findings).toEqual([]);
    expect(evaluatePack(pack(rule(overdue)), april, { today: '2026-05-01' }).findings).toHaveLength(1);
    const interval: Check = { type: 'date', from: { field: 'evalueringsdato' }, to: { field: 'nesteEvaluering' }, max: { months: 3 } };
    expect(run(interval, document('evaluering', { evalueringsdato: '10.01.2026', nesteEvaluering: 'april 2026' })).findings).toEqual([]);
    expect(run(interval, document('evaluering', { evalueringsdato: '10.01.2026', nesteEvaluering: 'høsten 2026' })).findings).toHaveLength(1);
    expect(run(interval, document('evaluering', { evalueringsdato: '10.01.2026', nesteEvaluering: 'uke 16 2026' })).findings).toHaveLength(1);
  });
  it('takes both ends from the same words as one date, not a period', () => {
    const angitt: Check = { ...period, max: undefined, min: { days: 1 }, whenMissing: 'report' } as Check;
    expect(run(angitt, document('tiltaksplan', { planperiode: 'mars 2026' }), extra).findings).toHaveLength(1);
    expect(run(angitt, document('tiltaksplan', { planperiode: 'mars–juni 2026' }), extra).findings).toEqual([]);
  });
  it('ends a period written as a start and a length at the start plus the length', () => {
    expect(run(period, document('tiltaksplan', { planperiode: '01.02.2025, i 18 måneder' }), extra).findings).toHaveLength(1);
    expect(run(period, document('tiltaksplan', { planperiode: 'Planen gjelder for ett år fra 01.02.2025' }), extra).findings).toEqual([]);
    const expired: Check = { type: 'date', from: { field: 'planperiode', pick: 'last' }, to: 'today', max: { days: 0 } };
    expect(run(expired, document('tiltaksplan', { planperiode: '01.03.2025 og et halvt år' })).findings).toHaveLength(1);
    expect(run(expired, document('tiltaksplan', { planperiode: '01.03.2025 og tolv måneder fram' })).findings).toEqual([]);
  });
  it('reads a date without a year near today, and not when its year would be a guess', () => {
    const overdue: Check = { type: 'date', from: { field: 'nesteEvaluering' }, to: 'today', max: { days: 0 } };
    expect(run(overdue, document('tiltaksplan', { nesteEvaluering: '15.12.' })).findings).toHaveLength(1);
    expect(run(overdue, document('tiltaksplan', { nesteEvaluering: 'innen 1. mars' })).findings).toEqual([]);
    expect(run({ ...overdue, whenMissing: 'report' } as Check, document('tiltaksplan', { nesteEvaluering: 'innen 1. september' })).findings).toHaveLength(1);
  });
  it('min: reports a date too early', () => {
    const check: Check = { type: 'date', from: { field: 'meldingMottatt' }, to: { field: 'undersokelseAvsluttet' }, min: { days: 0 } };
    expect(run(check, document('vedtak', { meldingMottatt: '10.01.2025', undersokelseAvsluttet: '01.01.2025' })).findings).toHaveLength(1);
  });
});

describe('rows: forEach, rowCount, itemCount', () => {
  const plan = document('tiltaksplan', {}, {
    delmal: [
      { delmal: 'Lisa møter på skolen hver dag', tiltak: [{ tiltak: 'Leksehjelp', ansvarlig: 'Mor og far', omfang: '2 t/uke' }] },
      { delmal: 'Lisa sover før kl. 22', tiltak: [] },
    ],
  });
  it('every delmål has a tiltak: points at the delmål row without one', () => {
    const check: Check = { type: 'forEach', rows: 'delmal', check: { type: 'rowCount', rows: 'tiltak', min: 1 } };
    expect(fields(check, plan)).toEqual(['delmal[1].delmal']);
  });
  it('every tiltak has one responsible party (nested path delmal.tiltak)', () => {
    const check: Check = { type: 'forEach', rows: 'delmal.tiltak', check: { type: 'itemCount', field: 'ansvarlig', min: 1, max: 1 } };
    expect(fields(check, plan)).toEqual(['delmal[0].tiltak[0].ansvarlig']);
  });
  it('a field missing in a row points at the row', () => {
    const check: Check = { type: 'forEach', rows: 'delmal', check: { type: 'present', field: 'indikatorer' } };
    expect(fields(check, plan)).toEqual(['delmal[0].delmal', 'delmal[1].delmal']);
  });
});

describe('pattern', () => {
  it('forbid with a detector over every field, nested rows included', () => {
    const check: Check = { type: 'pattern', field: '*', detector: 'epost', mode: 'forbid' };
    const doc = document('tiltaksplan', { hovedmal: 'Trygg hverdag' }, { delmal: [{ delmal: 'Kontakt: ola@example.no' }] });
    expect(fields(check, doc)).toEqual(['delmal[0].delmal']);
  });
  it('require with a regex', () => {
    const check: Check = { type: 'pattern', field: 'hjemmel', regex: '§\\s*3-1', mode: 'require' };
    expect(run(check, document('vedtak', { hjemmel: 'barnevernsloven § 3-1' })).findings).toEqual([]);
    expect(fields(check, document('vedtak', { hjemmel: 'barnevernloven § 4-4' }))).toEqual(['hjemmel']);
  });
  it('finds in an edited long text what a regex that never saw its windows finds', () => {
    // The matches of each window are kept, so an edit searches only the windows it changed.
    const ranges = (regex: string, text: string) =>
      run({ type: 'pattern', field: 'vurdering', regex, flags: 'i', mode: 'forbid' }, document('vedtak', { vurdering: text })).findings.map((f) => f.range);
    const words = ['bvl.', '§ 4-4', 'lov om', 'barneverntjenester', '\n', 'Lisa sier', '§ 4-12', 'og', ' '];
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    let text = Array.from({ length: 400 }, () => words[next(words.length)]!).join(' ');
    for (let edit = 0; edit < 60; edit++) {
      const at = next(text.length);
      text = text.slice(0, at) + words[next(words.length)]! + text.slice(at + next(3));
      const source = '(?:lov om barneverntjenester|bvl\\.?\\s*§\\s*4-\\d+)';
      // A unique, never-matching alternative makes a new regex, with nothing kept from earlier texts.
      const found = ranges(source, text);
      expect(found.length).toBeGreaterThan(0);
      expect(found).toEqual(ranges(`${source}|zq${edit}zq`, text));
    }
  });
});

describe('combinators and conditions', () => {
  const voice: Check = { type: 'childVoice', field: 'barnetsSynspunkter', minStatements: 1 };
  const observation: Check = { type: 'mentions', field: 'barnetsSynspunkter', terms: ['observ*', 'samspill*'], mode: 'require' };
  const young = document('vedtak', {
    fodselsdato: '01.03.2023', vedtaksdato: '10.01.2026', barnetsSynspunkter: 'Barnet ble observert i samspill med mor; hun smilte og søkte trøst.',
  });
  it('oneOf: the child\'s words or, for a small child, observation', () => {
    expect(run({ type: 'oneOf', checks: [voice, observation] }, young).findings).toEqual([]);
  });
  it('when childAge: no false alarm for a 2-year-old whose behaviour is described', () => {
    const check: Check = { type: 'when', condition: { not: { childAge: { max: 3 } } }, check: voice };
    expect(run(check, young).findings).toEqual([]);
    const older = document('vedtak', { ...young.fields, fodselsdato: { text: '01.03.2014', ref: 'fodselsdato' } });
    expect(run(check, older).findings).toHaveLength(1);
  });
  it('an unknown age does not satisfy childAge, so `not` applies the check', () => {
    const check: Check = { type: 'when', condition: { not: { childAge: { max: 3 } } }, check: voice };
    expect(run(check, document('vedtak', { barnetsSynspunkter: 'Mor sier at barnet trives.' })).findings).toHaveLength(1);
  });
  it('endsMeasure: the vedtak checkbox, or an evaluation row deciding to end', () => {
    const check: Check = { type: 'when', condition: { endsMeasure: true }, check: { type: 'present', field: 'barnetsBeste' } };
    expect(run(check, document('vedtak', { avslutterTiltak: { text: '', checked: true, ref: 'avslutterTiltak' } }))).toMatchObject({ findings: [{}] });
    expect(run(check, document('vedtak', { avslutterTiltak: { text: '', checked: false, ref: 'avslutterTiltak' } })).findings).toEqual([]);
    const rowCheck: Check = {
      type: 'forEach', rows: 'tiltak', check: { type: 'when', condition: { endsMeasure: true }, check: { type: 'present', field: 'begrunnelse', minWords: 3 } },
    };
    const evaluation = document('evaluering', {}, { tiltak: [{ tiltak: 'Støttekontakt', beslutning: 'Fortsette' }, { tiltak: 'Besøkshjem', beslutning: 'Avslutte', begrunnelse: '' }] });
    expect(fields(rowCheck, evaluation)).toEqual(['tiltak[1].begrunnelse']);
  });
  it('allOf reports the findings of every failing check', () => {
    const check: Check = { type: 'allOf', checks: [{ type: 'present', field: 'hjemmel' }, { type: 'present', field: 'klageadgang' }] };
    expect(fields(check, document('vedtak', { hjemmel: 'bvl. § 3-1' }))).toEqual([undefined]);
    expect(run(check, document('vedtak')).findings).toHaveLength(1);
  });
});

describe('childVoice marks where the child is spoken for', () => {
  it('gives the range of the proxy\'s report, or of the agreement', () => {
    const check: Check = { type: 'childVoice', field: 'barnetsSynspunkter', minStatements: 1, ignoreAgreementOnly: true };
    const text = 'Samtale gjennomført. Mor opplever at barnet er lei seg.';
    const [finding] = run(check, document('vedtak', { barnetsSynspunkter: text })).findings;
    expect(text.slice(finding!.range!.start, finding!.range!.end)).toBe('Mor opplever at barnet er lei seg.');
    const agreeing = 'Hun er enig med målene.';
    const [second] = run(check, document('tiltaksplan', { barnetsSynspunkter: agreeing })).findings;
    expect(agreeing.slice(second!.range!.start, second!.range!.end)).toContain('enig');
  });
});

describe('childVoice without «Barnets navn» on the form', () => {
  it('recognises the child by the name the document uses most', () => {
    const check: Check = { type: 'childVoice', field: 'barnetsSynspunkter', minStatements: 1 };
    const doc = document('vedtak', {
      bakgrunn: 'Skolen har meldt bekymring for Emil. Mor sier at Emil er mye alene.',
      barnetsSynspunkter: 'Emil forteller om skolen og kameratene.',
    });
    expect(run(check, doc).findings).toEqual([]);
    expect(run(check, document('vedtak', { barnetsSynspunkter: 'Emil forteller om skolen og kameratene.' })).findings).toHaveLength(1);
  });
});
