import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { standardPack } from '../index';
import { renderReadme } from './readme';

const target = fileURLToPath(new URL('../README.md', import.meta.url));
writeFileSync(target, renderReadme(standardPack));
console.log(`Skrev ${target}`);
