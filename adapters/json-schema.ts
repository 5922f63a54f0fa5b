import { jsonSchemaFileText } from '../rules/pack/json-schema';
import { SiteAdapterSchema } from './schema';

/** The site-adapter format as JSON Schema, as committed in adapters/sites/site-adapter.schema.json. */
export function siteAdapterJsonSchemaText(): string {
  return jsonSchemaFileText(
    SiteAdapterSchema,
    {
      $id: 'https://vedtakslos.invalid/adapters/site-adapter.schema.json',
      title: 'Vedtakslos sideadapter',
      description: 'Hvor et kjent fagsystem har hvert felt i vedtak, tiltaksplan og evaluering (se adapters/README.md).',
    },
    { unrepresentable: 'any' },
  );
}
