import type { Plugin } from 'vite';

/**
 * @nlpjs/core's BaseStemmer requires its dependency-injection container and its tokenizer at load time,
 * for methods we never call (we call the Snowball steps only: setCurrent, innerStem, getCurrent). Stubbed in the bundle: about 3 kB gzip.
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
