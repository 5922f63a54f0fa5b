import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { nlpjsStemmerStubs } from './scripts/nlpjs-stemmer-stubs';

// The Norwegian Snowball stemmer ships inside @nlpjs/lang-no, which imports the whole @nlpjs/core
// barrel; the shim hands it only the two Snowball runtime classes it uses (keeps the content script small).
export const nlpjsCoreShim = fileURLToPath(new URL('./rules/text/nlpjs-core-shim.cjs', import.meta.url));
// Exact match only: a plain string alias also rewrites `@nlpjs/core/src/…`, which the shim itself requires.
export const nlpjsCoreAlias = [{ find: /^@nlpjs\/core$/, replacement: nlpjsCoreShim }];

export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'Vedtakslos',
    description:
      'Kvalitetssjekk av vedtak, tiltaksplaner og evalueringer i barnevernets fagsystem – lokalt, uten nettverk.',
    default_locale: undefined,
    // Each permission is explained in the README («Tillatelser»).
    permissions: ['storage', 'scripting', 'activeTab'],
    // Where the built-in content script runs (the demo, tests, local copies): the background injects the
    // page checker there (entrypoints/content/page-checker-handoff.ts). Fagsystem origins stay optional.
    host_permissions: ['http://localhost/*', 'http://127.0.0.1/*'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'vedtakslos@example.invalid' } } }
      : { storage: { managed_schema: 'managed-schema.json' } }),
    content_security_policy: {
      // connect-src: only the managed pack URL is ever fetched (extension/managed-policy.ts checks its origin).
      extension_pages: "script-src 'self'; object-src 'self'; connect-src https: http://localhost:* http://127.0.0.1:*",
    },
  }),
  vite: () => ({
    plugins: [preact(), nlpjsStemmerStubs()],
    resolve: { alias: nlpjsCoreAlias },
  }),
});
