import type { Rule } from '../../pack/schema';
import { notSmallChild, BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import { IKKE_HORT } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'medvirkning/barnets-egne-ord',
  area: 'medvirkning',
  severity: 'advarsel',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 1-4 (barnets rett til å gi uttrykk for sine synspunkter) og § 12-5; barnekonvensjonen art. 12', url: BVL_URL },
  appliesTo: ['vedtak'],
  // An empty field is reported by medvirkning/barnets-mening-i-vedtak.
  when: { all: [notSmallChild('smabarnAlderTil'), { fieldPresent: ['barnetsSynspunkter', 'vurdering'] }, { not: { fieldMentions: { field: 'barnetsSynspunkter', terms: { param: 'ikkeHortOrd' } } } }] },
  params: { smabarnAlderTil: 3, minUtsagn: 1, ikkeHortOrd: IKKE_HORT },
  // The dedicated field when it is filled (references elsewhere, «slik hun selv ønsker», are not her words).
  check: { type: 'childVoice', field: ['barnetsSynspunkter', 'vurdering'], minStatements: { param: 'minUtsagn' }, ignoreAgreementOnly: true },
  message: 'Få fram barnets egne synspunkter slik barnet selv uttrykte dem, ikke bare det foreldre eller andre sier om barnet eller at barnet er enig.',
  why: 'Barnet har rett til selv å gi uttrykk for sine synspunkter (bvl. § 1-4), og vedtaket skal vise barnets mening (§ 12-5). Revisjonene fant at barnets syn ofte bare ble gjengitt gjennom mor, skole eller PPT.',
  example: '«[navn] sier: "Jeg vil bo hjemme, men jeg vil ikke at mamma og pappa skal krangle."»',
  translations: {
    nn: {
      message: 'Få fram synspunkta til barnet slik barnet sjølv uttrykte dei, ikkje berre det foreldre eller andre seier om barnet eller at barnet er einig.',
      why: 'Barnet har rett til sjølv å gje uttrykk for synspunkta sine (bvl. § 1-4), og vedtaket skal vise meininga til barnet (§ 12-5). Revisjonane fann at synet til barnet ofte berre vart attgjeve gjennom mor, skule eller PPT.',
      example: '«[namn] seier: "Eg vil bu heime, men eg vil ikkje at mamma og pappa skal krangle."»',
    },
    en: {
      message: "Give the child's own views as the child expressed them, not only what parents or others say about the child, or that the child agrees.",
      why: "The child has the right to express their own views (Child Welfare Act § 1-4), and the decision must show the child's view (§ 12-5). Audits found the child's view was often reported only through the mother, school or PPT.",
      example: '"[name] says: \'I want to live at home, but I don\'t want Mum and Dad to argue.\'"',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('barnet som taler', doc('vedtak', { fodselsdato: '14.02.2015', vedtaksdato: '10.01.2026', barnetsSynspunkter: '[navn] forteller i samtale at han blir lei seg når foreldrene krangler. Han ønsker at støttekontakten kan bli med ham på håndball.' })),
    fx('mor opplever + sitat fra barnet (guardrail)', doc('vedtak', { fodselsdato: '02.05.2014', vedtaksdato: '10.01.2026', barnetsSynspunkter: 'Mor opplever at jenta er mye lei seg. Jenta sier selv: «Jeg vil ha noen å snakke med når mamma er på jobb.»' })),
    fx('3-åring med observasjon (guardrail)', doc('vedtak', { fodselsdato: '01.10.2022', vedtaksdato: '10.01.2026', barnetsSynspunkter: 'Barnet er tre år. Ved hjemmebesøk observerte vi at hun søkte trøst hos mor og lekte rolig med klossene.' })),
    fx('ikke hørt, med grunn (guardrail)', doc('vedtak', { fodselsdato: '02.05.2014', vedtaksdato: '10.01.2026', barnetsSynspunkter: 'Barnevernstjenesten har ikke snakket med gutten fordi han var på utenlandsopphold med skolen.' })),
    fx('for lite til å uttale seg, ukjent alder (guardrail: grunn-nar-barnet-ikke-er-hort)', doc('vedtak', { barnetsSynspunkter: 'Barnet er for lite til å uttale seg. Ved hjemmebesøk søkte hun trøst hos mor.' })),
    fx('for ung til å bli høyrt, nynorsk (guardrail)', doc('vedtak', { barnetsSynspunkter: 'Guten er for ung til å bli høyrt. Han vart observert i leik med far.' })),
    fx('nynorsk, eg-form', doc('vedtak', { fodselsdato: '02.05.2013', vedtaksdato: '10.01.2026', barnetsSynspunkter: 'Ho fortel at ho likar å vere hos besøksheimen. Ho seier: «Eg får sove godt der.»' })),
  ],
  bad: [
    fx('bare via mor, skole og PPT', doc('vedtak', { fodselsdato: '14.02.2015', vedtaksdato: '10.01.2026', barnetsSynspunkter: 'Mor opplever at [navn] er mye lei seg etter skolen. Skolen melder om høyt fravær. PPT mener at [navn] har behov for tett oppfølging.' })),
    fx('bare enighet', doc('vedtak', { fodselsdato: '14.02.2012', vedtaksdato: '10.01.2026', barnetsSynspunkter: 'Hun er enig i målene.' })),
    fx('bare via mor; barnets beste viser bare til «det hun selv ønsker»', doc('vedtak', { fodselsdato: '12.03.2016', vedtaksdato: '10.01.2026', barnetsSynspunkter: 'Mor forteller at jenta får vondt i magen når foreldrene krangler. Kontaktlærer opplyser at hun er stille på fredager.', barnetsBeste: 'Det viktigste er at hun beholder en nær relasjon til begge foreldrene, slik hun selv ønsker.' })),
    fx('far mener, ukjent alder', doc('vedtak', { barnetsSynspunkter: 'Far mener at gutten trenger mer struktur og at han ønsker å gå på fotball.' })),
  ],
};
