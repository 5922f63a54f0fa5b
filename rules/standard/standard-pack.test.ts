import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { compilePack, evaluate, runRuleFixtures } from '../engine';
import { FIELDS, ROWS } from '../model/fields';
import { PackSchema, type Rule } from '../pack/schema';
import { readFileSync } from 'node:fs';
import { renderReadme } from './_lib/readme';
import type { RuleModule } from './_lib/types';
import { STANDARD_PACK_TEST_DATE, standardPack } from './index';

/** Every rule file under rules/standard/<area>/ (helpers and tests excluded). */
const ruleFiles = import.meta.glob<RuleModule>(['./*/*.ts', '!./_lib/**', '!./**/*.test.ts'], { eager: true });

const NON_NB = /\b(ikkje|eg|kva|korleis|kvifor|ho|frå|berre|skildra)\b/u;

describe('standardpakken', () => {
  it('er en gyldig pakke etter schema.ts', () => {
    const parsed = z.safeParse(PackSchema, standardPack);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 5)).toEqual([]);
    expect(standardPack).toMatchObject({ id: 'standard', version: '1.0.0', language: 'nb', metadata: { name: 'Nasjonal standardpakke' } });
  });

  it('kompilerer uten regelfeil', () => {
    expect(compilePack(standardPack).broken).toEqual([]);
  });

  it('har minst 35 regler med unike id-er', () => {
    const ids = standardPack.rules.map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(35);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('tar med hver regelfil under rules/standard', () => {
    const packIds = new Set(standardPack.rules.map((r) => r.id));
    const files = Object.entries(ruleFiles);
    expect(files.length).toBe(standardPack.rules.length);
    for (const [path, mod] of files) {
      expect(mod.rule, path).toBeDefined();
      expect(packIds.has(mod.rule.id), `${path} mangler i standardPack`).toBe(true);
      // id = <area>/<file name>, and the file sits in its area's folder.
      const [, area, name] = /^\.\/([^/]+)\/(.+)\.ts$/u.exec(path) ?? [];
      expect(mod.rule.id, path).toBe(`${area}/${name}`);
      expect(mod.rule.area, path).toBe(area);
    }
  });

  describe.each(standardPack.rules.map((r) => [r.id, r] as [string, Rule]))('%s', (_id, rule) => {
    it('har minst 2 gode og 2 dårlige eksempler', () => {
      expect(rule.fixtures?.good.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(rule.fixtures?.bad.length ?? 0).toBeGreaterThanOrEqual(2);
    });

    it('har melding, begrunnelse og eksempel på bokmål, nynorsk og engelsk', () => {
      for (const text of [rule.message, rule.why, rule.example]) {
        expect(text?.trim().length ?? 0).toBeGreaterThan(10);
      }
      expect(NON_NB.test(rule.message), `bokmålsmelding ser ut som nynorsk: ${rule.message}`).toBe(false);
      for (const lang of ['nn', 'en'] as const) {
        const t = rule.translations?.[lang];
        expect(t?.message?.trim().length ?? 0, `${lang}.message`).toBeGreaterThan(10);
        expect(t?.why?.trim().length ?? 0, `${lang}.why`).toBeGreaterThan(10);
        expect(t?.example?.trim().length ?? 0, `${lang}.example`).toBeGreaterThan(10);
        expect(t?.message, `${lang}.message er lik bokmål`).not.toBe(rule.message);
      }
    });

    it('har alvorlighet som passer grunnlaget (feil bare for lov og forskrift)', () => {
      if (rule.severity === 'feil') expect(['lov', 'forskrift']).toContain(rule.basis.kind);
      if (rule.severity === 'advarsel') expect(['lov', 'forskrift', 'rundskriv', 'veileder']).toContain(rule.basis.kind);
    });

    it('bruker bare kanoniske feltnavn', () => {
      const known = new Set<string>();
      for (const type of rule.appliesTo) {
        for (const f of FIELDS[type]) known.add(f.name);
        const visit = (rows: typeof ROWS.vedtak) => rows.forEach((r) => { known.add(r.name); r.fields.forEach((f) => known.add(f.name)); if (r.rows) visit(r.rows); });
        visit(ROWS[type]);
      }
      const used = new Set<string>();
      const walk = (node: unknown, key?: string) => {
        if (Array.isArray(node)) {
          if (key === 'field' || key === 'fieldPresent') node.forEach((n) => typeof n === 'string' && used.add(n));
          else node.forEach((n) => walk(n));
          return;
        }
        if (node && typeof node === 'object') {
          for (const [k, v] of Object.entries(node)) walk(v, k);
          return;
        }
        if (typeof node === 'string' && (key === 'field' || key === 'fieldPresent')) used.add(node);
        if (typeof node === 'string' && key === 'rows') node.split('.').forEach((n) => used.add(n));
      };
      walk({ check: rule.check, when: rule.when });
      used.delete('*');
      for (const name of used) expect(known.has(name), `ukjent felt «${name}»`).toBe(true);
    });

    it('slår til på de dårlige eksemplene og ikke på de gode', () => {
      const outcomes = runRuleFixtures(rule, rule.fixtures, { defaultToday: STANDARD_PACK_TEST_DATE });
      const failed = outcomes
        .filter((o) => !o.passed)
        .map((o) => `${o.kind}: «${o.name}»${o.problem ? ` (${o.problem})` : ''}${o.failures.length ? ` ${JSON.stringify(o.failures)}` : ''}`);
      expect(failed).toEqual([]);
    });
  });

  it('har ordforråd bare for kanoniske feltnavn', () => {
    const known = new Set(Object.values(FIELDS).flatMap((specs) => specs.map((f) => f.name)));
    for (const name of Object.keys(standardPack.vocabulary ?? {})) expect(known.has(name), name).toBe(true);
  });

  it('README.md er oppdatert (npx tsx rules/standard/_lib/write-readme.ts)', () => {
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    expect(readme).toBe(renderReadme(standardPack));
  });

  it('gir meldinger på nynorsk og engelsk når det blir bedt om det', () => {
    const compiled = compilePack(standardPack);
    const doc = { documentType: 'vedtak' as const, fields: {}, rows: {} };
    const nn = evaluate(compiled, doc, { today: STANDARD_PACK_TEST_DATE, language: 'nn' });
    expect(nn.findings.length).toBeGreaterThan(0);
    for (const f of nn.findings) {
      const rule = standardPack.rules.find((r) => r.id === f.ruleId)!;
      expect(f.message).toBe(rule.translations?.nn?.message);
    }
  });
});
