import type { SuppressionData } from '../rules/suppression';
import { stringsOf } from './duration';
import type { Fix, FixProvider } from './types';

/**
 * suppression: an unknown id becomes each suggested rule id (the only suggestion is preferred
 * and applied by "Fix all"); either finding offers removing the whole comment line, which only
 * the user can decide.
 */
export const suppressionFixes: FixProvider<SuppressionData> = ({ text, lines, finding, tr, data }) => {
  if (!data) return [];
  const fixes: Fix[] = [];
  if (data.problem === 'unknown-id') {
    const suggestions = stringsOf(data.suggestions);
    for (const suggestion of suggestions) {
      fixes.push({
        title: tr.t('Change `{0}` to `{1}`', text.slice(finding.span.start, finding.span.end), suggestion),
        edits: [{ span: finding.span, newText: suggestion }],
        isPreferred: suggestions.length === 1,
        fixAll: suggestions.length === 1,
      });
    }
  }
  const line = lines.position(finding.span.start).line;
  const end = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : lines.lineEnd(line);
  fixes.push({
    title: tr.t('Remove the comment'),
    edits: [{ span: { start: lines.lineStart(line), end }, newText: '' }],
    isPreferred: data.problem === 'unused',
    fixAll: false,
  });
  return fixes;
};
