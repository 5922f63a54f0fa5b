import type { Pack } from '@/rules/pack/schema';
import { downloadText } from './download';

/** Exports a pack as `<id>-<version>.json`. */
export function download(pack: Pack): void {
  downloadText(`${pack.id.replace(/[^a-z0-9._-]+/g, '-')}-${pack.version}.json`, `${JSON.stringify(pack, null, 2)}\n`);
}
