import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { Lexer } from 'yaml';
import { checkText, type CheckResult } from '../../server/src/core/check';
import { applyEdits, disableFor, fixAll, fixesFor, type Fix } from '../../server/src/core/fixes';
import { parseApplication } from '../../server/src/core/parse';
import type { CheckConfig, Finding } from '../../server/src/core/types';
import { parseFixture } from './annotations';

/**
 * Golden tests for quick fixes. A fixture `<name>.partnership.yaml` is an application with
 *
 *   - `$0` inside the text of the diagnostic to fix (removed before checking);
 *   - `# fix: <exact title>` naming the action to apply (in the fixture's locale), or
 *     `# fix-all` to apply "Fix all" (then no `$0` is needed);
 *   - optionally `# offers: <title> [preferred, fix-all]` lines: the exact list of actions offered
 *     for that diagnostic, in order, with their flags;
 *   - optionally `# fixture: locale=sv rules=...` as in the rule fixtures.
 *
 * `<name>.after.yaml` holds the exact text after the action. The helper also asserts that every
 * comment of the input is still there, that the result parses without new YAML problems, and that
 * the fixed diagnostic is gone (fewer findings with its rule and data; for "Fix all", nothing left
 * that "Fix all" could fix). `UPDATE_GOLDENS=1` writes the goldens instead of comparing (review them).
 */
export function checkFix(path: string): void {
  const source = readFileSync(path, 'utf8');
  const cursor = source.indexOf('$0');
  const text = cursor < 0 ? source : source.slice(0, cursor) + source.slice(cursor + 2);
  assert.equal(text.indexOf('$0'), -1, `${path}: at most one $0`);
  const config = parseFixture(text).config;
  const before = checkText(text, config);
  assert.deepEqual(before.failures, [], `a rule threw while checking ${path}`);
  const wantsFixAll = /^\s*#\s*fix-all\s*$/m.test(text);
  let after: string;
  if (wantsFixAll) {
    after = applyFixAll(path, text, config);
  } else {
    assert.ok(cursor >= 0, `${path}: no $0 marks the diagnostic to fix`);
    const title = /^\s*#\s*fix:\s*(.+?)\s*$/m.exec(text)?.[1];
    assert.ok(title, `${path}: no "# fix: <title>" line`);
    const { finding, offered } = findingAt(path, before, cursor, title, config);
    const expectedOffers = [...text.matchAll(/^\s*#\s*offers:\s*(.+?)\s*$/gm)].map((match) => match[1]);
    if (expectedOffers.length > 0) assert.deepEqual(offered.map(describeFix), expectedOffers, `${path}: the actions offered`);
    const fix = offered.find((candidate) => candidate.title === title);
    assert.ok(fix, `${path}: no action titled "${title}"; offered: ${offered.map((f) => f.title).join(' | ')}`);
    after = applyEdits(text, fix.edits);
    const remaining = checkText(after, config);
    assert.ok(
      countLike(remaining, finding) < countLike(before, finding),
      `${path}: the ${finding.rule} finding is still reported after "${title}"`,
    );
  }
  compareGolden(path, after);
  assertCommentsKept(path, text, after);
  const problemsBefore = parseApplication(text).problems.length;
  const problemsAfter = parseApplication(after).problems.map((problem) => problem.message);
  assert.ok(problemsAfter.length <= problemsBefore, `${path}: the fix added YAML problems: ${problemsAfter.join('; ')}`);
}

/**
 * Applies, one at a time, every action offered for every finding of a file (the rule fixtures):
 * each result parses without new YAML problems, keeps every comment, and has fewer findings like
 * the one fixed (same rule and data). Also "Fix all" on the file.
 */
export function checkEveryFix(path: string): void {
  const text = readFileSync(path, 'utf8');
  const config = parseFixture(text).config;
  const before = checkText(text, config);
  const problemsBefore = before.doc.problems.length;
  for (const finding of before.findings) {
    for (const fix of offeredFor(before, finding, config)) {
      const where = `${path}: "${fix.title}" for ${finding.rule} at ${finding.span.start}`;
      const after = applyEdits(text, fix.edits);
      assertCommentsKept(where, text, after);
      assert.ok(parseApplication(after).problems.length <= problemsBefore, `${where} adds YAML problems`);
      const remaining = checkText(after, config);
      assert.deepEqual(remaining.failures, [], where);
      assert.ok(countLike(remaining, finding) < countLike(before, finding), `${where} leaves the finding`);
    }
  }
  const all = fixAll(text, config);
  assert.equal(applyEdits(text, all.edits), all.text, path);
  assert.ok(parseApplication(all.text).problems.length <= problemsBefore, `${path}: "Fix all" adds YAML problems`);
  assertCommentsKept(path, text, all.text);
}

function applyFixAll(path: string, text: string, config: CheckConfig): string {
  const result = fixAll(text, config);
  assert.ok(result.edits.length > 0, `${path}: "Fix all" found nothing to fix`);
  for (let i = 1; i < result.edits.length; i++) {
    assert.ok(result.edits[i - 1].span.end < result.edits[i].span.start, `${path}: "Fix all" edits overlap or touch`);
  }
  assert.equal(applyEdits(text, result.edits), result.text, `${path}: the edits do not give the text "Fix all" reports`);
  assert.deepEqual(fixAll(result.text, config).edits, [], `${path}: "Fix all" leaves something it could fix`);
  return result.text;
}

function findingAt(path: string, result: CheckResult, cursor: number, title: string, config: CheckConfig): { finding: Finding; offered: Fix[] } {
  const here = result.findings.filter((finding) => finding.span.start <= cursor && cursor <= finding.span.end);
  assert.ok(here.length > 0, `${path}: no diagnostic at $0; found ${result.findings.map((f) => f.rule).join(', ')}`);
  for (const finding of here) {
    const offered = offeredFor(result, finding, config);
    if (offered.some((fix) => fix.title === title)) return { finding, offered };
  }
  const finding = here[0];
  return { finding, offered: offeredFor(result, finding, config) };
}

function offeredFor(result: CheckResult, finding: Finding, config: CheckConfig): Fix[] {
  const disable = disableFor(result, finding, config);
  return disable ? [...fixesFor(result, finding, config), disable] : fixesFor(result, finding, config);
}

function describeFix(fix: Fix): string {
  const flags = [fix.isPreferred ? 'preferred' : '', fix.fixAll ? 'fix-all' : ''].filter((flag) => flag !== '');
  return flags.length > 0 ? `${fix.title} [${flags.join(', ')}]` : fix.title;
}

/** Findings of the same rule with the same data: the same mistake (positions may have moved). */
function countLike(result: CheckResult, finding: Finding): number {
  return result.findings.filter((other) => other.rule === finding.rule && isDeepStrictEqual(other.data, finding.data)).length;
}

function compareGolden(path: string, after: string): void {
  const golden = path.replace(/\.partnership\.ya?ml$/, '.after.yaml');
  if (process.env.UPDATE_GOLDENS === '1') {
    writeFileSync(golden, after);
    return;
  }
  assert.ok(existsSync(golden), `${golden} is missing (UPDATE_GOLDENS=1 writes it; review it before committing)`);
  assert.equal(after, readFileSync(golden, 'utf8'), `${path}: the text after the fix`);
}

/**
 * Every comment of `before` (as the YAML lexer sees them: not `#` inside strings) is in `after`;
 * a `partnership-disable-next-line` comment may have gained a rule (`, rule-id`) in its list.
 */
export function assertCommentsKept(path: string, before: string, after: string): void {
  const remaining = comments(after);
  const extendedBy = (comment: string) =>
    remaining.findIndex(
      (other) => /partnership-disable-next-line/.test(other) && other.replace(/, [a-z-]+(?=\s+--|\s*$)/, '') === comment,
    );
  for (const comment of comments(before)) {
    let index = remaining.indexOf(comment);
    if (index < 0) index = extendedBy(comment);
    assert.ok(index >= 0, `${path}: the comment "${comment}" is gone`);
    remaining.splice(index, 1);
  }
}

function comments(text: string): string[] {
  return [...new Lexer().lex(text)].filter((token) => token.startsWith('#'));
}
