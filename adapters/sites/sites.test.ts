import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteAdapterJsonSchemaText } from '../json-schema';
import { SiteAdapterSchema } from '../schema';
import { BUILT_IN_ADAPTERS } from './index';

const dir = resolve(__dirname);
const schemaFile = resolve(dir, 'site-adapter.schema.json');

describe('built-in site adapters', () => {
  it('every JSON file here is a valid site adapter and is shipped', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const json = JSON.parse(readFileSync(resolve(dir, file), 'utf8'));
      const parsed = SiteAdapterSchema.safeParse(json);
      expect(parsed.success, `${file}: ${parsed.error?.message}`).toBe(true);
      expect(BUILT_IN_ADAPTERS.map((a) => a.id)).toContain(json.id);
    }
  });

  it('the committed JSON Schema is up to date (UPDATE_SCHEMA=1 rewrites it)', () => {
    const text = siteAdapterJsonSchemaText();
    if (process.env.UPDATE_SCHEMA) writeFileSync(schemaFile, text);
    expect(readFileSync(schemaFile, 'utf8')).toBe(text);
  });
});
