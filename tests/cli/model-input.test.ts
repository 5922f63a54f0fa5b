import { describe, expect, it } from 'vitest';
import { InputError } from '../../cli/input-error';
import { modelFromJson } from '../../cli/input/model-from-json';
import { readModelFile } from '../../cli/input/read-model-file';
import { resolveToday } from '../../cli/today';
import { checkOptions } from '../../cli/check-options';
import { tempDir, THIN_VEDTAK, writeJson } from './support';

function inputError(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).lines;
  }
  throw new Error('expected an InputError');
}

const noHtml = async () => {
  throw new Error('HTML parser should not be loaded for JSON');
};

describe('modelFromJson', () => {
  it('accepts a valid document model', () => {
    expect(modelFromJson(JSON.stringify(THIN_VEDTAK), 'v.json')).toEqual(THIN_VEDTAK);
  });

  it('names every problem by its JSON path, in Norwegian', () => {
    const bad = {
      documentType: 'brev',
      fields: { vurdering: { text: 3, ref: 'vurdering' }, hjemmel: { text: '' } },
      rows: { delmal: [{ fields: {} }] },
    };
    expect(inputError(() => modelFromJson(JSON.stringify(bad), 'brev.json'))).toEqual([
      'brev.json: er ikke en gyldig dokumentmodell (vedtak, tiltaksplan eller evaluering):',
      '  documentType: må være "vedtak", "tiltaksplan" eller "evaluering"',
      '  fields.vurdering.text: skal være tekst, ikke et tall',
      '  fields.hjemmel.ref: mangler (skal være tekst)',
      '  rows.delmal[0].ref: mangler (skal være tekst)',
    ]);
  });

  it('reports invalid JSON by line and column', () => {
    expect(inputError(() => modelFromJson('{\n  "documentType": "vedtak",,\n}', 'x.json'))).toEqual([
      'x.json: Ugyldig JSON på linje 2, kolonne 28: uventet tegn «,».',
    ]);
  });

  it('says what is wrong when the JSON is not an object at all', () => {
    expect(inputError(() => modelFromJson('[]', 'liste.json'))[1]).toBe('  (rot): skal være et objekt, ikke en liste');
  });
});

describe('readModelFile', () => {
  it('reads a .json file relative to the working directory, without loading the HTML parser', async () => {
    const dir = tempDir();
    writeJson(dir, 'v.json', THIN_VEDTAK);
    await expect(readModelFile('v.json', { cwd: dir, loadHtmlParser: noHtml })).resolves.toMatchObject({
      file: 'v.json', source: 'json', model: THIN_VEDTAK,
    });
  });

  it('reports a missing file and a directory in Norwegian', async () => {
    const dir = tempDir();
    await expect(readModelFile('borte.json', { cwd: dir, loadHtmlParser: noHtml })).rejects.toThrow('borte.json: filen finnes ikke.');
    await expect(readModelFile('.', { cwd: dir, loadHtmlParser: noHtml })).rejects.toThrow('.: er en mappe, ikke en fil.');
  });
});

describe('options', () => {
  it('--today: a real date, default the local date', () => {
    expect(resolveToday('2026-11-23')).toBe('2026-11-23');
    expect(resolveToday(undefined, new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    for (const bad of ['2026-02-30', '23.11.2026', 'i dag', '2026-1-5']) {
      expect(inputError(() => resolveToday(bad))[0]).toMatch(/^Ugyldig dato for --today: «.*»\. Bruk formen ÅÅÅÅ-MM-DD/);
    }
  });

  it('--format, --language and --url are validated', () => {
    expect(checkOptions({}, new Date(2026, 10, 23))).toEqual({ today: '2026-11-23', format: 'text', language: 'nb' });
    expect(inputError(() => checkOptions({ format: 'xml' }))[0]).toBe('Ugyldig verdi for --format: «xml». Bruk text eller json.');
    expect(inputError(() => checkOptions({ language: 'sv' }))[0]).toBe('Ugyldig verdi for --language: «sv». Bruk nb, nn eller en.');
    expect(inputError(() => checkOptions({ url: 'localhost' }))[0]).toMatch(/^Ugyldig adresse for --url/);
  });
});
