// The TextMate grammar: generated from the checker's tables (so it cannot
// drift from them; test/generated.test.ts checks that the committed file is
// fresh), contributed in package.json, and checked with
// vscode-tmgrammar-test (snapshots of the examples + hand-written assertions
// in test/grammar/cases/) through `npm run test:grammar`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { GRAMMAR_PATH, SCOPE_NAME, buildGrammar } from '../scripts/generate-grammar';
import { COUNTRY_CODES } from '../server/src/core/format/countries';
import { RULE_IDS } from '../server/src/core/base/types';
import { ACTIVITY_TYPES, FIELDS, ORGANISATION_TYPES, PRIORITIES, PURPOSES, ROLES } from '../server/src/core/format/vocabulary';

const root = join(__dirname, '..');

test('the grammar names every enumerated value, rule id and country code of the checker', () => {
  const text = JSON.stringify(buildGrammar());
  const tables = [FIELDS, ACTIVITY_TYPES, ROLES, ORGANISATION_TYPES, PURPOSES, PRIORITIES].flatMap((table) => Object.keys(table));
  for (const word of [...tables, ...RULE_IDS]) {
    assert.ok(text.includes(JSON.stringify(word.replace(/-/g, '\\-')).slice(1, -1)), word);
  }
  assert.ok(text.includes(COUNTRY_CODES.join('|')));
});

test('package.json contributes the grammar for the language', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.deepEqual(manifest.contributes.grammars, [
    {
      language: 'partnership-application',
      scopeName: SCOPE_NAME,
      path: './syntaxes/partnership-application.tmLanguage.json',
    },
  ]);
  assert.equal(JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')).scopeName, SCOPE_NAME);
});

test('vscode-tmgrammar-test: snapshots of the examples and the assertion files pass (npm run test:grammar)', () => {
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'test-grammar.mjs')], { cwd: root, encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`;
  assert.equal(result.status, 0, output);
  const examples = readdirSync(join(root, 'examples')).filter((name) => /\.partnership\.ya?ml$/.test(name)).length;
  const cases = readdirSync(join(root, 'test', 'grammar', 'cases')).filter((name) => name.endsWith('.yaml')).length;
  assert.ok(examples >= 4 && cases >= 7);
  assert.match(output, new RegExp(`grammar: ${examples} snapshots and ${cases} assertion files passed`));
});
