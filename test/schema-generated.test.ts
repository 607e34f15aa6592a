import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(__dirname, '..');
const generatedPath = join(root, 'server', 'src', 'core', 'generated', 'schema-validator.js');

test('the committed schema validator is what the schema generates (run `npm run generate` after changing the schema)', () => {
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'generate-validator.mjs'), '--stdout'], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
  assert.ok(result.stdout.length > 1000, 'the generator printed the validator');
  const committed = readFileSync(generatedPath, 'utf8');
  assert.ok(committed === result.stdout, 'server/src/core/generated/schema-validator.js is stale: run `npm run generate`');
});

test('the generated validator needs no schema compiler at run time', () => {
  const source = readFileSync(generatedPath, 'utf8');
  const required = [...source.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
  for (const module of required) {
    assert.match(module, /^(ajv-formats\/dist\/formats|ajv\/dist\/runtime\/.+)$/, `the validator requires ${module}`);
  }
  assert.ok(!/new Function|\beval\(/.test(source), 'no code is compiled at run time');
});
