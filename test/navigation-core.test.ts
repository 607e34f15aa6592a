// Properties of the navigation and hint core beyond the fixtures: CRLF text,
// shared (aliased) nodes, and robustness on every prefix of the example files
// and on random edits of them: nothing throws, outlines keep the LSP
// invariants, and a rename round-trips.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkText } from '../server/src/core/check/check';
import { activityLenses } from '../server/src/core/ide/code-lens';
import { durationHints } from '../server/src/core/ide/inlay-hints';
import {
  documentHighlights,
  findDefinition,
  findReferences,
  idOccurrences,
  prepareRename,
  renamePartner,
} from '../server/src/core/ide/references';
import { documentSymbols, type OutlineSymbol } from '../server/src/core/ide/symbols';
import { applyEdits } from './helpers/check-navigation';

const examplesDir = join(__dirname, '..', 'examples');
const EXAMPLES = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.partnership.yaml'))
  .sort()
  .map((name) => readFileSync(join(examplesDir, name), 'utf8'));

function assertOutline(symbols: readonly OutlineSymbol[], parent?: OutlineSymbol): void {
  for (const symbol of symbols) {
    assert.ok(symbol.name.trim() !== '', 'a name is never empty');
    assert.ok(symbol.span.start <= symbol.selectionSpan.start && symbol.selectionSpan.end <= symbol.span.end, symbol.name);
    if (parent) assert.ok(parent.span.start <= symbol.span.start && symbol.span.end <= parent.span.end, symbol.name);
    assertOutline(symbol.children, symbol);
  }
}

/** Runs every navigation and hint function at every occurrence and a few other offsets; none may throw. */
function exercise(text: string): void {
  const result = checkText(text);
  for (const locale of ['en', 'sv'] as const) {
    assertOutline(documentSymbols(result, locale));
    durationHints(result, { start: 0, end: text.length }, locale);
    activityLenses(result, locale);
  }
  const offsets = [0, text.length, ...idOccurrences(result).flatMap((o) => [o.span.start, o.span.end])];
  for (const offset of offsets) {
    findDefinition(result, offset);
    findReferences(result, offset, true);
    documentHighlights(result, offset);
    prepareRename(result, offset, 'en');
    const renamed = renamePartner(result, offset, 'renamed-id', 'en');
    if (renamed.ok) applyEdits(text, renamed.value); // asserts the edits do not overlap
  }
}

describe('navigation core', () => {
  it('CRLF line ends: positions and rename edits stay exact', () => {
    const text = [
      'project:',
      '  title: T',
      '  field: youth',
      'partners:',
      '  - id: se-youth',
      '    name: N',
      'activities:',
      '  - id: A1',
      '    host: "se-youth"',
      '',
    ].join('\r\n');
    const result = checkText(text);
    const offset = text.indexOf('se-youth"');
    const renamed = renamePartner(result, offset, 'se-unga', 'en');
    assert.ok(renamed.ok);
    assert.equal(applyEdits(text, renamed.value), text.replaceAll('se-youth', 'se-unga'));
    const [declaration] = findReferences(result, offset, true);
    assert.deepEqual(result.lines.position(declaration.start), { line: 4, character: 8 });
  });

  it('a group list shared through an alias is one set of occurrences and edits', () => {
    const text = `partners:
  - id: fi-school
activities:
  - id: C1
    host: fi-school
    participants: &groups
      - from: fi-school
  - id: C2
    host: fi-school
    participants: *groups
`;
    const result = checkText(text);
    const offset = text.indexOf('fi-school');
    assert.equal(idOccurrences(result).length, 4);
    const renamed = renamePartner(result, offset, 'fi-koulu', 'en');
    assert.ok(renamed.ok);
    assert.equal(renamed.value.length, 4);
    assert.equal(applyEdits(text, renamed.value), text.replaceAll('fi-school', 'fi-koulu'));
    assert.equal(activityLenses(result, 'en').filter((lens) => lens.kind === 'participants').length, 2);
  });

  it('renaming to the same id changes nothing', () => {
    const text = 'partners:\n  - id: fi-school\nactivities:\n  - host: fi-school\n';
    assert.deepEqual(renamePartner(checkText(text), text.indexOf('fi-school'), 'fi-school', 'en'), { ok: true, value: [] });
  });

  it('every prefix of every example: nothing throws, outlines keep their invariants', () => {
    for (const example of EXAMPLES) {
      const lines = example.split('\n');
      for (let n = 0; n <= lines.length; n++) exercise(lines.slice(0, n).join('\n'));
    }
  });

  it('random edits of the examples: nothing throws, outlines keep their invariants', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EXAMPLES),
        fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.constantFrom('', ' ', '\n', '- ', ': ', '"', "'", '*a', '&a ', '[', '{', '#', 'x')), {
          maxLength: 6,
        }),
        (example, edits) => {
          let text = example;
          for (const [at, length, insert] of edits) {
            const start = at % (text.length + 1);
            text = text.slice(0, start) + insert + text.slice(start + length);
          }
          exercise(text);
        },
      ),
      { numRuns: 300, seed: 20270901 },
    );
  });

  it('renaming a partner and back gives the original text, for every partner of every example', () => {
    for (const example of EXAMPLES) {
      const result = checkText(example);
      for (const partner of result.app.partners?.items ?? []) {
        if (!partner.id) continue;
        const before = idOccurrences(result).filter((o) => o.id === partner.id!.value).length;
        const renamed = renamePartner(result, partner.id.span.start, 'zz-renamed', 'en');
        assert.ok(renamed.ok, renamed.ok ? '' : renamed.message);
        const text = applyEdits(example, renamed.value);
        const again = checkText(text);
        assert.equal(idOccurrences(again).filter((o) => o.id === 'zz-renamed').length, before);
        assert.deepEqual(
          again.findings.map((f) => f.rule),
          result.findings.map((f) => f.rule),
          'a rename changes no diagnostic',
        );
        const back = renamePartner(again, partner.id.span.start, partner.id.value, 'en');
        assert.ok(back.ok);
        assert.equal(applyEdits(text, back.value), example);
      }
    }
  });
});
