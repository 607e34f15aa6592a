import { propertyNames, schemaAt } from '../../format/schema-info';
import { editDistance } from '../../base/suggest';
import { stringsOf } from './duration';
import { insertEntry, mappingAt, replaceScalar, shownSource } from './edits';
import { missingKeyFixes } from './missing-key';
import type { SchemaFindingData } from '../rules/schema';
import type { Fix, FixInput, FixProvider } from './types';

/**
 * Replacing a value or key with a close match. One fix a suggestion, closest first; the first is
 * preferred, and "Fix all" applies it when it is the only suggestion or strictly closer (in edit
 * distance) than every other: `de-scool` becomes `de-school` rather than `se-school`, but
 * `fx-school` stays when `fi-school` and `fr-school` are as close.
 */
function suggestionFixes(
  input: FixInput,
  suggestions: readonly string[],
  options: { keepQuotes: boolean; claim?: (suggestion: string) => string },
): Fix[] {
  const { text, finding, tr } = input;
  // A value changing type shows its quotes: `"10"` becomes `10`.
  const shown = shownSource(text, finding.span, !options.keepQuotes);
  const distance = (suggestion: string) => editDistance(shown.toLowerCase(), suggestion.toLowerCase());
  const clearest =
    suggestions.length === 1 ||
    (suggestions.length > 1 && suggestions.slice(1).every((other) => distance(suggestions[0]) < distance(other)));
  return suggestions.map((suggestion, index) => ({
    title: tr.t('Change `{0}` to `{1}`', shown, suggestion),
    edits: [replaceScalar(text, finding.span, suggestion, options.keepQuotes)],
    isPreferred: index === 0,
    fixAll: index === 0 && clearest,
    claim: options.claim?.(suggestion),
  }));
}

/** The data of unknown-partner and unknown-country: the partner ids or country codes closest to what was written. */
export type SuggestionsData = { readonly suggestions: readonly string[] };

/** unknown-partner and unknown-country: the partner ids or country codes the rule suggests. */
export const referenceFixes: FixProvider<SuggestionsData> = (input) =>
  suggestionFixes(input, stringsOf(input.data?.suggestions), { keepQuotes: true });

/**
 * schema: an unknown key becomes a close known key (never one the mapping already has; "Fix all"
 * renames two keys of one mapping to the same key at most once); a value not in its enumeration
 * becomes a close allowed value; `yes`/`no` become `true`/`false` and a quoted number the number
 * (type); a date written another way becomes YYYY-MM-DD. A missing `purpose` of a long-term
 * teaching or training assignment can be added as `teaching` or `training` (a choice, so not
 * preferred); any other missing key is added with a value to fill in (missing-key.ts). Other
 * schema findings (wrong ids, lists, numbers below their minimum) need the user's own text.
 */
export const schemaFixes: FixProvider<SchemaFindingData> = (input) => {
  const { data } = input;
  if (!data) return [];
  const path = Array.isArray(data.path) ? data.path : undefined;
  const suggestions = stringsOf(data.suggestions);
  switch (data.kind) {
    case 'unknown-key':
      return suggestionFixes(input, suggestions, {
        keepQuotes: true,
        claim: (suggestion) => `key:${JSON.stringify(path ?? [])}:${suggestion}`,
      });
    case 'enum':
    case 'date':
      return suggestionFixes(input, suggestions, { keepQuotes: true });
    case 'type':
      // `yes` becomes `true`, `"10"` becomes `10`: the value changes type, so no quotes.
      return suggestionFixes(input, suggestions, { keepQuotes: false });
    case 'missing-key':
      if (!path || typeof data.key !== 'string') return [];
      return data.key === 'purpose' ? purposeFixes(input, path) : missingKeyFixes(input, path, data.key);
    default:
      return [];
  }
};

function purposeFixes({ text, lines, doc, tr }: FixInput, path: readonly (string | number)[]): Fix[] {
  const mapping = mappingAt(doc, path);
  if (!mapping || mapping.value['type'] !== 'long-term-teaching-assignment') return [];
  const order = propertyNames(schemaAt(path));
  const fixes: Fix[] = [];
  for (const purpose of ['teaching', 'training']) {
    const edit = insertEntry(text, lines, mapping.info, 'purpose', purpose, order);
    if (edit) fixes.push({ title: tr.t('Add `{0}`', `purpose: ${purpose}`), edits: [edit], isPreferred: false, fixAll: false });
  }
  return fixes;
}
