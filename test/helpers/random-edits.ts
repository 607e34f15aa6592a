/**
 * Random edits for the incremental-checking test (test/incremental.test.ts):
 * seeded chains of edits, each result compared with a full check.
 */
import assert from 'node:assert/strict';
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import { prng } from '../../scripts/bench/generate';
import { checkText, type CheckResult } from '../../server/src/core/check/check';
import { checkIncremental, type IncrementalState } from '../../server/src/core/check/incremental';
import { segment } from '../../server/src/core/check/incremental/segment';
import type { CheckConfig } from '../../server/src/core/base/types';

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** Everything a consumer of a CheckResult reads, as comparable data. */
export function snapshot(result: CheckResult): unknown {
  const { doc } = result;
  const locations: unknown[] = [];
  const walk = (value: unknown, path: string) => {
    if (value === null || typeof value !== 'object') return;
    locations.push([path, doc.locate(value)]);
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}/${index}`));
    else for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key], `${path}/${key}`);
  };
  walk(doc.root, '');
  return {
    findings: result.findings,
    failures: result.failures,
    root: doc.root,
    rootSpan: doc.rootSpan,
    problems: doc.problems,
    locations,
    app: result.app,
    yaml: dumpYaml(result.doc.yaml.contents),
    lineStarts: Array.from({ length: result.lines.lineCount }, (_, line) => result.lines.lineStart(line)),
  };
}

/**
 * The `yaml` package's nodes as data: kind, range, scalar values, entries (reading every lazily
 * parsed item). An empty value's range ends where the next token starts (its third number), which a
 * piece parsed alone cannot see past its own end: for those, the first two numbers only.
 */
export function dumpYaml(node: unknown): unknown {
  if (node === null || node === undefined) return null;
  if (isScalar(node)) {
    const empty = node.value === null && node.range !== undefined && node.range !== null && node.range[0] === node.range[1];
    return ['scalar', empty ? node.range?.slice(0, 2) : node.range, node.type, node.value];
  }
  if (isAlias(node)) return ['alias', node.range, node.source];
  if (isMap(node)) return ['map', node.range, node.flow ?? false, node.items.map((pair) => [dumpYaml(pair.key), dumpYaml(pair.value)])];
  if (isSeq(node)) return ['seq', node.range, node.flow ?? false, node.items.map((item) => dumpYaml(item))];
  return ['other'];
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(text: string, random: Random): { start: number; end: number } {
  const start = pick(random, lineStarts(text));
  const newline = text.indexOf('\n', start);
  return { start, end: newline < 0 ? text.length : newline + 1 };
}

export function replace(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/** Offsets of a pattern's matches (the start of each), to aim edits at interesting places. */
function matches(text: string, pattern: RegExp): number[] {
  return [...text.matchAll(pattern)].map((match) => match.index ?? 0);
}

const CHARACTERS = [' ', ' ', '-', ':', '#', '"', "'", '[', ']', '{', '}', '\n', '\n', 'a', 'x', '1', '\t', '&', '*', '!', '|', '>', ',', '?', '\r', 'å'];

type Edit = (text: string, random: Random) => string;

export const EDITS: Readonly<Record<string, Edit>> = {
  'insert a character': (text, random) => {
    const at = Math.floor(random() * (text.length + 1));
    return replace(text, at, at, pick(random, CHARACTERS));
  },
  'type a word in a value': (text, random) => {
    const ends = matches(text, /: [^\n#]*\S(?=\n)/g).map((at) => text.indexOf('\n', at));
    if (ends.length === 0) return text;
    const at = pick(random, ends);
    return replace(text, at, at, pick(random, ['x', ' 2', 'ö', ': y', ' # note', 's']));
  },
  'delete a few characters': (text, random) => {
    const at = Math.floor(random() * text.length);
    return replace(text, at, Math.min(text.length, at + 1 + Math.floor(random() * 12)), '');
  },
  'insert a new item line': (text, random) => {
    const { start } = lineAt(text, random);
    const indent = pick(random, ['', '  ', '    ', '      ']);
    return replace(text, start, start, `${indent}- id: N${Math.floor(random() * 99)}\n`);
  },
  'insert a whole activity': (text, random) => {
    const starts = matches(text, /^ {2}- id: /gm);
    if (starts.length === 0) return text;
    const at = pick(random, starts);
    const block = `  - id: NEW\n    type: short-term-staff-training\n    host: ${pick(random, ['se-school', 'de-school', 'nowhere'])}\n    duration: ${pick(random, ['5 days', '2 dagar', '10'])}\n    participants:\n      - from: de-school\n        role: teacher\n        count: 2\n`;
    return replace(text, at, at, block);
  },
  'duplicate an item': (text, random) => {
    const starts = matches(text, /^ {2}- /gm);
    if (starts.length < 2) return text;
    const i = Math.floor(random() * (starts.length - 1));
    const block = text.slice(starts[i], starts[i + 1]);
    return replace(text, starts[i + 1], starts[i + 1], block);
  },
  'delete a line': (text, random) => {
    const { start, end } = lineAt(text, random);
    return replace(text, start, end, '');
  },
  'break the indentation': (text, random) => {
    const { start } = lineAt(text, random);
    if (random() < 0.5) return replace(text, start, start, pick(random, [' ', '  ', '\t', ' \t']));
    return text.startsWith(' ', start) ? replace(text, start, start + 1, '') : text;
  },
  'join two items': (text, random) => {
    const starts = matches(text, /^ *- /gm);
    if (starts.length === 0) return text;
    const at = pick(random, starts);
    const dash = text.indexOf('-', at);
    return replace(text, dash, dash + 1, ' ');
  },
  'join two lines': (text, random) => {
    const { end } = lineAt(text, random);
    return end < text.length ? replace(text, end - 1, end, ' ') : text;
  },
  'edit a partner': (text, random) => {
    const partners = text.indexOf('partners:');
    const activities = text.indexOf('\nactivities:');
    if (partners < 0) return text;
    const region = text.slice(partners, activities < 0 ? text.length : activities);
    const values = matches(region, /(?:id|country|type|coordinator): \S+/g);
    if (values.length === 0) return text;
    const at = partners + pick(random, values);
    const colon = text.indexOf(': ', at) + 2;
    const end = text.indexOf('\n', colon);
    return replace(text, colon, end < 0 ? text.length : end, pick(random, ['se-school', 'FI', 'SE', 'school', 'ngo', 'true', 'false', 'xx', 'higher-education-institution']));
  },
  'edit the project': (text, random) => {
    const field = text.indexOf('  field: ');
    const start = text.indexOf('  start: ');
    const duration = text.indexOf('  duration: ');
    const at = pick(random, [field, start, duration].filter((offset) => offset >= 0));
    if (at === undefined) return text;
    const colon = text.indexOf(': ', at) + 2;
    const end = text.indexOf('\n', colon);
    return replace(text, colon, end, pick(random, ['youth', 'higher-education', 'school-education', '2026-01-01', '2028-02-30', '6 months', '3 år', '10']));
  },
  'edit a top-level key': (text, random) => {
    const keys = matches(text, /^[a-z][a-z-]*:/gm);
    if (keys.length === 0) return text;
    const at = pick(random, keys);
    const colon = text.indexOf(':', at);
    return pick(random, [
      () => replace(text, colon, colon, 's'),
      () => replace(text, at, at, ' '),
      () => replace(text, at, at, '# '),
      () => replace(text, at, at, `${text.slice(at, colon)}: 1\n`),
      () => replace(text, at, at, '---\n'),
      () => replace(text, colon, colon + 1, ': []\n  #'),
    ])();
  },
  'open a quote or bracket': (text, random) => {
    const values = matches(text, /: \S/g);
    if (values.length === 0) return text;
    const at = pick(random, values) + 2;
    return replace(text, at, at, pick(random, ['"', "'", '[', '{', '&a ', '*a ', '!tag ', '|\n', '>-\n']));
  },
  'empty a value': (text, random) => {
    const values = matches(text, /: [^\n]+/g);
    if (values.length === 0) return text;
    const at = pick(random, values) + 1;
    const end = text.indexOf('\n', at);
    return replace(text, at, end < 0 ? text.length : end, pick(random, ['', ' ', ' # gone', '  #', ' |', ' >-', ' []', ' -']));
  },
  'add an empty item': (text, random) => {
    const starts = matches(text, /^ *- /gm);
    if (starts.length === 0) return text;
    const at = pick(random, starts);
    const dash = text.indexOf('-', at);
    return replace(text, at, at, `${' '.repeat(dash - at)}-${pick(random, ['', ' ', ' # empty', '\n'])}\n`);
  },
  'add a comment line': (text, random) => {
    const { start } = lineAt(text, random);
    return replace(text, start, start, `${pick(random, ['', '  ', '    ', '      '])}# ${pick(random, ['note', 'x: 1', '- y'])}\n`);
  },
  'rename or remove a list key': (text, random) => {
    const keys = matches(text, /^(partners|activities|youth-initiatives):.*\n/gm);
    if (keys.length === 0) return text;
    const at = pick(random, keys);
    const end = text.indexOf('\n', at) + 1;
    return replace(text, at, end, pick(random, ['', 'partners:\n', 'activities:\n', 'youth-initiatives:\n', 'x-old:\n']));
  },
  'add a suppression comment': (text, random) => {
    const { start } = lineAt(text, random);
    return replace(text, start, start, pick(random, ['# partnership-disable-next-line\n', '    # partnership-disable-next-line duration-range\n', '# partnership-disable schema\n']));
  },
  'use Windows line ends': (text, random) => {
    const { end } = lineAt(text, random);
    return end > 0 && text[end - 1] === '\n' ? replace(text, end - 1, end, random() < 0.7 ? '\r\n' : '\r') : text;
  },
  'undo to a clean file': (text) => text,
};

export function runChain(base: string, seed: number, steps: number, config: CheckConfig) {
  const random = prng(seed);
  let text = base;
  // Edits mostly start again from the last text that was checked in pieces, so that a
  // chain does not drift into text too broken to split and stay there.
  let lastInPieces = base;
  let state: IncrementalState | undefined;
  const stats = { pieces: 0, whole: 0, reused: 0 };
  const names = Object.keys(EDITS);
  for (let step = 0; step <= steps; step++) {
    let name = 'initial text';
    if (step > 0) {
      name = pick(random, names);
      const from = random() < 0.7 ? lastInPieces : text;
      text = name === 'undo to a clean file' ? base : EDITS[name](from, random);
    }
    const incremental = checkIncremental(state, text, config);
    assert.equal(incremental.stats.failure, undefined, `seed ${seed}, step ${step} (${name})`);
    state = incremental.state;
    if (incremental.stats.mode === 'pieces') {
      // Found again only around the edit, the segments must be those of a scan of the whole text.
      assert.deepStrictEqual(incremental.state.segments, segment(text), `seed ${seed}, step ${step} (${name}): segments`);
      stats.pieces++;
      lastInPieces = text;
    } else stats.whole++;
    stats.reused += incremental.stats.pieces - incremental.stats.parsed;
    const expected = checkText(text, config);
    assert.deepStrictEqual(
      snapshot(incremental.result),
      snapshot(expected),
      `seed ${seed}, step ${step} (${name}): the incremental result differs from a full check of:\n${text}`,
    );
  }
  return stats;
}

