import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkDiagnosticsFixture } from './helpers/check-diagnostics';

const root = join(__dirname, 'fixtures', 'rules');

describe('rule fixtures', () => {
  for (const ruleDir of readdirSync(root).sort()) {
    describe(ruleDir, () => {
      for (const file of readdirSync(join(root, ruleDir)).sort()) {
        if (!/\.partnership\.ya?ml$/.test(file)) continue;
        it(file, () => checkDiagnosticsFixture(join(root, ruleDir, file)));
      }
    });
  }
});
