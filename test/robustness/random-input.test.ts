// Random Unicode and random bytes (issue 6): the core answers any string —
// lone surrogates, NUL, control characters, a BOM in the middle — with
// diagnostics, never an exception; the built CLI refuses files that are not
// UTF-8 text with a clear message and exit status 2, and still checks the rest.
import assert from 'node:assert/strict';
import { isUtf8 } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { checkText } from '../../server/src/core/check/check';
import { expectedJson, lint, scratchFolder } from './helpers/cli';
import { anyCodeUnit, FRAGMENTS } from './helpers/edits';
import { assertInvariants } from './helpers/invariants';
import { check, sample } from './helpers/property';
import { ROOT } from '../helpers/lsp-client';

/** Characters that matter to YAML or to position arithmetic, each likely to be drawn. */
const SPECIAL = ['\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\ufeff', '\ufffe', '\uffff', '\ud800', '\udbff', '\udc00', '\udfff', '\r', '\n', '\t', '\v', '\f'];

const soup = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 2, arbitrary: fc.constantFrom(...SPECIAL) },
      { weight: 2, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('random Unicode through the core', () => {
  test('any string of UTF-16 code units (lone surrogates, NUL, controls) gives diagnostics, never an exception', () => {
    check(
      'random code units',
      fc.string({ unit: anyCodeUnit, maxLength: 200 }),
      (text) => assertInvariants(text, checkText(text)),
      { seed: 60_631, numRuns: 400 },
    );
  });

  test('YAML punctuation, vocabulary and special characters mixed at random', () => {
    check('yaml soup', soup, (text) => assertInvariants(text, checkText(text)), { seed: 60_632, numRuns: 600 });
  });

  test('special characters anywhere in a valid application, a BOM in the middle included', () => {
    const base = readFileSync(join(ROOT, 'examples', 'school-democracy.partnership.yaml'), 'utf8');
    check(
      'special characters in an example',
      fc.array(fc.tuple(fc.nat(base.length), fc.constantFrom(...SPECIAL)), { minLength: 1, maxLength: 4 }),
      (insertions) => {
        let text = base;
        for (const [at, character] of insertions) text = text.slice(0, at % (text.length + 1)) + character + text.slice(at % (text.length + 1));
        assertInvariants(text, checkText(text));
      },
      { seed: 60_633, numRuns: 200 },
    );
  });
});

/** Random file contents: raw bytes, text with a stray byte, UTF-16, BOMs, plain valid text. */
const fileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 3, arbitrary: fc.uint8Array({ maxLength: 300 }) },
  { weight: 2, arbitrary: soup.map((text) => new Uint8Array(Buffer.from(text, 'utf8'))) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(soup, fc.nat(), fc.constantFrom(0x00, 0x80, 0xbf, 0xc0, 0xc3, 0xe2, 0xed, 0xf0, 0xf5, 0xfe, 0xff))
      .map(([text, at, byte]) => {
        const bytes = Buffer.from(text, 'utf8');
        const offset = at % (bytes.length + 1);
        return new Uint8Array(Buffer.concat([bytes.subarray(0, offset), Buffer.from([byte]), bytes.subarray(offset)]));
      }),
  },
  { weight: 1, arbitrary: soup.map((text) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))) },
  { weight: 1, arbitrary: soup.map((text) => new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))) },
);

const REFUSAL = /^partnership-lint: Cannot check (f\d\d\.partnership\.yaml): it (contains NUL bytes, so it is a binary file, not UTF-8 text\.|is not valid UTF-8 text( \(the first invalid byte is on line \d+\))?\. Save it as UTF-8\.|is UTF-16 text\. Save it as UTF-8\.)$/;

describe('random bytes through the built CLI', () => {
  test('files that are not UTF-8 text: one clear message each, exit 2, and every other file is checked', () => {
    const valid = readFileSync(join(ROOT, 'examples', 'school-democracy.partnership.yaml'));
    for (const [round, files] of [0, 1, 2].map((round) => [round, sample(fileBytes, 14, 60_634 + round)] as const)) {
      const dir = scratchFolder(`bytes-${round}`);
      // A NUL byte, an invalid sequence and a valid application in every round, among the random ones.
      const all = [...files, new Uint8Array([0x70, 0x00, 0x71]), new Uint8Array([0x61, 0x3a, 0x20, 0xc3, 0x28]), new Uint8Array(valid)];
      const names = all.map((_, i) => `f${String(i).padStart(2, '0')}.partnership.yaml`);
      all.forEach((bytes, i) => writeFileSync(join(dir, names[i]), bytes));

      const run = lint(['--format', 'json', '.'], dir);
      const refused = names.filter((_, i) => all[i].includes(0) || !isUtf8(all[i]));
      const accepted = names.filter((name) => !refused.includes(name));
      assert.equal(run.status, 2, `round ${round}: exit status`);
      const lines = run.stderr.split('\n').filter((line) => line !== '');
      for (const line of lines) assert.match(line, REFUSAL, `round ${round}: a clear message`);
      assert.deepEqual(
        lines.map((line) => REFUSAL.exec(line)?.[1]),
        refused,
        `round ${round}: one message for each file that is not UTF-8 text, in order`,
      );
      const expected = accepted.map((name) => {
        const text = readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '');
        return { file: name, diagnostics: expectedJson(checkText(text)) };
      });
      assert.deepEqual(JSON.parse(run.stdout), expected, `round ${round}: the other files are checked`);
      assert.ok(accepted.includes(names.at(-1)!), 'the valid application is checked');
    }
  });
});
