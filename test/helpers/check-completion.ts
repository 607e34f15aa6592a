import { checkText } from '../../server/src/core/check/check';
import { completionsAt, type CompletionEntry } from '../../server/src/core/ide/completion';
import { LineIndex } from '../../server/src/core/base/lines';
import type { Span } from '../../server/src/core/base/types';
import { onlyCursor, readFixture, rangeText } from './fixture';
import { compareGolden, goldenPath } from './golden';

/**
 * Completion fixtures. `<name>.partnership.yaml` is an application (often
 * incomplete) with one `$0` cursor and, optionally, settings (test/README.md):
 *
 *   # fixture: locale=sv docs=blended-mobility,pupil limit=10
 *
 * (`docs`: the labels whose documentation the golden shows, `+` for a space; `limit`: show only
 * the first N items and count the rest). `<name>.completion.<locale>.txt` beside it is
 * the golden rendering of what completion offers there:
 *
 *   replace 12:10-12:14 "blen"            the edit range, 0-based, and the text it replaces
 *   1. blended-mobility (enum) Blandat utbyte för inlärare
 *      insert: " blended-mobility"          only when it differs from the label
 *      | - id: ${1:C2}                      the exact text of a snippet or multi-line insert
 *      filter: "SE Sweden"                  when the item has a filter text
 *      docs:                                the documentation, for the labels in `docs=`
 *      > markdown...
 *
 * Items are listed in the order an editor shows them: by sort text, then label.
 * The rendering must match the golden exactly; `UPDATE_EXPECT=1` rewrites it.
 */
export function checkCompletion(fixturePath: string): void {
  const fixture = readFixture(fixturePath);
  const offset = onlyCursor(fixture, fixturePath);
  const result = checkText(fixture.text, { locale: fixture.locale, rules: {} });
  const entries = completionsAt(result, offset, fixture.locale);
  const actual = renderCompletion(entries, fixture.text, fixture.options);
  compareGolden(goldenPath(fixturePath, 'completion', fixture.locale, 'txt'), actual);
}

function renderCompletion(entries: readonly CompletionEntry[], text: string, options: ReadonlyMap<string, string>): string {
  const lines = new LineIndex(text);
  const docs = new Set((options.get('docs') ?? '').split(',').filter((label) => label !== '').map((label) => label.replace(/\+/g, ' ')));
  const limit = options.has('limit') ? Number(options.get('limit')) : Infinity;
  const sorted = [...entries].sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  if (sorted.length === 0) return 'no completions\n';
  const ranges = new Set(sorted.map((entry) => `${entry.replace.start}:${entry.replace.end}`));
  const replaceLine = (span: Span) => `replace ${rangeText(span, lines)} ${JSON.stringify(text.slice(span.start, span.end))}`;
  const out: string[] = [];
  if (ranges.size === 1) out.push(replaceLine(sorted[0].replace));
  sorted.slice(0, limit).forEach((entry, index) => {
    out.push(`${index + 1}. ${entry.label} (${entry.kind})${entry.detail ? ` ${entry.detail}` : ''}`);
    if (ranges.size > 1) out.push(`   ${replaceLine(entry.replace)}`);
    if (entry.snippet || entry.insertText.includes('\n')) {
      out.push(`   ${entry.snippet ? 'snippet' : 'text'}:`);
      for (const line of entry.insertText.split('\n')) out.push(`   | ${line}`);
    } else if (entry.insertText !== entry.label) {
      out.push(`   insert: ${JSON.stringify(entry.insertText)}`);
    }
    if (entry.filterText !== undefined) out.push(`   filter: ${JSON.stringify(entry.filterText)}`);
    if (docs.has(entry.label)) {
      out.push('   docs:');
      for (const line of (entry.documentation ?? '(none)').split('\n')) out.push(`   > ${line}`.trimEnd());
    }
  });
  if (sorted.length > limit) out.push(`… and ${sorted.length - limit} more`);
  return out.join('\n') + '\n';
}
