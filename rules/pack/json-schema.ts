import * as z from 'zod/mini';
import { PackSchema } from './schema';

/** The pack format as JSON Schema (draft 2020-12), as committed in rules/pack/pack.schema.json. */
export function packJsonSchemaText(): string {
  const schema = z.toJSONSchema(PackSchema, { target: 'draft-2020-12', io: 'input' });
  const withMeta = {
    $schema: schema.$schema,
    $id: 'https://vedtakslos.invalid/packs/pack.schema.json',
    title: 'Vedtakslos regelpakke',
    description: 'En regelpakke for Vedtakslos: regler for vedtak, tiltaksplaner og evalueringer i barnevernet (se rules/pack/schema.ts).',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
  return `${JSON.stringify(withMeta, null, 2)}\n`;
}
