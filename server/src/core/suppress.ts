import { LineIndex } from './lines';
import { isRuleId, type RuleId } from './types';

/**
 * Suppression comments (spec: "Suppression"), each alone on its line:
 *   # partnership-disable-next-line rule-id[, rule-id...] [-- reason]
 *   # partnership-disable rule-id[, ...]          (leading comment block only)
 * Without rule ids a comment silences every rule, as ESLint's do.
 */
export interface Suppressions {
  isSuppressed(rule: RuleId, line: number): boolean;
}

const COMMENT = /^\s*#\s*partnership-(disable-next-line|disable)(?=\s|$)(.*)$/;

type RuleSet = ReadonlySet<RuleId> | 'all';

function parseRuleList(rest: string): RuleSet {
  const withoutReason = rest.split(/\s--(?:\s|$)/)[0];
  const ids = withoutReason
    .split(/[,\s]+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (ids.length === 0) return 'all';
  return new Set(ids.filter(isRuleId));
}

function covers(set: RuleSet | undefined, rule: RuleId): boolean {
  return set === 'all' || (set !== undefined && set.has(rule));
}

const NONE: Suppressions = { isSuppressed: () => false };

export function findSuppressions(text: string, lines: LineIndex): Suppressions {
  // Most files have none: one search of the text rather than a look at every line.
  if (!text.includes('partnership-disable')) return NONE;
  const byLine = new Map<number, RuleSet>();
  let fileWide: RuleSet | undefined;
  let inLeadingBlock = true;
  for (let line = 0; line < lines.lineCount; line++) {
    const content = lines.lineText(line);
    const match = COMMENT.exec(content);
    const isComment = /^\s*(#.*)?$/.test(content);
    if (match) {
      const rules = parseRuleList(match[2]);
      if (match[1] === 'disable-next-line') byLine.set(line + 1, rules);
      else if (inLeadingBlock) fileWide = mergeRuleSets(fileWide, rules);
    }
    if (!isComment) inLeadingBlock = false;
  }
  return {
    isSuppressed: (rule, line) => covers(fileWide, rule) || covers(byLine.get(line), rule),
  };
}

function mergeRuleSets(a: RuleSet | undefined, b: RuleSet): RuleSet {
  if (a === undefined) return b;
  if (a === 'all' || b === 'all') return 'all';
  return new Set([...a, ...b]);
}
