import type { CommanderError } from 'commander';

/**
 * Commander's own errors in Norwegian. Commander writes English («error: unknown option '--x'»);
 * the CLI silences that output and prints this instead (see program.ts).
 */
/** By the argument names in program.ts. */
const MISSING_ARGUMENT: Record<string, string> = {
  filer: 'Oppgi minst én fil å sjekke.',
  pakke: 'Oppgi regelpakkefilen som skal kontrolleres.',
};

export function norwegianCommanderMessage(error: CommanderError): string {
  const text = error.message;
  const quoted = /'([^']+)'/.exec(text)?.[1] ?? '';
  const suggestion = norwegianSuggestion(text);
  switch (error.code) {
    case 'commander.unknownOption':
      return `Ukjent valg «${quoted}».${suggestion}`;
    case 'commander.unknownCommand':
      return `Ukjent kommando «${quoted}».${suggestion}`;
    case 'commander.missingArgument':
      return MISSING_ARGUMENT[quoted] ?? `Mangler argumentet «${quoted}».`;
    case 'commander.optionMissingArgument':
      return `Valget «${quoted}» mangler en verdi.`;
    case 'commander.missingMandatoryOptionValue':
      return `Valget «${quoted}» må oppgis.`;
    case 'commander.excessArguments': {
      const [, expected, got] = /Expected (\d+) argument.* got (\d+)/.exec(text) ?? [];
      return expected ? `For mange argumenter: ventet ${expected}, fikk ${got}.` : 'For mange argumenter.';
    }
    case 'commander.invalidArgument':
      return `Ugyldig verdi: ${quoted}.`;
    case 'commander.conflictingOption':
      return 'To av valgene kan ikke brukes sammen.';
    default:
      return 'Ugyldig bruk av kommandoen.';
  }
}

function norwegianSuggestion(text: string): string {
  const match = /\(Did you mean (?:one of )?(.+)\?\)/.exec(text);
  return match ? ` Mente du ${match[1]!.replace(/, /g, ' eller ')}?` : '';
}
