import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readmeRuleTable, rulesPage, withReadmeTable } from '../scripts/rule-docs';

const root = join(__dirname, '..');

test('the README rule table is generated from the rule table (run `npm run docs`)', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  assert.equal(readme, withReadmeTable(readme, readmeRuleTable()));
});

test('docs/rules.md is generated from the rule table (run `npm run docs`)', () => {
  assert.equal(readFileSync(join(root, 'docs', 'rules.md'), 'utf8'), rulesPage());
});
