/**
 * Writes rules/pack/pack.schema.json from the zod pack schema (rules/pack/schema.ts), for completion and
 * validation in editors: put `"$schema": "./pack.schema.json"` (or its path) at the top of a pack.
 * `npm run schema` regenerates it; rules/pack/json-schema.test.ts fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packJsonSchemaText } from '../rules/pack/json-schema';

const target = fileURLToPath(new URL('../rules/pack/pack.schema.json', import.meta.url));
writeFileSync(target, packJsonSchemaText());
console.log(`Skrev ${target}`);
