import { describe, expect, it } from 'vitest';
import { compilePack, evaluate } from '@/rules/engine';
import { resolvePack } from '@/rules/pack/layering';
import { validatePack } from '@/rules/pack/validate';
import { standardPack } from '@/rules/standard';
import { caseDocument, findCase } from '@/demo/cases';
import { BUILT_IN_PACKS, changeRule, newLocalPack, nextPatchVersion, resetRule, tunedRules } from './pack-tuning';
import { activatePublishedPack } from './active-pack';

const THRESHOLD = 'frister/planperiode-maks-12-mnd';
const VAGUE = 'mal-tiltak/vage-mal';

describe('tuning a local pack that extends the standard pack', () => {
  it('a new local pack extends the standard pack and is valid', () => {
    const pack = newLocalPack('Bydel Østensjø');
    expect(pack.id).toBe('lokal.bydel-ostensjo');
    expect(pack.extends).toBe('standard');
    expect(validatePack(pack).ok).toBe(true);
  });

  it('keeps only what differs from the extended rule in overrides', () => {
    let pack = newLocalPack('Nord');
    pack = changeRule(pack, VAGUE, { enabled: false });
    pack = changeRule(pack, THRESHOLD, { params: { maksMnd: 24 }, severity: 'feil' });
    expect(pack.overrides).toEqual({ [VAGUE]: { enabled: false }, [THRESHOLD]: { params: { maksMnd: 24 }, severity: 'feil' } });
    // Setting a value back to the standard's removes it; an override with nothing left disappears.
    pack = changeRule(pack, THRESHOLD, { params: { maksMnd: 12 }, severity: 'advarsel' });
    pack = changeRule(pack, VAGUE, { enabled: true });
    expect(pack.overrides).toEqual({});
  });

  it('resetRule drops the override', () => {
    const pack = resetRule(changeRule(newLocalPack('Nord'), VAGUE, { message: 'Egen tekst.' }), VAGUE);
    expect(pack.overrides).toEqual({});
  });

  it('the forms show the rules as the layering resolves them (extend, override, disable)', () => {
    let pack = newLocalPack('Nord');
    pack = changeRule(pack, VAGUE, { enabled: false });
    pack = changeRule(pack, THRESHOLD, { params: { maksMnd: 24 }, message: 'Lokal melding.' });
    const resolved = resolvePack(pack, (id) => BUILT_IN_PACKS[id]);
    const tuned = tunedRules(pack);
    expect(tuned.map((t) => t.rule)).toEqual(resolved.rules);
    expect(tuned.filter((t) => t.changed).map((t) => t.rule.id).sort()).toEqual([VAGUE, THRESHOLD].sort());
    expect(resolved.rules).toHaveLength(standardPack.rules.length);
  });

  it('own rules are edited in place', () => {
    const own = { ...standardPack.rules.find((r) => r.id === VAGUE)!, id: 'lokal/min-regel' };
    const pack = changeRule({ ...newLocalPack('Nord'), rules: [own] }, 'lokal/min-regel', { severity: 'råd' });
    expect(pack.rules[0]!.severity).toBe('råd');
    expect(pack.overrides).toEqual({});
  });

  it('disabling a rule and raising a threshold changes the findings on a demo case', () => {
    const emil = findCase('emil-holtevik')!;
    const doc = caseDocument(emil, 'tiltaksplan');
    const before = evaluate(compilePack(standardPack), doc, { today: '2026-11-23' }).findings.map((f) => f.ruleId);
    expect(before).toEqual(expect.arrayContaining([VAGUE, THRESHOLD]));
    const pack = changeRule(changeRule(newLocalPack('Nord'), VAGUE, { enabled: false }), THRESHOLD, { params: { maksMnd: 24 } });
    const active = activatePublishedPack(pack);
    if (!active.ok) throw new Error('should activate');
    const after = evaluate(active.active.compiled, doc, { today: '2026-11-23' }).findings.map((f) => f.ruleId);
    expect(after).not.toContain(VAGUE);
    expect(after).not.toContain(THRESHOLD);
  });

  it('bumps the patch version', () => {
    expect(nextPatchVersion('1.2.3')).toBe('1.2.4');
    expect(nextPatchVersion('2.0.0-beta.1')).toBe('2.0.1');
  });
});
