import type { Rule } from '../../pack/schema';
import { BVL_URL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'dokumentasjon/beslutning-per-tiltak',
  area: 'dokumentasjon',
  severity: 'advarsel',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 8-1 (vurdere om hjelpen fungerer, om det trengs nye tiltak); kommunale rutiner: ta stilling til om tiltaket skal fortsette, erstattes, suppleres eller avsluttes', url: BVL_URL },
  appliesTo: ['evaluering'],
  params: { minTiltak: 1 },
  check: {
    type: 'allOf',
    checks: [
      { type: 'rowCount', rows: 'tiltak', min: { param: 'minTiltak' } },
      { type: 'forEach', rows: 'tiltak', check: { type: 'present', field: 'beslutning' } },
    ],
  },
  message: 'Ta stilling til hvert tiltak: skal det fortsette, endres, erstattes, suppleres med noe annet eller avsluttes?',
  why: 'Evalueringen skal avklare om hjelpen fungerer og om det trengs nye tiltak (bvl. § 8-1). Revisjonen fant evalueringer som bare sa «Tiltakene fortsetter», uten beslutning om hvert enkelt tiltak.',
  example: '«Støttekontakt: fortsetter. Besøkshjem: startes opp. Familieveiledning: avsluttes.»',
  translations: {
    nn: {
      message: 'Ta stilling til kvart tiltak: skal det halde fram, endrast, erstattast, supplerast med noko anna eller avsluttast?',
      why: 'Evalueringa skal avklare om hjelpa fungerer og om det trengst nye tiltak (bvl. § 8-1). Revisjonen fann evalueringar som berre sa «Tiltaka held fram», utan avgjerd om kvart enkelt tiltak.',
      example: '«Støttekontakt: held fram. Besøksheim: blir starta opp. Familierettleiing: blir avslutta.»',
    },
    en: {
      message: 'Decide on each measure: continue, change, replace, supplement with something else, or end?',
      why: 'The evaluation must clarify whether the help works and whether new measures are needed (Child Welfare Act § 8-1). The audit found evaluations saying only "The measures continue", with no decision on each measure.',
      example: '"Support contact: continues. Respite home: starts. Family guidance: ends."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('beslutning på hvert tiltak', doc('evaluering', {}, { tiltak: [
      { tiltak: 'Støttekontakt', beslutning: 'Fortsette', begrunnelse: 'Hun sier at hun liker det, og hun er mer sammen med jevnaldrende.' },
      { tiltak: 'Familieveiledning', beslutning: 'Avslutte', begrunnelse: 'Målet om faste morgenrutiner er nådd.' },
    ] })),
    fx('nynorsk', doc('evaluering', {}, { tiltak: [{ tiltak: 'Avlasting', beslutning: 'Held fram', begrunnelse: 'Mor treng framleis kvile annakvar helg.' }] })),
  ],
  bad: [
    fx('ingen tiltak evaluert', doc('evaluering', { samletVurdering: 'Tiltakene fortsetter.' })),
    fx('beslutning mangler', doc('evaluering', {}, { tiltak: [{ tiltak: 'Støttekontakt', beslutning: '', begrunnelse: 'Fungerer.' }] })),
  ],
};
