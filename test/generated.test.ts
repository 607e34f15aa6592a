// Every generated file is what `npm run generate` writes today: the schema, the validator, the
// grammar, package.json's rule settings and their translations, and the rule docs. The
// generators run into a temporary folder, and each file written there must equal the committed
// one. With UPDATE_EXPECT=1 the committed files are rewritten instead (then review the diff).
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { GENERATORS, generateAll } from '../scripts/generate';
import { ROOT } from '../scripts/output';
import { firstDifference } from './helpers/first-difference';

const UPDATE = process.env.UPDATE_EXPECT === '1';
const outDir = mkdtempSync(join(tmpdir(), 'partnership-generate-'));
let written: string[] = [];

before(async () => {
  written = await generateAll(outDir);
});
after(() => rmSync(outDir, { recursive: true, force: true }));

test('npm run generate writes the rule table, schema, validator, grammar, manifest settings, rule docs and format reference', () => {
  assert.deepEqual(
    GENERATORS.map((generator) => generator.name),
    ['rule table', 'schema', 'validator', 'grammar', 'manifest', 'docs', 'format-doc'],
  );
  for (const file of [
    'server/src/core/check/rules/index.ts',
    'server/src/core/base/rule-ids.ts',
    'schemas/partnership-application.schema.json',
    'server/src/core/format/generated/schema-validator.js',
    'syntaxes/partnership-application.tmLanguage.json',
    'package.json',
    'package.nls.json',
    'package.nls.sv.json',
    'README.md',
    'docs/rules.md',
    'docs/format.md',
  ]) {
    assert.ok(written.includes(file), `${file} is generated`);
  }
  assert.equal(new Set(written).size, written.length, 'no file is written by two generators');
});

test('every generated file equals the committed one (UPDATE_EXPECT=1 rewrites them)', () => {
  const stale: string[] = [];
  for (const file of written) {
    const committedPath = join(ROOT, file);
    const fresh = readFileSync(join(outDir, file), 'utf8');
    const committed = existsSync(committedPath) ? readFileSync(committedPath, 'utf8') : undefined;
    if (committed === fresh) continue;
    if (UPDATE) copyFileSync(join(outDir, file), committedPath);
    else stale.push(committed === undefined ? `${file}: not committed` : `${file}: ${firstDifference(committed, fresh)}`);
  }
  assert.ok(stale.length === 0, `stale generated files (run \`npm run generate\`, or the tests with UPDATE_EXPECT=1):\n${stale.join('\n')}`);
});
