import { parseSiteAdapter, type SiteAdapter } from '../schema';
import fagsystemDemo from './fagsystem-demo.json';

/** The site adapters shipped with the extension, validated when the module loads. */
export const BUILT_IN_ADAPTERS: SiteAdapter[] = [parseSiteAdapter(fagsystemDemo)];
