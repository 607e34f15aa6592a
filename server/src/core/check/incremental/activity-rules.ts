import { activityInputOf, runActivityRule, runRule, type RuleRunner } from '../check';
import type { ActivityRule, Rule } from '../rule';
import type { Finding, Locale, Span } from '../../base/types';
import type { ActivityFindings, Piece, Placed } from './piece';

/**
 * Activity rules (`kind: 'activity'`): their check sees one activity with the
 * project and the partner table, nothing else, and the engine drops what they
 * report outside the activity, so their findings for an activity are kept with
 * its piece and reused while the activity's text, the project's and the
 * partners' stay the same (moved to where the piece now stands). Document rules
 * (ids across items, the partner list as a whole, the schema, the unit style
 * counted over the whole file, countries also outside activities, youth
 * initiatives, syntax) run on the whole model every time.
 */
export function isActivityRule(rule: Rule): rule is ActivityRule {
  return rule.kind === 'activity';
}

/** What the activity rules see besides an activity: the project's piece and the partners' pieces. */
export interface RuleContextKey {
  readonly project: Piece | undefined;
  readonly partners: readonly (Piece | undefined)[];
}

/** The previous key when nothing it names changed (so that memos made under it still hold), else a new one. */
export function sameContext(
  previous: RuleContextKey | undefined,
  project: Piece | undefined,
  partners: readonly (Piece | undefined)[],
): RuleContextKey {
  if (
    previous &&
    previous.project === project &&
    previous.partners.length === partners.length &&
    previous.partners.every((piece, i) => piece === partners[i])
  ) {
    return previous;
  }
  return { project, partners };
}

const NONE: readonly Finding[] = [];

function moved(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}

/**
 * Runs the rules: the activity rules activity by activity, reusing the
 * findings kept with each activity's piece; the others on the whole model.
 * `origins` holds the piece of each activity of the model.
 */
export function activityRunner(origins: readonly Placed[], context: RuleContextKey, locale: Locale): RuleRunner {
  return (rules, input, out, failures) => {
    const activities = input.app.activities;
    for (const rule of rules) if (!isActivityRule(rule)) runRule(rule, input, out, failures);
    if (!activities) return;
    const activityRules = rules.filter(isActivityRule);
    const rulesKey = activityRules.map((rule) => rule.id).join(',');
    const items = activities.items;
    const shared = activityInputOf(input);
    for (let i = 0; i < items.length; i++) {
      const placed = origins[i];
      const piece = placed.piece;
      const memo = piece.findings;
      if (memo === undefined || memo.context !== context || memo.locale !== locale) {
        piece.findings = { context, locale, delta: placed.delta, rulesKey: '', all: NONE };
      }
      let known = piece.findings as ActivityFindings;
      const by = placed.delta - known.delta;
      if (known.rulesKey !== rulesKey) {
        // Some rule's findings for this activity are not known yet: find them for this activity alone.
        const done = new Set(known.rulesKey.split(','));
        const all: Finding[] = [];
        for (const rule of activityRules) {
          if (done.has(rule.id)) {
            for (const finding of known.all) if (finding.rule === rule.id) all.push(finding);
            continue;
          }
          const fresh: Finding[] = [];
          runActivityRule(rule, shared, items[i], fresh, failures);
          // Kept with spans of their own (a model's spans move with its piece), at the memo's offset.
          for (const finding of fresh) all.push({ ...finding, span: moved(finding.span, -by) });
        }
        piece.findings = known = { ...known, rulesKey, all: all.length > 0 ? all : NONE };
      }
      for (const finding of known.all) out.push(by === 0 ? finding : { ...finding, span: moved(finding.span, by) });
    }
  };
}
