import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from './scenario-library';
import { exportScenarioFile, parseScenarioData, parseScenarioJson } from './scenario-import';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('eksport og import av scenarier', () => {
  it('en eksportert fil importeres igjen uendret', () => {
    const text = exportScenarioFile(BUILT_IN_SCENARIOS.slice(0, 3));
    const parsed = parseScenarioJson(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.scenarios).toEqual(BUILT_IN_SCENARIOS.slice(0, 3));
  });

  it('et enkelt scenario (som de innebygde filene) godtas også', () => {
    const parsed = parseScenarioData(clone(BUILT_IN_SCENARIOS[0]));
    expect(parsed.ok && parsed.scenarios.map((s) => s.id)).toEqual([BUILT_IN_SCENARIOS[0]!.id]);
  });

  it('feil får norsk tekst og nøyaktig sti', () => {
    const file = JSON.parse(exportScenarioFile(BUILT_IN_SCENARIOS.slice(0, 2)));
    file.scenarios[1].flawed.fields.vedtaksdato = '2026-05-19';
    file.scenarios[1].today = '23.11.2026';
    file.scenarios[1].language = 'en';
    delete file.scenarios[0].learningGoal;
    file.scenarios[0].targetRules = ['medvirkning/barnets-egne-ord', 'ukjent område'];
    file.scenarios[0].improved.fields.ekstra = 'x';
    const parsed = parseScenarioData(file);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual(
      expect.arrayContaining([
        { path: 'scenarios[1].flawed.fields.vedtaksdato', message: 'Dato må skrives som dd.mm.åååå' },
        { path: 'scenarios[1].today', message: 'dato må skrives som ÅÅÅÅ-MM-DD' },
        { path: 'scenarios[1].language', message: 'må være "nb" eller "nn"' },
        { path: 'scenarios[0].learningGoal', message: 'mangler (skal være tekst)' },
        { path: 'scenarios[0].targetRules[1]', message: expect.stringContaining('må være et regel-id') },
        { path: 'scenarios[0].improved.fields', message: 'ukjente nøkler: ekstra' },
      ]),
    );
  });

  it('ukjent dokumenttype, feil filformat, like id-er og ugyldig JSON forklares', () => {
    const wrongType = clone(BUILT_IN_SCENARIOS[0]) as Record<string, unknown>;
    wrongType.documentType = 'omsorgsplan';
    const typeResult = parseScenarioData(wrongType);
    expect(!typeResult.ok && typeResult.errors[0]).toEqual({
      path: 'documentType',
      message: 'ukjent dokumenttype "omsorgsplan"; tillatt: vedtak, tiltaksplan, evaluering',
    });

    const format = parseScenarioData({ format: 'noe-annet', version: 1, scenarios: [clone(BUILT_IN_SCENARIOS[0])] });
    expect(!format.ok && format.errors[0]?.path).toBe('format');
    expect(!format.ok && format.errors[0]?.message).toContain('ikke en scenariofil fra Vedtakslos');

    const twice = JSON.parse(exportScenarioFile([BUILT_IN_SCENARIOS[0]!, BUILT_IN_SCENARIOS[0]!]));
    const dupes = parseScenarioData(twice);
    expect(!dupes.ok && dupes.errors).toEqual([{ path: 'scenarios[1].id', message: `id "${BUILT_IN_SCENARIOS[0]!.id}" er brukt før (scenarios[0])` }]);

    const broken = parseScenarioJson('{\n  "format": "vedtakslos-ovingsscenarier",\n  "version": 1,\n}');
    expect(!broken.ok && broken.errors[0]?.message).toMatch(/^ugyldig JSON \(linje 4, kolonne \d+\)$/);
  });
});
