// The validator is generated from the schema (test/generated.test.ts checks that it is fresh).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(__dirname, '..');
const generatedPath = join(root, 'server', 'src', 'core', 'format', 'generated', 'schema-validator.js');

test('the generated validator needs no schema compiler at run time', () => {
  const source = readFileSync(generatedPath, 'utf8');
  const required = [...source.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
  for (const module of required) {
    assert.match(module, /^(ajv-formats\/dist\/formats|ajv\/dist\/runtime\/.+)$/, `the validator requires ${module}`);
  }
  assert.ok(!/new Function|\beval\(/.test(source), 'no code is compiled at run time');
});
