import { evaluate } from '../../rules/engine';
import { checkOptions } from '../check-options';
import { EXIT_BAD_INPUT, EXIT_FEIL, EXIT_OK } from '../exit-codes';
import { InputError } from '../input-error';
import type { HtmlParser } from '../input/model-from-html';
import { readModelFile } from '../input/read-model-file';
import type { CliIO } from '../io';
import { loadCheckPack } from '../pack/load-check-pack';
import { errorLine } from '../pack/read-pack-file';
import type { RawCheckOptions } from '../program';
import { paletteFor } from '../report/colours';
import type { FileResult } from '../report/file-result';
import { jsonReport } from '../report/json-report';
import { textReport } from '../report/text-report';

export interface CheckDeps {
  loadHtmlParser: () => Promise<HtmlParser>;
  now: () => Date;
  /** The terminal's width, for wrapping messages in the text report. */
  columns?: number;
}

/**
 * `vedtakslos check FIL…`: reads each file, evaluates it with the pack and prints the report. A file that
 * cannot be read is reported on stderr and the others are still checked; the exit code is then 2.
 */
export async function checkCommand(files: string[], raw: RawCheckOptions, io: CliIO, deps: CheckDeps): Promise<number> {
  const options = checkOptions(raw, deps.now());
  const { compiled, warnings } = await loadCheckPack(options.packFile, io.cwd);
  for (const warning of warnings) io.stderr(`${options.packFile}: advarsel: ${errorLine(warning)}\n`);
  const results: FileResult[] = [];
  let badInput = false;
  for (const file of files) {
    try {
      const { model, source } = await readModelFile(file, {
        cwd: io.cwd,
        url: options.url,
        vocabulary: compiled.pack.vocabulary,
        loadHtmlParser: deps.loadHtmlParser,
      });
      const evaluation = evaluate(compiled, model, { today: options.today, language: options.language });
      for (const failure of evaluation.failures) {
        io.stderr(`${file}: regelen ${failure.ruleId} ble hoppet over: ${failure.reason}\n`);
      }
      results.push({ file, documentType: model.documentType, source, model, findings: evaluation.findings });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr(`${error.lines.join('\n')}\n`);
      badInput = true;
    }
  }
  if (options.format === 'json') io.stdout(jsonReport(results));
  else if (results.length > 0) {
    const width = io.stdoutIsTTY ? deps.columns : undefined;
    const { metadata, version } = compiled.pack;
    io.stdout(textReport(results, {
      palette: paletteFor(io.stdoutIsTTY, io.env), width, packName: `${metadata.name} ${version}`, today: options.today,
    }));
  }
  if (badInput) return EXIT_BAD_INPUT;
  return results.some((r) => r.findings.some((f) => f.severity === 'feil')) ? EXIT_FEIL : EXIT_OK;
}
