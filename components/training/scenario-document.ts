import { caseDocument } from '../../demo/cases/case-document';
import type { Case, CaseDocuments, Evaluering, Tiltaksplan, Vedtak } from '../../demo/cases/schema';
import type { DocumentModel } from '../../rules/model/document';
import type { Scenario, ScenarioVersion } from './scenario-schema';

const EMPTY_VEDTAK: Vedtak = {
  quality: 'god',
  fields: {
    meldingMottatt: '', undersokelseAvsluttet: '', vedtaksdato: '', hjemmel: '', bakgrunn: '', barnetsSynspunkter: '',
    foreldrenesSynspunkter: '', vurdering: '', barnetsBeste: '', vedtak: '', mal: '', varighetEvaluering: '',
    klageadgang: '', avslutterTiltak: false,
  },
};
const EMPTY_PLAN: Tiltaksplan = {
  quality: 'god',
  fields: {
    planNummer: '', planperiodeFra: '', planperiodeTil: '', nesteEvaluering: '', situasjonsbeskrivelse: '',
    barnetsSynspunkter: '', hovedmal: '',
  },
  delmal: [],
};
const EMPTY_EVALUERING: Evaluering = {
  quality: 'god',
  fields: { evalueringsdato: '', barnetsSynspunkter: '', samletVurdering: '', nesteEvaluering: '' },
  delmal: [],
  tiltak: [],
};

/** The document of one version, in the demo's case-document shape. */
export function scenarioDocumentData(scenario: Scenario, version: ScenarioVersion): Vedtak | Tiltaksplan | Evaluering {
  return scenario[version];
}

/** The plan the demo's evaluation form shows beside an evaluation scenario (period only). */
export function scenarioPlan(scenario: Scenario): Tiltaksplan {
  if (scenario.documentType !== 'evaluering') return EMPTY_PLAN;
  return { ...EMPTY_PLAN, fields: { ...EMPTY_PLAN.fields, ...scenario.plan } };
}

/**
 * A fictional one-document case around the scenario, so that the demo's forms (which take a case for the
 * child's name and birth date) and `caseDocument` can be reused unchanged. `document` replaces the
 * scenario's own version (the learner's edits).
 */
export function scenarioCase(scenario: Scenario, version: ScenarioVersion, document?: Vedtak | Tiltaksplan | Evaluering): Case {
  const doc = document ?? scenarioDocumentData(scenario, version);
  const dokumenter: CaseDocuments = {
    vedtak: scenario.documentType === 'vedtak' ? (doc as Vedtak) : EMPTY_VEDTAK,
    tiltaksplan: scenario.documentType === 'tiltaksplan' ? (doc as Tiltaksplan) : scenarioPlan(scenario),
    evaluering: scenario.documentType === 'evaluering' ? (doc as Evaluering) : EMPTY_EVALUERING,
  };
  return {
    id: scenario.id,
    saksnummer: 'Øving',
    barn: scenario.barn,
    saksbehandler: 'Øving',
    status: 'aktiv',
    dokumenter,
  };
}

/** The DocumentModel a page adapter reads off the training form for this version (or the learner's edit). */
export function scenarioModel(scenario: Scenario, version: ScenarioVersion, document?: Vedtak | Tiltaksplan | Evaluering): DocumentModel {
  return caseDocument(scenarioCase(scenario, version, document), scenario.documentType);
}
