import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkText } from '../server/src/core/check/check';

const dir = join(__dirname, '..', 'examples');
const clean = readdirSync(dir).filter((f) => f.endsWith('.partnership.yaml') && f !== 'typical-mistakes.partnership.yaml');

test('there are at least three clean example applications', () => {
  assert.ok(clean.length >= 3, clean.join(', '));
});

for (const file of clean) {
  test(`examples/${file} produces no diagnostic`, () => {
    const result = checkText(readFileSync(join(dir, file), 'utf8'));
    assert.deepEqual(result.failures, []);
    assert.deepEqual(result.findings.map((f) => `${f.rule}: ${f.message}`), []);
  });
}

test('examples/typical-mistakes shows one diagnostic for each typical mistake', () => {
  const result = checkText(readFileSync(join(dir, 'typical-mistakes.partnership.yaml'), 'utf8'));
  const at = (offset: number) => {
    const p = result.lines.position(offset);
    return `${p.line + 1}:${p.character + 1}`;
  };
  assert.deepEqual(
    result.findings.map((f) => `${at(f.span.start)} ${f.severity} ${f.rule}`),
    [
      '18:14 error unknown-country',
      '27:11 warning accompanying-adults',
      '28:11 error unknown-partner',
      '29:15 error duration-range',
      '40:15 error pupil-schools',
      '43:14 error pupil-min-age',
      '44:15 error long-term-abroad',
      '45:15 error participant-role',
      '49:11 error blended-virtual',
      '51:15 error duration-format',
    ],
  );
});
