import { suppressionComments } from '../../syntax/suppress';
import { empty, lineBreak } from './edits';
import type { Fix, FixInput } from './types';

const NEXT_LINE_COMMENT = /^(\s*#\s*partnership-disable-next-line)(?=\s|$)(.*)$/;

/**
 * "Disable RULE for this line": a `# partnership-disable-next-line RULE` comment on its own line
 * right above the line the finding starts on, indented like that line. When that line already
 * has such a comment above it, the rule is added to its list (before any `-- reason`). None for
 * a file of nothing but comments and blank lines (the "empty file" finding has no line to precede),
 * nor for a finding about a suppression comment itself (a comment to silence a comment).
 */
export function disableFix({ text, lines, finding, tr, doc }: FixInput): Fix | undefined {
  if (finding.rule === 'suppression') return undefined;
  let content = false;
  for (let line = 0; line < lines.lineCount && !content; line++) content = !/^\s*(#.*)?$/.test(lines.lineText(line));
  if (!content) return undefined;
  const title = tr.t('Disable {0} for this line', finding.rule);
  const line = lines.position(finding.span.start).line;
  // A line above that lies inside a block or quoted scalar is text, not a comment to extend.
  const commentAbove = line > 0 && suppressionComments(text, lines, doc.yaml).some((comment) => comment.line === line - 1);
  if (commentAbove) {
    const above = NEXT_LINE_COMMENT.exec(lines.lineText(line - 1));
    if (above) {
      const rest = above[2];
      const reason = rest.search(/\s--(?:\s|$)/);
      const ids = (reason < 0 ? rest : rest.slice(0, reason)).replace(/\s+$/, '');
      if (ids.trim() !== '') {
        const at = lines.lineStart(line - 1) + above[1].length + ids.length;
        return { title, edits: [{ span: empty(at), newText: `, ${finding.rule}` }], isPreferred: false, fixAll: false };
      }
    }
  }
  // A byte order mark stays first in the file.
  const start = lines.lineStart(line) + (line === 0 && text.startsWith('\uFEFF') ? 1 : 0);
  const indent = /^[ \t]*/.exec(text.slice(start, lines.lineEnd(line)))?.[0] ?? '';
  const comment = `${indent}# partnership-disable-next-line ${finding.rule}${lineBreak(text, lines, line)}`;
  return { title, edits: [{ span: empty(start), newText: comment }], isPreferred: false, fixAll: false };
}
