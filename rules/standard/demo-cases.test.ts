import { describe, expect, it } from 'vitest';
import { caseDocument, loadCases } from '../../demo/cases/index';
import { compilePack, evaluate } from '../engine';
import { standardPack } from './index';

/**
 * The standard pack on the fictional demo cases (demo/cases): documents the demo marks «god» must get no
 * findings at all (false alarms cost trust), and those marked «mangelfull» must get a finding in every area
 * their `flaws` list names. The day is
 * fixed so the demo's dates do not drift into «expired».
 */
const TODAY = '2026-11-23';
const compiled = compilePack(standardPack);
const documents = loadCases().flatMap((c) =>
  (['vedtak', 'tiltaksplan', 'evaluering'] as const).map((type) => ({
    name: `${c.id} ${type}`,
    quality: c.dokumenter[type].quality,
    flaws: c.dokumenter[type].flaws ?? [],
    document: caseDocument(c, type),
  })),
);

describe('standardpakken på demo-sakene', () => {
  it.each(documents.filter((d) => d.quality === 'god').map((d) => [d.name, d] as const))('%s (god) gir ingen funn', (_n, d) => {
    const result = evaluate(compiled, d.document, { today: TODAY });
    expect(result.failures).toEqual([]);
    expect(result.findings.map((f) => `${f.ruleId} @ ${f.field ?? ''}`)).toEqual([]);
  });

  it.each(documents.filter((d) => d.quality === 'mangelfull').map((d) => [d.name, d] as const))('%s (mangelfull) gir funn i hvert område med mangler', (_n, d) => {
    const result = evaluate(compiled, d.document, { today: TODAY });
    expect(result.failures).toEqual([]);
    const areas = new Set(result.findings.map((f) => f.area));
    expect(d.flaws.filter((f) => !areas.has(f.area)).map((f) => `${f.area}: ${f.description}`)).toEqual([]);
  });
});
