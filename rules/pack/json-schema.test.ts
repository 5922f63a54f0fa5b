import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packJsonSchemaText } from './json-schema';

describe('rules/pack/pack.schema.json', () => {
  it('is up to date with rules/pack/schema.ts (run `npm run schema` after changing the schema)', () => {
    const committed = readFileSync(new URL('./pack.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(packJsonSchemaText());
  });

  it('describes the check types and areas an editor should offer', () => {
    const text = packJsonSchemaText();
    for (const word of ['childVoice', 'notOnlyStockPhrases', 'forEach', 'barnets-beste', 'god-praksis', 'extends', 'overrides']) {
      expect(text).toContain(`"${word}"`);
    }
  });
});
