/**
 * Fixture checks for navigation and hints: document symbols, partner
 * references (definition, references, highlights), rename, inlay hints and
 * code lenses. Each feature has one `check…()` function reading a fixture from
 * test/fixtures/navigation/<feature>/ in the one fixture format (fixture.ts,
 * test/README.md) and comparing with its marks or a golden file next to it
 * (golden.ts: `<name>.<feature>.<locale>.<ext>`, `UPDATE_EXPECT=1` rewrites).
 *
 * References fixtures label their caret ranges `write` (a partner's id) or `read` (a value naming
 * it) and may have several `$0` cursors; `# definition-target: 4:4-8:21 9:4-12:16` lists the
 * LocationLink targetRange of each declaration (0-based). Rename fixtures use the directives
 * `rename` (the new name), `placeholder` (prepareRename's, the id as read), `prepare-text` (the
 * text of prepareRename's range, when not the placeholder), and per locale `prepare-error en|sv`
 * and `rename-error en|sv` (the refusals).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { checkText, type CheckResult } from '../../server/src/core/check/check';
import { activityLenses } from '../../server/src/core/ide/code-lens';
import { durationHints } from '../../server/src/core/ide/inlay-hints';
import type { LineIndex } from '../../server/src/core/base/lines';
import {
  documentHighlights,
  findDefinition,
  findReferences,
  prepareRename,
  renamePartner,
  type TextEdit,
} from '../../server/src/core/ide/references';
import { documentSymbols, type OutlineSymbol } from '../../server/src/core/ide/symbols';
import type { Locale, Span } from '../../server/src/core/base/types';
import { directive, readFixture, rangeText } from './fixture';
import { compareGolden, goldenPath, updating } from './golden';

export const LOCALES: readonly Locale[] = ['en', 'sv'];

export function rangeOf(span: Span, lines: LineIndex): string {
  return rangeText(span, lines);
}

function analyse(text: string): CheckResult {
  const result = checkText(text);
  assert.deepEqual(result.failures, []);
  return result;
}

// ---------------------------------------------------------------- symbols

/** The outline as text: one symbol a line, indented by depth, with kind, name, detail, range and selection. */
export function outlineText(symbols: readonly OutlineSymbol[], lines: LineIndex, depth = 0): string {
  return symbols
    .map((symbol) => {
      const detail = symbol.detail === undefined ? '' : ` (${symbol.detail})`;
      const head = `${'  '.repeat(depth)}${symbol.kind} ${symbol.name}${detail} ${rangeOf(symbol.span, lines)} @${rangeOf(symbol.selectionSpan, lines)}`;
      return [head, ...(symbol.children.length ? [outlineText(symbol.children, lines, depth + 1)] : [])].join('\n');
    })
    .join('\n');
}

/** Symbols of `<name>.partnership.yaml` against `<name>.symbols.<locale>.txt`, and the LSP invariants every symbol keeps. */
export function checkSymbols(path: string, locale: Locale): void {
  const result = analyse(readFixture(path).text);
  const symbols = documentSymbols(result, locale);
  const visit = (symbol: OutlineSymbol) => {
    assert.ok(symbol.name.trim().length > 0, 'a symbol name is never empty');
    assert.ok(
      symbol.span.start <= symbol.selectionSpan.start && symbol.selectionSpan.end <= symbol.span.end,
      `the selection of ${symbol.name} lies inside its range`,
    );
    for (const child of symbol.children) {
      assert.ok(symbol.span.start <= child.span.start && child.span.end <= symbol.span.end, `${child.name} lies inside ${symbol.name}`);
      visit(child);
    }
  };
  symbols.forEach(visit);
  compareGolden(goldenPath(path, 'symbols', locale, 'txt'), outlineText(symbols, result.lines) + '\n');
}

// ---------------------------------------------------------------- references

/**
 * From every cursor: the highlights are exactly the marked ranges (`write`
 * for a partner's id, `read` for a value naming it); references are all of
 * them with the declaration, the `read` ones without; go to definition leads
 * from the range under the cursor to the first `write` (from a `write`, to
 * itself; nowhere when none is marked), whose item is the `definition-target`
 * range. A fixture without marks
 * expects nothing at any cursor.
 */
export function checkReferences(path: string): void {
  const fixture = readFixture(path);
  assert.ok(fixture.cursors.length > 0, `${path} has no $0 cursor`);
  const result = analyse(fixture.text);
  const range = (span: Span) => rangeOf(span, result.lines);
  const sorted = (items: string[]) => [...items].sort();
  const expectedAll = fixture.marks.map((mark) => `${mark.range} ${mark.label}`);
  const writes = fixture.marks.filter((mark) => mark.label === 'write').map((mark) => mark.range);
  const reads = fixture.marks.filter((mark) => mark.label === 'read').map((mark) => mark.range);
  for (const mark of fixture.marks) assert.ok(['write', 'read'].includes(mark.label), `unknown label ${mark.label}`);
  for (const cursor of fixture.cursors) {
    const at = `at ${range({ start: cursor, end: cursor })}`;
    const highlights = documentHighlights(result, cursor).map((h) => `${range(h.span)} ${h.kind}`);
    assert.deepEqual(sorted(highlights), sorted(expectedAll), `highlights ${at}`);
    assert.deepEqual(sorted(findReferences(result, cursor, true).map(range)), sorted([...writes, ...reads]), `references ${at}`);
    assert.deepEqual(sorted(findReferences(result, cursor, false).map(range)), sorted(reads), `references without declaration ${at}`);
    const definition = findDefinition(result, cursor);
    if (writes.length === 0) {
      assert.equal(definition, undefined, `no definition ${at}`);
      continue;
    }
    assert.ok(definition, `a definition ${at}`);
    const origin = range(definition.origin);
    const under = fixture.marks.find((mark) => mark.range === origin);
    assert.ok(under, `the origin ${origin} is a marked range ${at}`);
    // A partner's own id leads to itself (an editor then offers its references); a value naming it, to the first.
    const expected = under.label === 'write' ? under.range : [...writes].sort(compareRanges)[0];
    assert.equal(range(definition.targetSelectionSpan), expected, `definition ${at}`);
    // `definition-target` lists the item range of each declaration; the target is the one holding the id.
    const items = (directive(fixture, 'definition-target') ?? '').split(/\s+/);
    const item = items.find((candidate) => contains(candidate, expected));
    assert.ok(item, `definition-target lists an item around ${expected}`);
    assert.equal(range(definition.targetSpan), item, `definition target range ${at}`);
  }
}

function contains(outer: string, inner: string): boolean {
  const [os, oe] = outer.split('-');
  const [is, ie] = inner.split('-');
  return comparePositions(os, is) <= 0 && comparePositions(ie, oe) <= 0;
}

function comparePositions(a: string, b: string): number {
  const [al, ac] = a.split(':').map(Number);
  const [bl, bc] = b.split(':').map(Number);
  return al - bl || ac - bc;
}

function compareRanges(a: string, b: string): number {
  const [al, ac] = a.split(/[:-]/).map(Number);
  const [bl, bc] = b.split(/[:-]/).map(Number);
  return al - bl || ac - bc;
}

// ---------------------------------------------------------------- rename

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = [...edits].sort((a, b) => b.span.start - a.span.start);
  for (let i = 1; i < ordered.length; i++) {
    assert.ok(ordered[i].span.end <= ordered[i - 1].span.start, 'edits do not overlap');
  }
  return ordered.reduce((result, edit) => result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end), text);
}

/**
 * Rename at every cursor to the `rename` directive's name, in both locales:
 * either the result is exactly `<name>.rename.<locale>.yaml` (the fixture's locale: the edit is the
 * same in every locale, so both are compared with that one golden) (and
 * prepareRename offers the `placeholder`, the range being its text inside any
 * quotes, or `prepare-text`), or the refusals are the
 * `prepare-error <locale>` / `rename-error <locale>` messages.
 */
export function checkRename(path: string): void {
  const fixture = readFixture(path);
  const newName = directive(fixture, 'rename');
  assert.ok(newName !== undefined, `${path} has no rename directive`);
  assert.ok(fixture.cursors.length > 0, `${path} has no $0 cursor`);
  const result = analyse(fixture.text);
  const after = goldenPath(path, 'rename', fixture.locale, 'yaml');
  for (const cursor of fixture.cursors) {
    const at = `at ${rangeOf({ start: cursor, end: cursor }, result.lines)}`;
    for (const locale of LOCALES) {
      const prepared = prepareRename(result, cursor, locale);
      const prepareError = directive(fixture, `prepare-error ${locale}`);
      if (prepareError !== undefined) {
        assert.deepEqual(prepared, { ok: false, message: prepareError }, `prepareRename ${at} (${locale})`);
      } else {
        assert.ok(prepared.ok, `prepareRename ${at} (${locale}): ${prepared.ok ? '' : prepared.message}`);
        const { span, placeholder } = prepared.value;
        // The cursor may be on a quote, just outside the id's own text.
        assert.ok(span.start - 1 <= cursor && cursor <= span.end + 1, `the prepared range is at the cursor ${at}`);
        assert.equal(placeholder, directive(fixture, 'placeholder'), `placeholder ${at}`);
        const written = directive(fixture, 'prepare-text') ?? placeholder;
        assert.equal(fixture.text.slice(span.start, span.end), written, `the prepared range is the id's own text ${at}`);
      }
      const renamed = renamePartner(result, cursor, newName, locale);
      const renameError = directive(fixture, `rename-error ${locale}`) ?? prepareError;
      if (renameError !== undefined) {
        assert.deepEqual(renamed, { ok: false, message: renameError }, `rename ${at} (${locale})`);
        assert.ok(updating() || !existsSync(after), `${after} exists but the rename is refused`);
        continue;
      }
      assert.ok(renamed.ok, `rename ${at} (${locale}): ${renamed.ok ? '' : renamed.message}`);
      compareGolden(after, applyEdits(fixture.text, renamed.value));
    }
  }
}

// ---------------------------------------------------------------- inlay hints and code lenses

/** The text with each hint written where the editor shows it: `duration: 2 months ⟨= 60 days⟩`. */
export function textWithHints(path: string, locale: Locale, range?: Span): string {
  const { text } = readFixture(path);
  const result = analyse(text);
  const hints = durationHints(result, range ?? { start: 0, end: text.length }, locale);
  return hints
    .slice()
    .reverse()
    .reduce((out, hint) => `${out.slice(0, hint.offset)} ⟨${hint.label}⟩${out.slice(hint.offset)}`, text);
}

/** Inlay hints of `<name>.partnership.yaml` as `<name>.hints.<locale>.txt`. */
export function checkInlayHints(path: string, locale: Locale): void {
  compareGolden(goldenPath(path, 'hints', locale, 'txt'), textWithHints(path, locale));
}

/** The text with each activity's lenses on a line above it, as the editor shows them: `⟦22 participants | …⟧`. */
export function textWithLenses(path: string, locale: Locale): string {
  const { text } = readFixture(path);
  const result = analyse(text);
  const byLine = new Map<number, { column: number; titles: string[] }>();
  for (const lens of activityLenses(result, locale)) {
    const start = result.lines.position(lens.span.start);
    const end = result.lines.position(lens.span.end);
    assert.equal(start.line, end.line, 'a lens range stays on one line');
    const tooltip = lens.tooltip === undefined ? '' : ` {${lens.tooltip}}`;
    const entry = byLine.get(start.line) ?? { column: start.character, titles: [] };
    entry.titles.push(`${lens.title}${tooltip}`);
    byLine.set(start.line, entry);
  }
  const out: string[] = [];
  for (let line = 0; line < result.lines.lineCount; line++) {
    const lenses = byLine.get(line);
    if (lenses) out.push(`${' '.repeat(lenses.column)}⟦${lenses.titles.join(' | ')}⟧`);
    out.push(result.lines.lineText(line));
  }
  return out.join('\n');
}

/** Code lenses of `<name>.partnership.yaml` as `<name>.lenses.<locale>.txt`. */
export function checkCodeLenses(path: string, locale: Locale): void {
  compareGolden(goldenPath(path, 'lenses', locale, 'txt'), textWithLenses(path, locale));
}
