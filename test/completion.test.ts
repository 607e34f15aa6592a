import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkCompletion } from './helpers/check-completion';

const root = join(__dirname, 'fixtures', 'completion');

describe('completion fixtures', () => {
  for (const file of readdirSync(root).sort()) {
    if (!/\.partnership\.ya?ml$/.test(file)) continue;
    it(file, () => checkCompletion(join(root, file)));
  }
});
