import * as z from 'zod/mini';
import { SiteAdapterSchema } from './schema';

/** The site-adapter format as JSON Schema (draft 2020-12), as committed in adapters/sites/site-adapter.schema.json. */
export function siteAdapterJsonSchemaText(): string {
  const schema = z.toJSONSchema(SiteAdapterSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  const withMeta = {
    $schema: schema.$schema,
    $id: 'https://vedtakslos.invalid/adapters/site-adapter.schema.json',
    title: 'Vedtakslos sideadapter',
    description: 'Hvor et kjent fagsystem har hvert felt i vedtak, tiltaksplan og evaluering (se adapters/README.md).',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
  return `${JSON.stringify(withMeta, null, 2)}\n`;
}
