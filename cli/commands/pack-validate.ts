import { EXIT_OK } from '../exit-codes';
import type { CliIO } from '../io';
import { resolveAgainstBuiltIns } from '../pack/load-check-pack';
import { errorLine, readPackFile } from '../pack/read-pack-file';

/** `vedtakslos pack validate PAKKE.json`: every error with its JSON path (exit 2), or a one-line summary. */
export async function packValidateCommand(file: string, io: CliIO): Promise<number> {
  const { pack, warnings } = await readPackFile(file, io.cwd);
  const resolved = resolveAgainstBuiltIns(pack, file);
  for (const warning of [...warnings, ...resolved.warnings]) io.stderr(`${file}: advarsel: ${errorLine(warning)}\n`);
  const n = pack.rules.length;
  io.stdout(`Regelpakken er gyldig: ${pack.metadata.name} ${pack.version}, ${n} ${n === 1 ? 'regel' : 'regler'}.\n`);
  return EXIT_OK;
}
