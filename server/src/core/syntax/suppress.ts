import { isDocument, isScalar, visit, type Document } from 'yaml';
import { LineIndex } from '../base/lines';
import { isRuleId, type RuleId, type Span } from '../base/types';

/**
 * Suppression comments (spec: "Suppression" and its Details), each alone on its line:
 *   # partnership-disable-next-line rule-id[, rule-id...] [-- reason]
 *   # partnership-disable rule-id[, ...]          (leading comment block only)
 * Without rule ids a comment silences every rule, as ESLint's do. "Next line" is the
 * physical next line. The leading block is what comes before the first key: comments,
 * blank lines, a `%YAML` directive, a `---` line. A line inside a block scalar or a
 * quoted scalar is text, never a comment.
 */
export interface Suppressions {
  isSuppressed(rule: RuleId, line: number): boolean;
}

/** A rule id as written in a suppression comment. */
export interface NamedId {
  readonly text: string;
  readonly span: Span;
}

export interface SuppressionComment {
  readonly kind: 'next-line' | 'file';
  /** The comment from its `#` to the end of the line. */
  readonly span: Span;
  readonly line: number;
  /** Every id written, known or not; empty: all rules. */
  readonly ids: readonly NamedId[];
}

const COMMENT = /^(\s*)#\s*partnership-(disable-next-line|disable)(?=\s|$)(.*)$/;

type RuleSet = ReadonlySet<RuleId> | 'all';

/** The ids of a comment's rest (after the directive word), up to ` -- reason`. */
function namedIds(rest: string, offset: number): NamedId[] {
  const reason = /\s--(?:\s|$)/.exec(rest);
  const list = reason ? rest.slice(0, reason.index) : rest;
  return [...list.matchAll(/[^,\s]+/g)].map((match) => ({
    text: match[0],
    span: { start: offset + (match.index ?? 0), end: offset + (match.index ?? 0) + match[0].length },
  }));
}

export function ruleSetOf(comment: SuppressionComment): RuleSet {
  if (comment.ids.length === 0) return 'all';
  return new Set(comment.ids.map((id) => id.text).filter(isRuleId));
}

function covers(set: RuleSet | undefined, rule: RuleId): boolean {
  return set === 'all' || (set !== undefined && set.has(rule));
}

/** The offsets of every line start that lies inside a scalar's text (after its first line). */
function scalarLines(yaml: Document | undefined, lines: LineIndex): Set<number> {
  const inside = new Set<number>();
  if (!yaml || !isDocument(yaml)) return inside;
  visit(yaml, {
    Scalar(_key, node) {
      if (!isScalar(node) || !node.range) return;
      const first = lines.position(node.range[0]).line;
      // The value's end may be the start of the line after it (a block scalar's final break).
      const last = lines.position(Math.max(node.range[0], node.range[1] - 1)).line;
      for (let line = first + 1; line <= last; line++) inside.add(line);
    },
  });
  return inside;
}

/** Every suppression comment of the text, in order. `yaml` (the parsed document) tells scalars from comments. */
export function suppressionComments(text: string, lines: LineIndex, yaml?: Document): SuppressionComment[] {
  // Most files have none: one search of the text rather than a look at every line.
  if (!text.includes('partnership-disable')) return [];
  const inScalar = scalarLines(yaml, lines);
  const found: SuppressionComment[] = [];
  let inLeadingBlock = true;
  for (let line = 0; line < lines.lineCount; line++) {
    if (inScalar.has(line)) {
      inLeadingBlock = false;
      continue;
    }
    const content = lines.lineText(line);
    const match = COMMENT.exec(content);
    const lineStart = lines.lineStart(line);
    if (match && (match[2] === 'disable-next-line' || inLeadingBlock)) {
      const hash = lineStart + match[1].length;
      const restOffset = lineStart + content.length - match[3].length;
      found.push({
        kind: match[2] === 'disable-next-line' ? 'next-line' : 'file',
        span: { start: hash, end: lineStart + content.trimEnd().length },
        line,
        ids: namedIds(match[3], restOffset),
      });
    }
    if (!/^\s*(#.*)?$/.test(content) && !/^(%|---\s*(#.*)?$)/.test(content)) inLeadingBlock = false;
  }
  return found;
}

const NONE: Suppressions = { isSuppressed: () => false };

export function suppressionsOf(comments: readonly SuppressionComment[]): Suppressions {
  if (comments.length === 0) return NONE;
  const byLine = new Map<number, RuleSet>();
  let fileWide: RuleSet | undefined;
  for (const comment of comments) {
    const rules = ruleSetOf(comment);
    if (comment.kind === 'next-line') byLine.set(comment.line + 1, mergeRuleSets(byLine.get(comment.line + 1), rules));
    else fileWide = mergeRuleSets(fileWide, rules);
  }
  return { isSuppressed: (rule, line) => covers(fileWide, rule) || covers(byLine.get(line), rule) };
}

export function findSuppressions(text: string, lines: LineIndex, yaml?: Document): Suppressions {
  return suppressionsOf(suppressionComments(text, lines, yaml));
}

function mergeRuleSets(a: RuleSet | undefined, b: RuleSet): RuleSet {
  if (a === undefined) return b;
  if (a === 'all' || b === 'all') return 'all';
  return new Set([...a, ...b]);
}
