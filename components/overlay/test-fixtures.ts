import type { Finding } from '../../rules/engine/finding';
import type { OverlayField, OverlayState } from './types';

/** Sample findings and fields shared by the tests and the preview page. */
export const SAMPLE_FIELDS: OverlayField[] = [
  { ref: 'situasjonsbeskrivelse', label: 'Situasjonsbeskrivelse', rect: { top: 150, left: 80, width: 620, height: 120 }, visible: true },
  { ref: 'barnetsSynspunkter', label: 'Barnets synspunkter', rect: { top: 330, left: 80, width: 620, height: 120 }, visible: true },
  { ref: 'vurdering', label: 'Vurdering av barnets beste', rect: { top: 510, left: 80, width: 620, height: 140 }, visible: true },
  { ref: 'planperiode', label: 'Planperiode', rect: { top: 710, left: 80, width: 300, height: 34 }, visible: true },
];

export const SAMPLE_FINDINGS: Finding[] = [
  {
    ruleId: 'medvirkning/barnets-egne-ord',
    area: 'medvirkning',
    severity: 'feil',
    field: 'barnetsSynspunkter',
    message: 'Barnets egne synspunkter er ikke gjengitt. Skriv hva barnet selv har sagt, helst med barnets egne ord.',
    basis: { kind: 'lov', ref: 'barnevernsloven § 1-4', url: 'https://lovdata.no/lov/2021-06-18-97/§1-4' },
    why: 'Barnet har rett til å medvirke i alle forhold som angår det. Vedtaket skal vise hva barnet mener og hvilken vekt det er gitt.',
    example: '«Jeg vil gjerne bo hos mamma, men jeg vil se pappa hver helg», sa Emma (9) i samtale 12.03.',
  },
  {
    ruleId: 'medvirkning/vekt',
    area: 'medvirkning',
    severity: 'råd',
    field: 'barnetsSynspunkter',
    message: 'Beskriv hvilken vekt barnets synspunkter er gitt i vurderingen.',
    basis: { kind: 'veileder', ref: 'Bufdirs saksbehandlingsrundskriv, kap. 12' },
  },
  {
    ruleId: 'medvirkning/barnet-som-objekt',
    area: 'medvirkning',
    severity: 'råd',
    field: 'barnetsSynspunkter',
    message: 'Teksten gjengir det andre mener om barnet. Skill mellom hva barnet selv sier og hva andre sier.',
    basis: { kind: 'god-praksis', ref: 'Riksrevisjonen 2023' },
  },
  {
    ruleId: 'barnets-beste/alternativer',
    area: 'barnets-beste',
    severity: 'advarsel',
    field: 'vurdering',
    message: 'Vurderingen nevner ingen alternative tiltak. Beskriv hvilke alternativer som er vurdert og hvorfor dette er best for barnet.',
    basis: { kind: 'lov', ref: 'barnevernsloven § 1-3', url: 'https://lovdata.no/lov/2021-06-18-97/§1-3' },
    why: 'Barnets beste skal være et grunnleggende hensyn, og vurderingen skal vise at alternativer er veid mot hverandre.',
  },
  {
    ruleId: 'dokumentasjon/situasjonsbeskrivelse',
    area: 'dokumentasjon',
    severity: 'advarsel',
    field: 'situasjonsbeskrivelse',
    message: 'Situasjonsbeskrivelsen handler mest om saksgangen. Beskriv barnets situasjon og behov.',
    basis: { kind: 'lokal-rutine', ref: 'Rutine for tiltaksplaner, pkt. 3' },
  },
  {
    ruleId: 'frister/planperiode',
    area: 'frister',
    severity: 'feil',
    field: 'planperiode',
    message: 'Planperioden er lengre enn ett år.',
    basis: { kind: 'lov', ref: 'barnevernsloven § 8-1' },
  },
  {
    ruleId: 'mal-tiltak/ansvar-per-tiltak',
    area: 'mal-tiltak',
    severity: 'advarsel',
    message: 'Ett av tiltakene mangler ansvarlig. Oppgi én ansvarlig for hvert tiltak.',
    basis: { kind: 'god-praksis', ref: 'Bufdir: Tiltaksplaner' },
  },
];

export function sampleState(overrides: Partial<OverlayState> = {}): OverlayState {
  return { findings: SAMPLE_FINDINGS, fields: SAMPLE_FIELDS, dismissed: new Set(), ...overrides };
}
