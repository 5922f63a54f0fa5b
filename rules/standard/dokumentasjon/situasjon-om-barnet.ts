import type { Rule } from '../../pack/schema';
import { doc, fx } from '../_lib/fixture-doc';
import { PROSESS_FRASER, SITUASJON } from '../_lib/lexicon';
import type { Fixtures } from '../_lib/types';

export const rule: Rule = {
  id: 'dokumentasjon/situasjon-om-barnet',
  area: 'dokumentasjon',
  severity: 'advarsel',
  basis: { kind: 'veileder', ref: 'Veileder Q-1104 (barnets særlige behov); Østre Viken kommunerevisjon 2024: situasjonsbeskrivelse som bare sa at målene var gjennomgått og at barnet var enig' },
  appliesTo: ['tiltaksplan'],
  params: { prosessfraser: PROSESS_FRASER, minAndreOrd: 12, situasjonsord: SITUASJON, minSituasjonsord: 2 },
  check: {
    type: 'allOf',
    checks: [
      // A short text with no process phrases is the length rule's business (dokumentasjon/situasjonsbeskrivelse).
      {
        type: 'when',
        condition: { fieldMentions: { field: 'situasjonsbeskrivelse', terms: { param: 'prosessfraser' } } },
        check: { type: 'notOnlyStockPhrases', field: 'situasjonsbeskrivelse', phrases: { param: 'prosessfraser' }, minOtherWords: { param: 'minAndreOrd' } },
      },
      { type: 'when', condition: { fieldPresent: 'situasjonsbeskrivelse' }, check: { type: 'mentions', field: 'situasjonsbeskrivelse', terms: { param: 'situasjonsord' }, mode: 'require', min: { param: 'minSituasjonsord' } } },
    ],
  },
  message: 'Situasjonsbeskrivelsen handler mest om saksgangen (meldinger, møter, vedtak). Beskriv også hvordan barnet har det og hva barnet trenger.',
  why: 'Revisjonen fant situasjonsbeskrivelser som bare fortalte at målene var gjennomgått og at barnet var enig. Da blir bakgrunnen for målene og tiltakene borte (veileder Q-1104).',
  example: 'I stedet for «Saken ble meldt av skolen. Det er avholdt møte med mor.»: «[navn] gruer seg til skolen og sover dårlig. Mor strever med å få morgenene til å gå opp …»',
  translations: {
    nn: {
      message: 'Situasjonsskildringa handlar mest om sakshandsaminga (meldingar, møte, vedtak). Skildra òg korleis barnet har det og kva barnet treng.',
      why: 'Revisjonen fann situasjonsskildringar som berre fortalde at måla var gjennomgått og at barnet var einig. Då forsvinn bakgrunnen for måla og tiltaka (rettleiar Q-1104).',
      example: 'I staden for «Saka vart meldt av skulen. Det er halde møte med mor.»: «[namn] gruar seg til skulen og søv dårleg. Mor strevar med å få morgonane til å gå opp …»',
    },
    en: {
      message: 'The situation description is mostly about the case process (reports, meetings, decisions). Describe how the child is doing and what the child needs too.',
      why: 'The audit found situation descriptions saying only that the goals had been reviewed and the child agreed. The background for the goals and measures is then lost (guide Q-1104).',
      example: 'Instead of "The case was reported by the school. A meeting was held with the mother.": "[name] dreads school and sleeps badly. The mother struggles to make mornings work …"',
    },
  },
};

export const fixtures: Fixtures = {
  good: [
    fx('om barnet, med litt saksgang', doc('tiltaksplan', { situasjonsbeskrivelse: 'Saken ble meldt av skolen i august. [navn] har mye fravær og sier at hun gruer seg til friminuttene. Hun sover dårlig, og mor strever med å få morgenene til å fungere. Hun ønsker selv å begynne på håndball og å få en venn i klassen.' })),
    fx('kort, men om barnet (guardrail: lengden er en annen regel)', doc('tiltaksplan', { situasjonsbeskrivelse: 'Gutten er 9 år og går i fjerde klasse. Han har ADHD og strever med konsentrasjonen.' })),
    fx('nynorsk', doc('tiltaksplan', { situasjonsbeskrivelse: 'Guten bur med mor og to sysken. Han er ofte sint på skulen og seier at ingen vil vere med han. Mor fortel at han søv lite og at kveldane er prega av konfliktar.' })),
  ],
  bad: [
    fx('bare prosess (revisjonens eksempel)', doc('tiltaksplan', { situasjonsbeskrivelse: 'Målene er gjennomgått med barnet, og barnet er enig i målene.' })),
    fx('saksgang', doc('tiltaksplan', { situasjonsbeskrivelse: 'Saken ble meldt av skolen 03.02.2025. Det er avholdt møte med mor 10.02.2025 og ansvarsgruppemøte 01.03.2025. Det ble fattet vedtak om hjelpetiltak 15.03.2025.' })),
  ],
};
