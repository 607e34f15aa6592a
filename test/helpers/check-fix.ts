import assert from 'node:assert/strict';
import { Lexer } from 'yaml';
import { checkText, type CheckResult } from '../../server/src/core/check/check';
import { applyEdits, disableFor, fixAll, fixesFor, type Fix } from '../../server/src/core/check/fixes';
import { parseApplication } from '../../server/src/core/syntax/parse';
import type { CheckConfig, Finding } from '../../server/src/core/base/types';
import { checkConfig, directive, readFixture } from './fixture';
import { describeFindings, findingsLeft } from './fix-property';
import { compareGolden, goldenPath } from './golden';

/**
 * Golden tests for quick fixes. A fixture `<name>.partnership.yaml` is an application with
 * (test/README.md describes the format)
 *
 *   - `$0` inside the text of the diagnostic to fix (removed before checking);
 *   - `# fix: <exact title>` naming the action to apply (in the fixture's locale), or
 *     `# fix-all` to apply "Fix all" (then no `$0` is needed);
 *   - optionally `# offers: <title> [preferred, fix-all]` lines: the exact list of actions offered
 *     for that diagnostic, in order, with their flags;
 *   - optionally `# fixture: locale=sv rules=...` as in the rule fixtures.
 *
 * `<name>.fix.<locale>.yaml` holds the exact text after the action. The helper also asserts that
 * every comment of the input is still there, that the result parses without new YAML problems, and
 * that no finding of the fixed rule is left where the fix wrote or where the finding was (for
 * "Fix all", nothing left that "Fix all" could fix). `UPDATE_EXPECT=1` writes the goldens instead
 * of comparing (review them).
 */
export function checkFix(path: string): void {
  const fixture = readFixture(path);
  const { text } = fixture;
  assert.ok(fixture.cursors.length <= 1, `${path}: at most one $0`);
  const cursor = fixture.cursors[0];
  const config = checkConfig(fixture);
  const before = checkText(text, config);
  assert.deepEqual(before.failures, [], `a rule threw while checking ${path}`);
  let after: string;
  if (fixture.directives.has('fix-all')) {
    after = applyFixAll(path, text, config);
  } else {
    assert.ok(cursor !== undefined, `${path}: no $0 marks the diagnostic to fix`);
    const title = directive(fixture, 'fix');
    assert.ok(title, `${path}: no "# fix: <title>" line`);
    const { finding, offered } = findingAt(path, before, cursor, title, config);
    const expectedOffers = fixture.directives.get('offers') ?? [];
    if (expectedOffers.length > 0) assert.deepEqual(offered.map(describeFix), expectedOffers, `${path}: the actions offered`);
    const fix = offered.find((candidate) => candidate.title === title);
    assert.ok(fix, `${path}: no action titled "${title}"; offered: ${offered.map((f) => f.title).join(' | ')}`);
    after = applyEdits(text, fix.edits);
    assertFindingGone(`${path}: "${title}"`, before, finding, fix, checkText(after, config));
  }
  compareGolden(goldenPath(path, 'fix', fixture.locale, 'yaml'), after);
  assertCommentsKept(path, text, after);
  const problemsBefore = parseApplication(text).problems.length;
  const problemsAfter = parseApplication(after).problems.map((problem) => problem.message);
  assert.ok(problemsAfter.length <= problemsBefore, `${path}: the fix added YAML problems: ${problemsAfter.join('; ')}`);
}

/**
 * Applies, one at a time, every action offered for every finding of a file (the rule fixtures):
 * each result parses without new YAML problems, keeps every comment, and leaves no finding of the
 * fixed rule where it wrote or where the finding was. Also "Fix all" on the file.
 */
export function checkEveryFix(path: string): void {
  const fixture = readFixture(path);
  const { text } = fixture;
  const config = checkConfig(fixture);
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
      assertFindingGone(where, before, finding, fix, remaining);
    }
  }
  const all = fixAll(text, config);
  assert.equal(applyEdits(text, all.edits), all.text, path);
  assert.ok(parseApplication(all.text).problems.length <= problemsBefore, `${path}: "Fix all" adds YAML problems`);
  assertCommentsKept(path, text, all.text);
}

/** No finding of the fixed rule where the fix wrote or where the finding was (fix-property.ts). */
export function assertFindingGone(where: string, before: CheckResult, finding: Finding, fix: Fix, after: CheckResult): void {
  const left = findingsLeft(before, finding, fix.edits, after);
  assert.deepEqual(left, [], `${where} leaves a ${finding.rule} finding where it edited:\n${describeFindings(left, after.doc.text)}`);
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

/**
 * Every comment of `before` (as the YAML lexer sees them: not `#` inside strings) is in `after`;
 * a `partnership-disable-next-line` comment may have gained a rule (`, rule-id`) in its list.
 */
export function assertCommentsKept(path: string, before: string, after: string): void {
  const remaining = comments(after);
  // A fix of a `suppression` finding corrects or removes the very comment it is about.
  const subjects = new Set(
    checkText(before)
      .findings.filter((finding) => finding.rule === 'suppression')
      .map((finding) => commentOnLineOf(before, finding.span.start)),
  );
  const extendedBy = (comment: string) =>
    remaining.findIndex(
      (other) => /partnership-disable-next-line/.test(other) && other.replace(/, [a-z-]+(?=\s+--|\s*$)/, '') === comment,
    );
  for (const comment of comments(before)) {
    let index = remaining.indexOf(comment);
    if (index < 0 && subjects.has(comment)) continue;
    if (index < 0) index = extendedBy(comment);
    assert.ok(index >= 0, `${path}: the comment "${comment}" is gone`);
    remaining.splice(index, 1);
  }
}

function commentOnLineOf(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  const line = text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
  return line.slice(line.indexOf('#'));
}

function comments(text: string): string[] {
  return [...new Lexer().lex(text)].filter((token) => token.startsWith('#'));
}
