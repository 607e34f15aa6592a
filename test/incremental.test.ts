/**
 * Incremental checking (server/src/core/check/incremental) must give exactly what a
 * full check of the same text gives. Random edits (seeded, so a failure
 * reproduces) are applied one after another to example and generated
 * applications, carrying the incremental state from edit to edit; after each,
 * the result is compared with `checkText` of the edited text: findings,
 * document values, every container's location, syntax problems and model.
 * The edits include the ones that move piece boundaries: new `- id:` lines,
 * deleted lines, broken indentation, YAML errors, joined items, edits in
 * `partners` (which every activity refers to) and in top-level keys.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { generateApplication } from '../scripts/bench/generate';
import { checkText } from '../server/src/core/check/check';
import { checkIncremental } from '../server/src/core/check/incremental';
import { segment } from '../server/src/core/check/incremental/segment';
import type { CheckConfig } from '../server/src/core/base/types';
import { replace, runChain, snapshot } from './helpers/random-edits';

const EXAMPLES = join(__dirname, '..', 'examples');
const CONFIGS: readonly CheckConfig[] = [
  { locale: 'en', rules: {} },
  { locale: 'sv', rules: { 'activity-relevance': 'off', 'duration-range': 'warning' } },
];

/** The lists' items written at column 0 (`- id:` under `partners:`), as YAML allows. */
function atColumnZero(text: string): string {
  const lists = text.indexOf('\npartners:');
  return text.slice(0, lists) + text.slice(lists).replace(/^ {2}/gm, '');
}

const examples = readdirSync(EXAMPLES)
  .filter((name) => name.endsWith('.partnership.yaml'))
  .map((name) => ({ name, text: readFileSync(join(EXAMPLES, name), 'utf8') }));
const generated = [
  { name: 'generated, 12 activities', text: generateApplication({ activities: 12, seed: 7 }) },
  { name: 'generated, 30 activities, items at column 0', text: atColumnZero(generateApplication({ activities: 30, seed: 8 })) },
];

for (const [index, { name, text }] of [...examples, ...generated].entries()) {
  test(`random edits to ${name} give the same result as a full check`, () => {
    const totals = { pieces: 0, whole: 0, reused: 0 };
    // INCREMENTAL_CHAINS=500 node test/run.mjs incremental: a longer search for differences.
    const chains = Number(process.env.INCREMENTAL_CHAINS ?? 12);
    for (let chain = 0; chain < chains; chain++) {
      const stats = runChain(text, 1000 * index + chain, 12, CONFIGS[chain % CONFIGS.length]);
      totals.pieces += stats.pieces;
      totals.whole += stats.whole;
      totals.reused += stats.reused;
    }
    // The incremental path must actually be taken, and reuse pieces, for the comparison to mean anything.
    assert.ok(totals.pieces > totals.whole, `pieces ${totals.pieces}, whole ${totals.whole}`);
    assert.ok(totals.reused > totals.pieces, `only ${totals.reused} pieces reused in ${totals.pieces} checks`);
  });
}

test('a one-character edit in a value reparses one piece and reuses the rest', () => {
  const text = generateApplication({ activities: 50, seed: 3 });
  const config = CONFIGS[0];
  const first = checkIncremental(undefined, text, config);
  assert.equal(first.stats.mode, 'pieces');
  const at = text.indexOf('title: ', Math.floor(text.length / 2)) + 'title: '.length;
  const edited = replace(text, at, at, 'X');
  const second = checkIncremental(first.state, edited, config);
  assert.deepEqual(second.stats, { mode: 'pieces', pieces: first.stats.pieces, parsed: 1 });
  assert.deepStrictEqual(snapshot(second.result), snapshot(checkText(edited, config)));
});

test('a YAML error falls back to the whole parse, and the pieces come back once it is fixed', () => {
  const text = generateApplication({ activities: 20, seed: 4 });
  const config = CONFIGS[0];
  const first = checkIncremental(undefined, text, config);
  const at = text.indexOf('title: ') + 'title: '.length;
  const broken = replace(text, at, at, '"');
  const second = checkIncremental(first.state, broken, config);
  assert.equal(second.stats.mode, 'whole');
  assert.deepStrictEqual(snapshot(second.result), snapshot(checkText(broken, config)));
  const third = checkIncremental(second.state, text, config);
  assert.deepEqual(third.stats, { mode: 'pieces', pieces: first.stats.pieces, parsed: 0 });
});

// (Results share the parsed pieces: an old result's spans stand where the newest check placed
// them, so it is the states, not the results, that stay usable: see core/incremental/index.ts.)
test('an old state stays usable after a newer one was made from it', () => {
  const text = generateApplication({ activities: 15, seed: 5 });
  const config = CONFIGS[0];
  const first = checkIncremental(undefined, text, config);
  const at = text.indexOf('  - id: A3');
  const inserted = replace(text, at, at, '  - id: NEW\n    type: blended-mobility\n');
  checkIncremental(first.state, inserted, config);
  const deleted = replace(text, at, text.indexOf('  - id: A4'), '');
  const again = checkIncremental(first.state, deleted, config);
  assert.deepStrictEqual(snapshot(again.result), snapshot(checkText(deleted, config)));
  // And checking the first text again from the newest state gives its result.
  const back = checkIncremental(again.state, text, config);
  assert.deepStrictEqual(snapshot(back.result), snapshot(checkText(text, config)));
});

test('the split into pieces covers the text and refuses layouts it cannot vouch for', () => {
  const text = generateApplication({ activities: 5, seed: 6 });
  const segments = segment(text);
  assert.ok(segments);
  assert.equal(segments[0].start, 0);
  assert.equal(segments[segments.length - 1].end, text.length);
  for (let i = 1; i < segments.length; i++) assert.equal(segments[i].start, segments[i - 1].end);
  assert.deepEqual(
    segments.filter((s) => s.kind !== 'item').map((s) => `${s.kind} ${s.key}`),
    ['entry project', 'header partners', 'header activities', 'header youth-initiatives', 'entry x-internal-reference'],
  );
  for (const refused of ['---\nproject: 1\n', '  project: 1\n', 'project: 1\nproject: 2\n', 'a:\n  - x\n - y\n', 'a:\n\t- x\n', 'a: 1\r\nb: 2\rc: 3\n', '{a: 1}\n', '']) {
    assert.equal(segment(refused), undefined, JSON.stringify(refused));
  }
});
