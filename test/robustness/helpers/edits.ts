/**
 * Random edits of real application files: characters and whole lines
 * inserted, deleted and replaced anywhere, with a bias towards the
 * neighbourhood of multi-byte characters (å, ö, emoji surrogate pairs) and
 * YAML's own punctuation. An edit is data (offsets are seeds taken modulo the
 * text's length when applied), so fast-check can shrink it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { ROOT } from '../../helpers/lsp-client';

/** Every example and every fixture application (found afresh: others add fixtures). */
export function sourceFiles(): { name: string; text: string }[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.partnership\.ya?ml$/.test(name)) found.push(path);
    }
  };
  walk(join(ROOT, 'examples'));
  walk(join(ROOT, 'test', 'fixtures'));
  return found.map((path) => ({ name: relative(ROOT, path), text: readFileSync(path, 'utf8') }));
}

/** Any UTF-16 code unit: lone surrogates, NUL, controls, BOM included. */
export const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

export const FRAGMENTS = [
  ' ', '  ', '    ', '\n', '\r\n', '\r', '\t', '-', '- ', ':', ': ', '#', ' # ', '[', ']', '{', '}', ',', '"', "'", '\\',
  '&a ', '*a', '&a [1, 2]', '*b', '!!str ', '!include ', '!!js/function ', '|', '>-', '?', '? ', '%YAML 1.2\n', '@', '`', '---\n', '...\n',
  'å', 'ö', 'Å', 'Ö', 'é', 'e\u0301', '😀', '👩‍👩‍👧', '\uD83D', '\uDE00', '\u0000', '\uFEFF', '\u200B', '\u2028', '\u0085', '\u00A0',
  'project', 'partners:', 'activities:\n', '  - id: ', 'type: ', 'school', 'SE', 'se', '7 days', '3 veckor', '2027-02-30',
  'x-note: ', '__proto__: ', 'constructor', '<<: ', 'coordinator: true', 'host: ', 'participants:\n      - ',
  '# partnership-disable-next-line schema\n', '# partnership-disable unknown-partner\n',
];

export type Edit =
  | { readonly kind: 'insert'; readonly at: number; readonly near: boolean; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number; readonly near: boolean; readonly length: number }
  | { readonly kind: 'replace'; readonly at: number; readonly near: boolean; readonly length: number; readonly text: string }
  | { readonly kind: 'deleteLine'; readonly line: number }
  | { readonly kind: 'duplicateLine'; readonly line: number }
  | { readonly kind: 'moveLine'; readonly line: number; readonly to: number }
  | { readonly kind: 'indent'; readonly line: number; readonly by: number };

const insertText = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: anyCodeUnit, minLength: 1, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }) },
);

const at = fc.nat();
const near = fc.boolean();

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at, near, text: insertText }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at, near, length: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('replace' as const), at, near, length: fc.integer({ min: 1, max: 6 }), text: insertText }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteLine' as const), line: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicateLine' as const), line: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('moveLine' as const), line: fc.nat(), to: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -2, max: 2 }) }) },
);

/** Offsets right before or after a character outside ASCII, or inside a surrogate pair. */
function nearMultiByte(text: string): number[] {
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) offsets.push(i, i + 1);
  return offsets;
}

function offsetFor(text: string, seed: number, near: boolean): number {
  const candidates = near ? nearMultiByte(text) : [];
  if (candidates.length > 0) return candidates[seed % candidates.length];
  return seed % (text.length + 1);
}

/** A replacement of [start, end) by `text`: what an editor sends. */
export interface Change {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Line starts (after LF, CRLF or lone CR), as LSP counts lines. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** The edit as one replacement in `text`. */
export function toChange(text: string, edit: Edit): Change {
  switch (edit.kind) {
    case 'insert': {
      const offset = offsetFor(text, edit.at, edit.near);
      return { start: offset, end: offset, text: edit.text };
    }
    case 'delete':
    case 'replace': {
      const start = offsetFor(text, edit.at, edit.near);
      return { start, end: Math.min(text.length, start + edit.length), text: edit.kind === 'replace' ? edit.text : '' };
    }
    default: {
      const starts = lineStarts(text);
      const line = edit.line % starts.length;
      const start = starts[line];
      const end = line + 1 < starts.length ? starts[line + 1] : text.length;
      const content = text.slice(start, end);
      switch (edit.kind) {
        case 'deleteLine':
          return { start, end, text: '' };
        case 'duplicateLine':
          return { start, end: start, text: content.endsWith('\n') || content.endsWith('\r') ? content : `${content}\n` };
        case 'moveLine': {
          // Inserted elsewhere (the line itself stays: a move is a delete plus this insert, shrinkable separately).
          const to = starts[edit.to % starts.length];
          return { start: to, end: to, text: content.endsWith('\n') || content.endsWith('\r') ? content : `${content}\n` };
        }
        case 'indent': {
          if (edit.by >= 0) return { start, end: start, text: ' '.repeat(edit.by * 2) };
          const spaces = /^ */.exec(content)?.[0].length ?? 0;
          return { start, end: start + Math.min(spaces, -edit.by * 2), text: '' };
        }
      }
    }
  }
}

export function applyChange(text: string, change: Change): string {
  return text.slice(0, change.start) + change.text + text.slice(change.end);
}
