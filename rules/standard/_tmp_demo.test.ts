import { it } from 'vitest';
import { evaluatePack } from '../engine';
import { loadCases, caseDocument } from '../../demo/cases/index';
import { standardPack } from './index';
it('demo', () => {
  for (const c of loadCases()) {
    for (const type of ['vedtak', 'tiltaksplan', 'evaluering'] as const) {
      const d = caseDocument(c, type);
      const q = (c.dokumenter as any)[type]?.quality;
      const r = evaluatePack(standardPack, d, { today: '2026-11-23' });
      console.log(`${c.id} ${type} [${q}] ${r.findings.length}: ` + r.findings.map((f) => `${f.severity[0]}:${f.ruleId.split('/')[1]}@${f.field ?? ''}`).join(', ') + (r.failures.length ? ' FAIL ' + JSON.stringify(r.failures) : ''));
    }
  }
});
