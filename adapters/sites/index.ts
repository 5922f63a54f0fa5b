import type { SiteAdapter } from '../schema';

/** The site adapters shipped with the extension (validated by adapters/sites/sites.test.ts). */
export const BUILT_IN_ADAPTERS: SiteAdapter[] = [];
