import { Command, Help, Option } from 'commander';
import type { CliIO } from './io';

export interface RawCheckOptions {
  pack?: string;
  today?: string;
  format?: string;
  language?: string;
  url?: string;
}

export interface ProgramActions {
  check(files: string[], options: RawCheckOptions): Promise<void>;
  packValidate(file: string): Promise<void>;
}

/** Commander's help headings, in Norwegian. */
const HELP_TITLES: Record<string, string> = {
  'Usage:': 'Bruk:',
  'Options:': 'Valg:',
  'Commands:': 'Kommandoer:',
  'Arguments:': 'Argumenter:',
  'Global Options:': 'Felles valg:',
};

/**
 * The command line: `vedtakslos check FIL… [valg]` and `vedtakslos pack validate PAKKE.json`. Values are
 * validated by the commands (zod), not by commander, so every message stays Norwegian. Commander's
 * own errors are thrown (exitOverride) and translated by main.ts.
 */
export function buildProgram(io: CliIO, actions: ProgramActions, version: string): Command {
  const program = new Command('vedtakslos');
  program
    .description('Kvalitetssjekk av vedtak, tiltaksplaner og evalueringer i barnevernet – lokalt, uten nettverk.')
    .usage('[valg] <kommando>')
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: () => {},
    })
    .configureHelp({
      styleTitle: (title: string) => HELP_TITLES[title] ?? title,
      subcommandTerm(this: Help, cmd: Command) {
        return Help.prototype.subcommandTerm.call(this, cmd).replace('[options]', '[valg]');
      },
    })
    .exitOverride()
    .helpOption('-h, --help', 'Vis denne hjelpeteksten.')
    .helpCommand('help [kommando]', 'Vis hjelp for en kommando.')
    .version(version, '-V, --version', 'Vis versjonsnummeret.')
    .showSuggestionAfterError(true);

  program
    .command('check')
    .description('Sjekk dokumenter mot regelpakken og vis funnene.')
    .usage('FIL... [valg]')
    .argument('<filer...>', 'Dokumentmodeller (.json) eller HTML-sider med et utfylt skjema (.html).')
    .addOption(new Option('--pack <fil>', 'Regelpakke (JSON) som bygger på eller erstatter standardpakken (standard: Nasjonal standardpakke).'))
    .addOption(new Option('--today <dato>', 'Dagens dato for fristene, ÅÅÅÅ-MM-DD (standard: dagens dato).'))
    .addOption(new Option('--format <format>', 'Utdata: text eller json (standard: text).'))
    .addOption(new Option('--language <språk>', 'Språk i meldingene: nb, nn eller en (standard: nb).'))
    .addOption(new Option('--url <adresse>', 'Sidens adresse for HTML-filer, så adaptere for et bestemt fagsystem brukes (standard: filens file://-adresse).'))
    .addHelpText('after', [
      '',
      'Avslutningskode: 0 uten funn av alvorlighet «feil», 1 med minst én «feil», 2 ved ugyldig input.',
      '',
      'Eksempler:',
      '  vedtakslos check vedtak.json',
      '  vedtakslos check side.html --url http://localhost:5173/ --today 2026-11-23 --format json',
    ].join('\n'))
    .action((files: string[], options: RawCheckOptions) => actions.check(files, options));

  const pack = program
    .command('pack')
    .description('Arbeid med regelpakker.')
    .usage('<kommando>');
  pack
    .command('validate')
    .description('Kontroller at en regelpakke er gyldig, og vis hver feil med JSON-stien sin.')
    .usage('PAKKE.json')
    .argument('<pakke>', 'Regelpakken (JSON).')
    .action((file: string) => actions.packValidate(file));

  return program;
}
