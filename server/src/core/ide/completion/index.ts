import { cursorContext, type CursorContext, type ItemContext } from '../../syntax/cursor-context';
import type { Locale } from '../../base/types';
import { keys } from './keys';
import { Scope } from './scope';
import { matches } from './shared';
import { snippets, snippetsForNewItem } from './snippets';
import type { CompletionEntry, FeatureInput } from './types';
import { priorities, values } from './values';

export type { CompletionEntry, CompletionKind, FeatureInput } from './types';
export { snippetToText } from './snippet-text';

/** The completions at `offset`. Never throws: an unexpected failure gives no completions. */
export function completionsAt(input: FeatureInput, offset: number, locale: Locale): CompletionEntry[] {
  try {
    return entries(new Scope(input, locale), cursorContext(input.doc, offset));
  } catch {
    return [];
  }
}

function entries(scope: Scope, context: CursorContext): CompletionEntry[] {
  switch (context.kind) {
    case 'key':
      return [...snippetsForNewItem(scope, context), ...keys(scope, context)];
    case 'value':
      return values(scope, context);
    case 'item':
      return items(scope, context);
    default:
      return [];
  }
}

function items(scope: Scope, context: ItemContext): CompletionEntry[] {
  if (matches(context.path, ['project', 'priorities'])) return priorities(scope, context);
  return snippets(scope, context.path, context, true);
}
