import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../server/src/core/check/rules';

/** The rules that declare fixes. */
const FIX_PROVIDERS = Object.fromEntries(RULES.flatMap((rule) => (rule.fixes ? [[rule.id, rule.fixes]] : [])));
import { isRuleId } from '../server/src/core/base/types';
import { checkEveryFix, checkFix } from './helpers/check-fix';

const root = join(__dirname, 'fixtures', 'fixes');

describe('quick fix goldens', () => {
  for (const dir of readdirSync(root).sort()) {
    describe(dir, () => {
      for (const file of readdirSync(join(root, dir)).sort()) {
        if (!/\.partnership\.ya?ml$/.test(file)) continue;
        it(file, () => checkFix(join(root, dir, file)));
      }
    });
  }
});

describe('quick fixes on every rule fixture', () => {
  // Every action offered for every diagnostic of the rule fixtures: the result parses without new
  // YAML problems, keeps every comment, and leaves no finding of its rule where it edited.
  const rulesRoot = join(__dirname, 'fixtures', 'rules');
  for (const dir of readdirSync(rulesRoot).sort()) {
    it(dir, () => {
      for (const file of readdirSync(join(rulesRoot, dir)).sort()) {
        if (/\.partnership\.ya?ml$/.test(file)) checkEveryFix(join(rulesRoot, dir, file));
      }
    });
  }
});

describe('fix providers', () => {
  it('are declared by the rules, and each has golden fixtures', () => {
    assert.ok(Object.keys(FIX_PROVIDERS).length >= 9);
    const dirs = readdirSync(root);
    for (const rule of Object.keys(FIX_PROVIDERS)) {
      assert.ok(isRuleId(rule), rule);
      assert.ok(dirs.includes(rule), `test/fixtures/fixes/${rule} is missing`);
      const files = readdirSync(join(root, rule));
      assert.ok(files.some((file) => /\.fix\.(en|sv)\.yaml$/.test(file)), `no golden for ${rule}`);
    }
    for (const dir of dirs) assert.ok(dir in FIX_PROVIDERS || dir === 'disable' || dir === 'fix-all', `unexpected folder ${dir}`);
  });
});
