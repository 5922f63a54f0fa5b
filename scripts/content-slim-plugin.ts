import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * The content script needs the standard pack's rules, not their worked examples (`fixtures`, run by the
 * tests and the workbench) nor their nynorsk/English texts (`translations`: the checker reports in
 * bokmål; the engine falls back to the rule's own texts). Both stay in the rule files beside the rule,
 * where the authors keep them; this build step drops them from the content-script bundle only, so
 * the options page, the CLI and the tests see the full rule files. About two-thirds of the pack's bytes.
 */
const RULE_FILE = /\/rules\/standard\/(?!_)[^/]+\/[^/]+\.ts$/;

/**
 * @nlpjs/core's BaseStemmer requires its dependency-injection container and its tokenizer at load time,
 * for methods we never call (we use `stemWord` only). Stubbed in the bundle: about 3 kB gzip.
 */
const NLPJS_STUBS: Record<string, string> = {
  './container': 'module.exports = { defaultContainer: { get() { return undefined; } } };',
  './tokenizer': 'module.exports = class Tokenizer { tokenize(text) { return text.split(/\\s+/); } };',
};
const STUB_PREFIX = '\0vedtakslos-nlpjs-stub:';

export function nlpjsStemmerStubs(): Plugin {
  return {
    name: 'vedtakslos:nlpjs-stemmer-stubs',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer && /@nlpjs[\\/]core[\\/]src[\\/]base-stemmer\.js$/.test(importer) && source in NLPJS_STUBS) return STUB_PREFIX + source;
      return null;
    },
    load(id) {
      return id.startsWith(STUB_PREFIX) ? NLPJS_STUBS[id.slice(STUB_PREFIX.length)]! : null;
    },
  };
}

export function contentSlimPlugin(): Plugin {
  let contentBuild = false;
  return {
    name: 'vedtakslos:content-slim-rules',
    enforce: 'pre',
    configResolved(config) {
      const lib = config.build.lib;
      const entry = lib ? JSON.stringify(lib.entry) : '';
      contentBuild = /content-script-(isolated|main)-world-entrypoint/.test(entry) && /entrypoints\/content\b/.test(entry);
    },
    transform(code, id) {
      if (!contentBuild) return null;
      const file = id.split('?')[0]!;
      if (!RULE_FILE.test(file) || file.endsWith('.test.ts')) return null;
      const out = slimRuleSource(code, file);
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** The rule file's source without `translations` in `export const rule` and with `fixtures` emptied. */
export function slimRuleSource(code: string, fileName = 'rule.ts'): string {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts: { start: number; end: number; text: string }[] = [];
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    for (const decl of statement.declarationList.declarations) {
      if (!ts.isIdentifier(decl.name) || !decl.initializer) continue;
      if (decl.name.text === 'fixtures') {
        cuts.push({ start: decl.initializer.getStart(source), end: decl.initializer.end, text: 'undefined as never' });
      } else if (decl.name.text === 'rule') {
        let init: ts.Expression = decl.initializer;
        while (ts.isSatisfiesExpression(init) || ts.isAsExpression(init) || ts.isParenthesizedExpression(init)) init = init.expression;
        if (!ts.isObjectLiteralExpression(init)) continue;
        for (const prop of init.properties) {
          if (prop.name && ts.isIdentifier(prop.name) && prop.name.text === 'translations') {
            let end = prop.end;
            // Take the trailing comma with it.
            const rest = code.slice(end);
            const comma = /^\s*,/.exec(rest);
            if (comma) end += comma[0].length;
            cuts.push({ start: prop.getFullStart(), end, text: '' });
          }
        }
      }
    }
  }
  let out = code;
  for (const cut of cuts.sort((a, b) => b.start - a.start)) out = out.slice(0, cut.start) + cut.text + out.slice(cut.end);
  return out;
}
