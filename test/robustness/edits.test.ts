// Random edits of the example files and test fixtures (issue 6): after every
// edit the core satisfies the invariants, and checking is deterministic: the
// result for a text is the one from checking it from scratch, whatever was
// checked before (the server's incremental state is tested over stdio in
// server-edits.test.ts; ServerContext-level equality belongs to issue 5).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { checkText } from '../../server/src/core/check/check';
import { applyChange, edit, sourceFiles, toChange } from './helpers/edits';
import { assertInvariants, reported } from './helpers/invariants';
import { check } from './helpers/property';

const sources = sourceFiles();

describe('random edits of the examples and fixtures', () => {
  test('there are files to edit', () => {
    assert.ok(sources.some((source) => source.name.startsWith('examples')), 'the examples are found');
    assert.ok(sources.length >= 20, `only ${sources.length} files found`);
    // The bias towards multi-byte characters needs some to work with.
    // eslint-disable-next-line no-control-regex -- the ASCII range, written as a range
    assert.ok(sources.some((source) => /[^\x00-\x7f]/.test(source.text)));
  });

  test('after every edit the invariants hold, and re-checking each text from scratch gives the same result', () => {
    check(
      'edits',
      fc.tuple(fc.nat(sources.length - 1), fc.array(edit, { minLength: 1, maxLength: 6 })),
      ([index, edits]) => {
        let text = sources[index].text;
        const history: { text: string; result: unknown }[] = [];
        for (const step of edits) {
          text = applyChange(text, toChange(text, step));
          const result = checkText(text);
          assertInvariants(text, result);
          history.push({ text, result: reported(result) });
        }
        // From scratch, newest first: a different order of previous states gives the same results.
        for (const entry of [...history].reverse()) assert.deepEqual(reported(checkText(entry.text)), entry.result);
      },
      { seed: 60_621, numRuns: 300 },
    );
  });

  test('Swedish messages and severity overrides: the same invariants after edits', () => {
    check(
      'edits sv',
      fc.tuple(fc.nat(sources.length - 1), fc.array(edit, { minLength: 1, maxLength: 4 })),
      ([index, edits]) => {
        const config = { locale: 'sv', rules: { 'yaml-syntax': 'warning', schema: 'hint', 'unknown-partner': 'off' } } as const;
        let text = sources[index].text;
        for (const step of edits) text = applyChange(text, toChange(text, step));
        const result = checkText(text, config);
        assertInvariants(text, result, config);
        assert.deepEqual(reported(checkText(text, config)), reported(result));
      },
      { seed: 60_622, numRuns: 100 },
    );
  });

  test('every edit of every single character position next to a multi-byte character keeps the invariants', () => {
    // Exhaustive rather than random for one file: delete, and insert a line break, at each offset
    // before, inside and after each non-ASCII character (emoji included).
    const text = 'project:\n  title: "Åre 😀 öl"\n  field: youth\n  x-note: 👩‍👩‍👧 é\u0301\npartners:\n  - id: å\n    country: 😀\n';
    for (let offset = 0; offset <= text.length; offset++) {
      if (offset > 0 && text.charCodeAt(offset - 1) <= 0x7f && text.charCodeAt(offset) <= 0x7f) continue;
      for (const change of [
        { start: offset, end: Math.min(text.length, offset + 1), text: '' },
        { start: offset, end: offset, text: '\n' },
        { start: offset, end: offset, text: ':' },
        { start: offset, end: offset, text: '\uDE00' },
      ]) {
        const edited = applyChange(text, change);
        assertInvariants(edited, checkText(edited));
      }
    }
  });
});
