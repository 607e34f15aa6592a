// Quick fixes never lose text (issue 6): every quick fix offered for every
// finding — of every example and fixture, of random edits of them, and of
// random applications — gives a text that parses (no more YAML problems than
// before), keeps every comment, changes nothing outside the fixed node, and
// leaves no finding of the fixed rule where it edited or where the finding was
// (unless the rule is inherently multi-step: see MULTI_STEP). "Disable" changes comments only. "Fix all" keeps
// the same promises and converges.
//
// "The fixed node": the mapping that holds the key or value the finding points
// at (a fix may rename or replace that key or value, or add a sibling key such
// as `accompanying`), as whole lines. Test-only knowledge of the YAML comes from
// the `yaml` package directly, not from the core.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { isMap, parseDocument, visit, type Node } from 'yaml';
import { checkText } from '../../server/src/core/check/check';
import { applyEdits, disableFor, fixAll, fixesFor, type Fix } from '../../server/src/core/check/fixes';
import type { CheckConfig, Finding, RuleId, Span } from '../../server/src/core/base/types';
import { assertCommentsKept as commentsKept } from '../helpers/check-fix';
import { describeFindings, findingsLeft } from '../helpers/fix-property';
import { applicationText } from './helpers/applications';
import { applyChange, edit, sourceFiles, toChange } from './helpers/edits';
import { check } from './helpers/property';

const CONFIG: CheckConfig = { locale: 'en', rules: {} };

/**
 * Rules whose single fix may leave a finding of the same rule where it edited, and why. Empty means
 * every fix removed its finding on every input tried.
 */
const MULTI_STEP: Readonly<Partial<Record<RuleId, string>>> = {};

/** Every comment is kept. (The yaml Lexer reads a lone CR as text; as a line break it is `\n`.) */
function assertCommentsKept(where: string, before: string, after: string): void {
  const lf = (text: string) => text.replace(/\r(?!\n)/g, '\n');
  commentsKept(where, lf(before), lf(after));
}

/** The text's lines as [start, end) offsets, an end including its line break. */
function lineBounds(text: string): { start: number; end: number }[] {
  const bounds: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      bounds.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  bounds.push({ start, end: text.length });
  return bounds;
}

/**
 * Where a fix of `finding` may edit: the whole lines of the innermost mapping that holds a key or
 * value containing the finding's span (for a finding on a mapping's first key, that mapping). The
 * whole text when the finding lies in no mapping.
 */
function fixedNode(text: string, finding: Finding): Span {
  const doc = parseDocument(text, { keepSourceTokens: false, uniqueKeys: false });
  const { start, end } = finding.span;
  const contains = (range: readonly number[] | null | undefined) => !!range && range[0] <= start && end <= Math.max(range[1], range[2] ?? range[1]);
  let best: { size: number; span: Span } | undefined;
  visit(doc, {
    Pair(_key, pair, path) {
      const keyNode = pair.key as Node | null;
      const valueNode = pair.value as Node | null;
      const inKey = contains(keyNode?.range);
      const inValue = contains(valueNode?.range);
      if (!inKey && !inValue) return;
      const parent = path[path.length - 1];
      if (!isMap(parent) || !parent.range) return;
      const span = { start: parent.range[0], end: parent.range[2] };
      const size = span.end - span.start;
      if (!best || size <= best.size) best = { size, span };
    },
  });
  if (!best) return { start: 0, end: text.length };
  // Whole lines: a fix may insert a line at the mapping's indentation, before its first key or after its last line.
  const lines = lineBounds(text);
  const first = lines.find((line) => line.start <= best!.span.start && best!.span.start < Math.max(line.end, line.start + 1)) ?? lines[0];
  const last = lines.find((line) => line.start <= best!.span.end && best!.span.end <= line.end) ?? lines[lines.length - 1];
  return { start: first.start, end: Math.max(last.end, best.span.end) };
}

/**
 * Rules whose fix edits, by design, a value outside the fixed node as well, and where:
 * outside-project-period extends the project period (`project.duration`), not the activity.
 */
const ALSO_EDITS: Readonly<Partial<Record<RuleId, (text: string) => Span | undefined>>> = {
  'outside-project-period': (text) => {
    const duration = parseDocument(text, { uniqueKeys: false }).getIn(['project', 'duration'], true) as Node | undefined;
    return duration?.range ? { start: duration.range[0], end: duration.range[1] } : undefined;
  },
};

/** The text without its whole-line comments: what "Disable" (a comment line, or a rule added to one) must leave unchanged. */
function withoutCommentLines(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .split(/(?<=\r\n|\n|\r(?!\n))/)
    .filter((line) => !/^[ \t]*#/.test(line))
    .join('');
}

interface Stats {
  fixes: number;
  findingsWithFixes: number;
  /** Fixes that left their finding in a file with YAML syntax problems. */
  leftInBrokenFiles: number;
}

/** Every fix offered for every finding of `text`, applied one at a time, keeps the promises. */
function assertEveryFix(where: string, text: string, stats: Stats, limit = Infinity): void {
  const before = checkText(text, CONFIG);
  const problemsBefore = before.doc.problems.length;
  let tried = 0;
  for (const finding of before.findings) {
    const fixes = fixesFor(before, finding, CONFIG);
    if (fixes.length > 0) stats.findingsWithFixes++;
    for (const fix of fixes) {
      if (tried++ >= limit) return;
      stats.fixes++;
      const label = `${where}: "${fix.title}" for ${finding.rule} at [${finding.span.start}, ${finding.span.end})`;
      const after = applyFix(label, text, fix);
      assert.notEqual(after, text, `${label} changes nothing`);
      assertCommentsKept(label, text, after);
      assert.ok(checkText(after, CONFIG).doc.problems.length <= problemsBefore, `${label} adds YAML problems:\n${after}`);
      const region = fixedNode(text, finding);
      const also = ALSO_EDITS[finding.rule]?.(text);
      const within = (span: Span, area: Span | undefined) => !!area && area.start <= span.start && span.end <= area.end;
      for (const change of fix.edits) {
        assert.ok(
          within(change.span, region) || within(change.span, also),
          `${label} edits [${change.span.start}, ${change.span.end}) outside the fixed node [${region.start}, ${region.end}):\n${text.slice(region.start, region.end)}`,
        );
      }
      const remaining = checkText(after, CONFIG);
      assert.deepEqual(remaining.failures, [], label);
      // In a file the parser could not read, the recovery around a broken construct can swallow an
      // added key: there a fix may take more than one step (counted, not failed).
      const left = findingsLeft(before, finding, fix.edits, remaining);
      if (left.length > 0) {
        if (problemsBefore > 0 || MULTI_STEP[finding.rule]) stats.leftInBrokenFiles++;
        else assert.fail(`${label} leaves a finding of its rule where it edited:\n${describeFindings(left, after)}\n${after}`);
      }
    }
    const disable = disableFor(before, finding, CONFIG);
    if (disable && tried++ < limit) {
      const label = `${where}: "${disable.title}"`;
      const after = applyFix(label, text, disable);
      assertCommentsKept(label, text, after);
      assert.equal(withoutCommentLines(after), withoutCommentLines(text), `${label} changes more than comments`);
      // In a file the YAML parser could not read, a comment line inserted above a finding can move it
      // (the parser's recovery, and an empty key's position, depend on the lines around them): there
      // "Disable" may take more than one step. In a readable file it always silences the finding.
      if (problemsBefore === 0) {
        const left = findingsLeft(before, finding, disable.edits, checkText(after, CONFIG));
        assert.deepEqual(left, [], `${label} leaves the finding:\n${describeFindings(left, after)}`);
      }
    }
  }
}

function applyFix(label: string, text: string, fix: Fix): string {
  for (const change of fix.edits) {
    assert.ok(0 <= change.span.start && change.span.start <= change.span.end && change.span.end <= text.length, `${label}: an edit outside the text`);
  }
  return applyEdits(text, fix.edits);
}

/**
 * "Fix all": parses, keeps comments, and converges. An edit that touches one of an earlier pass is
 * left for the next "Fix all" by design (`1 ar` becomes `1 år`, and only then the too long `1 år`
 * becomes `2 månader`), so a second run may still fix something, but the runs never go on forever.
 */
function assertFixAll(where: string, original: string): void {
  let text = original;
  for (let round = 0; round < 4; round++) {
    const result = fixAll(text, CONFIG);
    if (result.edits.length === 0) return;
    assert.equal(applyEdits(text, result.edits), result.text, `${where}: "Fix all" edits give its text`);
    assert.ok(checkText(result.text, CONFIG).doc.problems.length <= checkText(text, CONFIG).doc.problems.length, `${where}: "Fix all" adds YAML problems`);
    assertCommentsKept(`${where} (Fix all)`, text, result.text);
    text = result.text;
  }
  assert.fail(`${where}: "Fix all" still finds something to fix after four runs:\n${text}`);
}

const sources = sourceFiles();

describe('quick fixes never lose text', () => {
  test('every fix for every finding of every example and fixture', (t) => {
    const stats: Stats = { fixes: 0, findingsWithFixes: 0, leftInBrokenFiles: 0 };
    for (const source of sources) {
      assertEveryFix(source.name, source.text, stats);
      assertFixAll(source.name, source.text);
    }
    t.diagnostic(`${stats.fixes} fixes for ${stats.findingsWithFixes} findings in ${sources.length} files; ${stats.leftInBrokenFiles} left their finding in a file with YAML problems`);
    assert.ok(stats.fixes > 50, `only ${stats.fixes} fixes were tried`);
  });

  test('every fix after random edits of the examples and fixtures', (t) => {
    const stats: Stats = { fixes: 0, findingsWithFixes: 0, leftInBrokenFiles: 0 };
    check(
      'fixes after edits',
      fc.tuple(fc.nat(sources.length - 1), fc.array(edit, { minLength: 1, maxLength: 3 })),
      ([index, edits]) => {
        let text = sources[index].text;
        for (const step of edits) text = applyChange(text, toChange(text, step));
        assertEveryFix(sources[index].name, text, stats, 12);
      },
      { seed: 60_661, numRuns: 150 },
    );
    t.diagnostic(`${stats.fixes} fixes for ${stats.findingsWithFixes} findings; ${stats.leftInBrokenFiles} left their finding in a file with YAML problems`);
  });

  test('every fix and "Fix all" on random applications', (t) => {
    const stats: Stats = { fixes: 0, findingsWithFixes: 0, leftInBrokenFiles: 0 };
    check(
      'fixes of random applications',
      applicationText,
      (text) => {
        assertEveryFix('random application', text, stats, 12);
        assertFixAll('random application', text);
      },
      { seed: 60_662, numRuns: 120 },
    );
    t.diagnostic(`${stats.fixes} fixes for ${stats.findingsWithFixes} findings; ${stats.leftInBrokenFiles} left their finding in a file with YAML problems`);
  });

  // replaceScalar once trimmed JavaScript's \s, which includes U+00A0, while YAML's own white space is
  // only space and tab: an unknown key ending in a no-break space got a fix that changed nothing.
  test('a key with a no-break space: its fix is not a no-op', () => {
    const text = 'project:\n  title: T\n  field: youth\n  duration\u00a0: 2 months\npartners:\n  - {id: a, name: A, country: SE, type: ngo, coordinator: true}\n  - {id: b, name: B, country: FI, type: ngo}\n';
    const stats: Stats = { fixes: 0, findingsWithFixes: 0, leftInBrokenFiles: 0 };
    assertEveryFix('no-break space in a key', text, stats);
    assert.ok(stats.fixes > 0);
  });

  test('the fixed node is found where the finding is', () => {
    const text = 'project:\n  title: T\n  field: youth\npartners:\n  - id: a\n    country: se\n  - id: b\n';
    const finding = { rule: 'unknown-country', severity: 'error', message: 'm', span: { start: text.indexOf('se\n'), end: text.indexOf('se\n') + 2 } } as const;
    const region = fixedNode(text, finding);
    assert.equal(text.slice(region.start, region.end), '  - id: a\n    country: se\n');
  });
});
