import * as z from 'zod/mini';
import { PackSchema } from './schema';

export interface SchemaFileMeta {
  $id: string;
  title: string;
  description: string;
}

/**
 * A zod schema as a committed JSON Schema file (draft 2020-12, the input side): `$schema`, then the file's
 * own `$id`, title and description, then the schema.
 */
export function jsonSchemaFileText(schema: z.ZodMiniType, meta: SchemaFileMeta, options: { unrepresentable?: 'any' } = {}): string {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', ...options });
  const withMeta = {
    $schema: json.$schema,
    ...meta,
    ...Object.fromEntries(Object.entries(json).filter(([key]) => key !== '$schema')),
  };
  return `${JSON.stringify(withMeta, null, 2)}\n`;
}

/** The pack format as JSON Schema, as committed in rules/pack/pack.schema.json. */
export function packJsonSchemaText(): string {
  return jsonSchemaFileText(PackSchema, {
    $id: 'https://vedtakslos.invalid/packs/pack.schema.json',
    title: 'Vedtakslos regelpakke',
    description: 'En regelpakke for Vedtakslos: regler for vedtak, tiltaksplaner og evalueringer i barnevernet (se rules/pack/schema.ts).',
  });
}
