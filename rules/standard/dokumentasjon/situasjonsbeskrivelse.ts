import type { Rule } from '../../pack/schema';
import { doc, fx } from '../_lib/fixture-doc';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'dokumentasjon/situasjonsbeskrivelse',
  area: 'dokumentasjon',
  severity: 'advarsel',
  basis: { kind: 'veileder', ref: 'Veileder Q-1104: en tiltaksplan skal tydeliggjøre hva som er barnets særlige behov og hvordan disse skal imøtekommes; Østre Viken kommunerevisjon 2024 (4 av 22 planer uten situasjonsbeskrivelse)' },
  appliesTo: ['tiltaksplan'],
  params: { minOrd: 25 },
  check: { type: 'present', field: 'situasjonsbeskrivelse', minWords: { param: 'minOrd' } },
  message: 'Beskriv barnets situasjon og behov: hvordan barnet har det hjemme, på skolen eller i barnehagen og på fritiden, og hva som er bakgrunnen for målene.',
  why: 'Planen skal tydeliggjøre barnets særlige behov og hvordan de skal møtes (veileder Q-1104). Uten situasjonsbeskrivelse er det vanskelig å forstå målene og se sammenhengen med tiltakene, fant revisjonen.',
  example: '«[navn] (9) bor med mor og lillebror. Hun har mye fravær og sier at hun ofte er sliten om morgenen. Mor forteller at kveldene er urolige …»',
  translations: {
    nn: {
      message: 'Skildra situasjonen og behova til barnet: korleis barnet har det heime, på skulen eller i barnehagen og på fritida, og kva som er bakgrunnen for måla.',
      why: 'Planen skal tydeleggjere dei særlege behova til barnet og korleis dei skal møtast (rettleiar Q-1104). Utan situasjonsskildring er det vanskeleg å forstå måla og sjå samanhengen med tiltaka, fann revisjonen.',
      example: '«[namn] (9) bur med mor og veslebror. Ho har mykje fråvær og seier at ho ofte er trøytt om morgonen. Mor fortel at kveldane er urolege …»',
    },
    en: {
      message: "Describe the child's situation and needs: how the child is doing at home, at school or nursery and in free time, and the background for the goals.",
      why: "The plan must make clear the child's particular needs and how they will be met (guide Q-1104). Without a situation description the goals are hard to understand and to link to the measures, the audit found.",
      example: '"[name] (9) lives with her mother and little brother. She is often absent and says she is tired in the mornings. Her mother says evenings are unsettled …"',
    },
  },
};

const GOD = 'Jenta er ni år og bor sammen med mor og lillebror i en liten leilighet. Hun har hatt mye fravær fra skolen det siste halvåret og sier at hun ofte er sliten om morgenen. Mor forteller at kveldene er urolige fordi lillebror sover dårlig, og at hun selv har lite overskudd. Skolen beskriver en blid og flink jente som trekker seg unna i friminuttene. Jenta ønsker selv hjelp til å komme seg på skolen og vil gjerne begynne på håndball.';

export const fixtures: Fixtures = {
  good: [
    fx('fyldig beskrivelse', doc('tiltaksplan', { situasjonsbeskrivelse: GOD })),
    fx('nynorsk', doc('tiltaksplan', { situasjonsbeskrivelse: 'Guten er tolv år og bur med far annakvar veke og med mor resten av tida. Han seier sjølv at han trivst best hos far, men at han saknar vennene sine når han er hos mor. Skulen melder om fleire konfliktar i friminutta dette året, og far fortel at guten søv dårleg etter samvær. Mor ønskjer hjelp til å lage faste rutinar og betre samarbeid med far.' })),
  ],
  bad: [
    fx('mangler (4 av 22 i revisjonen)', doc('tiltaksplan', { hovedmal: 'Trygg hverdag.' })),
    fx('veldig kort', doc('tiltaksplan', { situasjonsbeskrivelse: 'Gutten bor med mor. Bekymring fra skolen.' })),
  ],
};
