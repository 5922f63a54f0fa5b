import type { Rule } from '../../pack/schema';
import { BVL_URL, PLAN_TIL } from '../_lib/basis';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'frister/planperiode-utlopt',
  area: 'frister',
  severity: 'advarsel',
  basis: { kind: 'lov', ref: 'Barnevernsloven § 8-1 (planen skal endres dersom barnets behov tilsier det; systematisk og regelmessig oppfølging); kommunale rutiner (alltid en aktiv plan)', url: BVL_URL },
  appliesTo: ['tiltaksplan'],
  params: { toleranseDager: 0 },
  check: { type: 'date', from: PLAN_TIL, to: 'today', max: { days: { param: 'toleranseDager' } } },
  message: 'Planperioden er utløpt. Lag en ny plan eller forleng perioden, og skriv eventuelt at tiltakene er avsluttet.',
  why: 'Så lenge det gis hjelpetiltak, skal det finnes en gjeldende plan som følges opp (bvl. § 8-1). Revisjonen fant planer som hadde vært utløpt i et halvt år uten å bli oppdatert.',
  example: '«Ny planperiode: 14.02.2026–13.02.2027. Forrige plan er evaluert 10.02.2026.»',
  translations: {
    nn: {
      message: 'Planperioden er ute. Lag ein ny plan eller forleng perioden, og skriv eventuelt at tiltaka er avslutta.',
      why: 'Så lenge det blir gjeve hjelpetiltak, skal det finnast ein gjeldande plan som blir følgd opp (bvl. § 8-1). Revisjonen fann planar som hadde vore ute i eit halvt år utan å bli oppdaterte.',
      example: '«Ny planperiode: 14.02.2026–13.02.2027. Førre plan er evaluert 10.02.2026.»',
    },
    en: {
      message: 'The plan period has expired. Make a new plan or extend the period, or record that the measures have ended.',
      why: 'While support measures are given there must be a current plan that is followed up (Child Welfare Act § 8-1). The audit found plans left expired for half a year without being updated.',
      example: '"New plan period: 14.02.2026–13.02.2027. The previous plan was evaluated on 10.02.2026."',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('gjeldende plan', doc('tiltaksplan', { planperiodeFra: '01.09.2025', planperiodeTil: '31.08.2026' }), '2026-01-15'),
    fx('utløper i dag', doc('tiltaksplan', { planperiode: '16.01.2025–15.01.2026' }), '2026-01-15'),
  ],
  bad: [
    fx('revisjonens eksempel: utløpt 13.02.24, sett 15.08.24', doc('tiltaksplan', { planperiode: '15.02.23-13.02.24' }), '2024-08-15'),
    fx('utløpt i går', doc('tiltaksplan', { planperiodeFra: '15.01.2025', planperiodeTil: '14.01.2026' }), '2026-01-15'),
  ],
};
