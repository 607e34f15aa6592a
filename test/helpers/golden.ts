/**
 * Golden files: one naming scheme and one update switch for every feature test.
 *
 *   <name>.partnership.yaml                 the fixture
 *   <name>.<feature>.<locale>.<ext>         what the feature gives for it in that locale
 *
 * `ext` is `txt` for a rendering (completion, symbols, hints, lenses), `md` for markdown (hover)
 * and `yaml` for the text after an edit (fix, rename). `UPDATE_EXPECT=1` writes the goldens
 * instead of comparing (review the diff before committing); without it a missing golden or a
 * difference fails with the lines that differ.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Locale } from '../../server/src/core/base/types';

export type GoldenExt = 'txt' | 'md' | 'yaml' | 'json' | 'html';

export function goldenPath(fixturePath: string, feature: string, locale: Locale, ext: GoldenExt): string {
  if (!/\.partnership\.ya?ml$/.test(fixturePath)) throw new Error(`${fixturePath} is not a *.partnership.yaml fixture`);
  return fixturePath.replace(/\.partnership\.ya?ml$/, `.${feature}.${locale}.${ext}`);
}

export function updating(): boolean {
  return process.env.UPDATE_EXPECT === '1';
}

export function compareGolden(path: string, actual: string): void {
  if (updating()) {
    writeFileSync(path, actual);
    return;
  }
  assert.ok(existsSync(path), `no golden file ${path} (UPDATE_EXPECT=1 writes it; review it before committing)`);
  const expected = readFileSync(path, 'utf8');
  if (actual !== expected) assert.fail(`${path} differs (UPDATE_EXPECT=1 rewrites it):\n${lineDiff(expected, actual)}`);
}

/** The differing lines with two lines of context, `-` golden and `+` actual, numbered from 1. */
export function lineDiff(expected: string, actual: string, context = 2): string {
  const want = expected.split('\n');
  const got = actual.split('\n');
  let first = 0;
  while (first < want.length && first < got.length && want[first] === got[first]) first++;
  let fromEnd = 0;
  while (
    fromEnd < want.length - first &&
    fromEnd < got.length - first &&
    want[want.length - 1 - fromEnd] === got[got.length - 1 - fromEnd]
  ) fromEnd++;
  // Invisible differences (a CR of a CRLF golden, a tab) are written out; the rest as it is.
  const show = (line: string) => line.replace(/\r/g, '\\r').replace(/\t/g, '\\t');
  const out: string[] = [];
  for (let i = Math.max(0, first - context); i < first; i++) out.push(`  ${i + 1} ${show(want[i])}`);
  for (let i = first; i < want.length - fromEnd; i++) out.push(`- ${i + 1} ${show(want[i])}`);
  for (let i = first; i < got.length - fromEnd; i++) out.push(`+ ${i + 1} ${show(got[i])}`);
  const after = want.length - fromEnd;
  for (let i = after; i < Math.min(want.length, after + context); i++) out.push(`  ${i + 1} ${show(want[i])}`);
  return out.join('\n');
}
