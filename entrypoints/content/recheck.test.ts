import { describe, expect, it } from 'vitest';
import { caseDocument, loadCases } from '@/demo/cases';
import { compilePack, evaluate } from '@/rules/engine';
import type { DocumentModel, RowValue } from '@/rules/model/document';
import { document, pack, rule } from '@/rules/engine/test-support/build';
import { standardPack, STANDARD_PACK_TEST_DATE } from '@/rules/standard';
import { findField, withFieldText } from '@/rules/model/refs';
import { createRechecker } from './recheck';
import { seededRandom } from '@/rules/engine/test-support/seeded-random';

const compiled = compilePack(standardPack);
const today = () => STANDARD_PACK_TEST_DATE;

function refsOf(model: DocumentModel): string[] {
  const refs = Object.values(model.fields).map((f) => f.ref);
  const visit = (rows: Record<string, RowValue[]>) => {
    for (const list of Object.values(rows)) for (const row of list) {
      refs.push(...Object.values(row.fields).map((f) => f.ref));
      if (row.rows) visit(row.rows);
    }
  };
  visit(model.rows);
  return refs;
}

describe('incremental re-check', () => {
  for (const c of loadCases()) {
    for (const type of ['vedtak', 'tiltaksplan', 'evaluering'] as const) {
      it(`gives the findings of a full check after every edit: ${c.id}/${type}`, () => {
        let model = caseDocument(c, type);
        const refs = refsOf(model);
        const texts = refs.map((r) => refsOf(model).indexOf(r)).map((i) => Object.values(model.fields)[i]?.text ?? '');
        const pool = [...texts, '', 'Emil sier selv at han vil gå på fotball.', '01811550031', 'Barnets beste er vurdert.', 'etter behov', '12.12.2026'];
        const rechecker = createRechecker(compiled, today);
        expect(rechecker.full(model)).toEqual(evaluate(compiled, model, { today: today() }).findings);
        const rand = seededRandom(refs.length * 31 + type.length);
        for (let step = 0; step < 25; step++) {
          const ref = refs[rand(refs.length)]!;
          const text = rand(3) === 0 ? pool[rand(pool.length)]! : `${pool[rand(pool.length)]!} ${pool[rand(pool.length)]!}`.slice(0, 1 + rand(400));
          const result = rechecker.fieldsChanged(model, [[ref, text]]);
          expect(result).not.toBeNull();
          model = result!.model;
          expect(result!.findings).toEqual(evaluate(compiled, model, { today: today() }).findings);
        }
      });
    }
  }

  for (const c of loadCases()) {
    for (const type of ['vedtak', 'tiltaksplan', 'evaluering'] as const) {
      it(`gives the findings of a full check while long fields are typed into: ${c.id}/${type}`, () => {
        // Long texts of several paragraphs, edited a little at a time: the re-check reuses the analysis
        // of the parts of a text an edit did not touch (rules/text/pieces.ts).
        let model = caseDocument(c, type);
        const refs = refsOf(model);
        const pool = refs.map((r) => findField(model, r)!.text).filter((t) => t.length > 20);
        const bits = ['.', '. ', '\n', '\n\n', ' og ', '«', '»', 'Hun sier at hun vil bo hjemme. ', 'Mor mener ', '[navn] ', 'Han ', 'ønsker ', 'x'];
        const rand = seededRandom(refs.length * 7 + type.length);
        const rechecker = createRechecker(compiled, today);
        for (const ref of refs) {
          if (!rand(3)) model = withFieldText(model, ref, Array.from({ length: 2 + rand(6) }, () => pool[rand(pool.length)]).join(rand(2) ? '\n\n' : ' '))!;
        }
        rechecker.full(model);
        for (let step = 0; step < 40; step++) {
          const ref = refs[rand(refs.length)]!;
          const text = findField(model, ref)!.text;
          const at = rand(text.length + 1);
          const edited = rand(4) ? text.slice(0, at) + bits[rand(bits.length)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + rand(40));
          const result = rechecker.fieldsChanged(model, [[ref, edited]])!;
          model = result.model;
          expect(result.findings).toEqual(evaluate(compiled, model, { today: today() }).findings);
        }
      });
    }
  }

  it('re-runs a rule that used the inferred child name when another field changes the name', () => {
    // No «Barnets navn»: the child is the name the document uses most, read from every field. The first
    // rule works the name out; the second must still depend on every field although the rules share one
    // view of the model.
    const voice = (field: string, id: string) => rule({ type: 'childVoice', field, minStatements: 1 }, { id });
    const twoRules = compilePack(pack(voice('vurdering', 'a'), voice('barnetsSynspunkter', 'b')));
    let model = document('vedtak', {
      barnetsSynspunkter: 'I samtalen forteller Lisa om fotball og venner.',
      vurdering: 'Vurderingen er gjort.',
      bakgrunn: 'Saken gjelder Lisa. Både mor og Lisa møtte. Skolen kjenner Lisa godt.',
    });
    const rechecker = createRechecker(twoRules, today);
    expect(rechecker.full(model)).toEqual(evaluate(twoRules, model, { today: today() }).findings);
    const seen = new Set<string>();
    for (const name of ['Per', 'Lisa', 'Per']) {
      const result = rechecker.fieldsChanged(model, [['bakgrunn', `Saken gjelder ${name}. Både mor og ${name} møtte. Skolen kjenner ${name} godt.`]])!;
      model = result.model;
      expect(result.findings).toEqual(evaluate(twoRules, model, { today: today() }).findings);
      seen.add(result.findings.map((f) => f.ruleId).join());
    }
    // The name decides the second rule's finding, so a rule that kept stale findings would be noticed.
    expect(seen.size).toBe(2);
  });

  it('runs every rule again for another day or pack', () => {
    let day = '2026-01-15';
    const model = caseDocument(loadCases()[2]!, 'tiltaksplan');
    const rechecker = createRechecker(compiled, () => day);
    rechecker.full(model);
    day = '2030-01-01';
    const ref = Object.values(model.fields)[0]!.ref;
    const result = rechecker.fieldsChanged(model, [[ref, 'x']])!;
    expect(result.findings).toEqual(evaluate(compiled, result.model, { today: day }).findings);
  });

  it('gives back the same array and objects when an edit changes no finding', () => {
    const rechecker = createRechecker(compiled, today);
    const model = caseDocument(loadCases()[2]!, 'vedtak');
    const before = rechecker.full(model);
    const ref = model.fields['bakgrunn']!.ref;
    const after = rechecker.fieldsChanged(model, [[ref, `${model.fields['bakgrunn']!.text} Og mer.`]])!;
    expect(after.findings).toBe(before);
  });

  it('returns null for a ref the model does not have', () => {
    const rechecker = createRechecker(compiled, today);
    const model = caseDocument(loadCases()[0]!, 'vedtak');
    rechecker.full(model);
    expect(rechecker.fieldsChanged(model, [['finnesIkke', 'x']])).toBeNull();
  });
});
