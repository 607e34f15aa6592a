import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkHover } from './helpers/check-hover';

const root = join(__dirname, 'fixtures', 'hover');

describe('hover fixtures', () => {
  for (const file of readdirSync(root).sort()) {
    if (!/\.partnership\.ya?ml$/.test(file)) continue;
    it(file, () => checkHover(join(root, file)));
  }
});
