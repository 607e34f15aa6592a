import { runRule, type RuleFailure, type RuleInput, type RuleRunner } from '../check';
import type { Activity, ListSection } from '../model';
import type { Rule } from '../rule';
import type { Finding, Locale, Span } from '../types';
import type { ActivityFindings, Piece, Placed } from './piece';

/**
 * Rules with `scope: 'activity'`: those whose findings about an activity depend only on that activity, the
 * project and the partners: each looks at the activities one at a time (their
 * host and senders through the partner table, the project's field and
 * period), never at two together, and reports only inside the activity. Their
 * findings for an activity are kept with its piece and reused while the
 * activity's text, the project's and the partners' stay the same (moved to
 * where the piece now stands). The other rules (ids across items, the partner
 * list as a whole, the schema, the unit style counted over the whole file,
 * countries also outside activities, youth initiatives, syntax) run on the
 * whole model every time.
 */
export function isActivityRule(rule: Rule): boolean {
  return rule.scope === 'activity';
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
    const current = (piece: Piece) => {
      const memo = piece.findings;
      return memo !== undefined && memo.context === context && memo.locale === locale;
    };
    // The activities whose findings are not known for this context, locale and set of rules.
    const stale: number[] = [];
    for (let i = 0; i < items.length; i++) {
      const piece = origins[i].piece;
      if (!current(piece) || piece.findings?.rulesKey !== rulesKey) stale.push(i);
    }
    // Several at once (a new document, a change to the partners): each rule once over all of them.
    if (stale.length > 1 && stale.length * 8 > items.length) {
      findTogether(stale, origins, activityRules, input, failures, { context, locale, rulesKey });
    }
    for (let i = 0; i < items.length; i++) {
      const placed = origins[i];
      const piece = placed.piece;
      if (!current(piece)) piece.findings = { context, locale, delta: placed.delta, rulesKey: '', all: [] };
      let memo = piece.findings as ActivityFindings;
      const by = placed.delta - memo.delta;
      if (memo.rulesKey !== rulesKey) {
        // Some rule's findings for this activity are not known yet: find them for this activity alone.
        const known = new Set(memo.rulesKey.split(','));
        const all: Finding[] = [];
        let alone: RuleInput | undefined;
        for (const rule of activityRules) {
          if (known.has(rule.id)) {
            for (const finding of memo.all) if (finding.rule === rule.id) all.push(finding);
            continue;
          }
          alone ??= { doc: input.doc, tr: input.tr, app: { ...input.app, activities: { keySpan: activities.keySpan, items: [items[i]] } } };
          const fresh: Finding[] = [];
          runRule(rule, alone, fresh, failures);
          // Kept with spans of their own, at the memo's offset.
          for (const finding of fresh) all.push({ ...finding, span: moved(finding.span, -by) });
        }
        piece.findings = memo = { ...memo, rulesKey, all };
      }
      for (const finding of memo.all) out.push(by === 0 ? finding : { ...finding, span: moved(finding.span, by) });
    }
  };
}

/**
 * The activity rules' findings for the `stale` activities, each rule run once
 * over all of them together; every finding lies inside its activity's piece,
 * which is how they are shared out. Leaves the memos alone if one does not.
 */
function findTogether(
  stale: readonly number[],
  origins: readonly Placed[],
  activityRules: readonly Rule[],
  input: RuleInput,
  failures: RuleFailure[],
  key: { readonly context: RuleContextKey; readonly locale: string; readonly rulesKey: string },
): void {
  const activities = input.app.activities as ListSection<Activity>;
  const together: RuleInput = {
    doc: input.doc,
    tr: input.tr,
    app: { ...input.app, activities: { keySpan: activities.keySpan, items: stale.map((i) => activities.items[i]) } },
  };
  // Rule after rule, as the activity's own run would list them.
  const byActivity = stale.map((): Finding[] => []);
  for (const rule of activityRules) {
    const found: Finding[] = [];
    runRule(rule, together, found, failures);
    for (const finding of found) {
      // The last stale activity starting at or before the finding.
      let low = 0;
      let high = stale.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (origins[stale[middle]].delta <= finding.span.start) low = middle;
        else high = middle - 1;
      }
      const placed = origins[stale[low]];
      if (finding.span.start < placed.delta || finding.span.end > placed.delta + placed.piece.text.length) return;
      byActivity[low].push({ ...finding, span: moved(finding.span, 0) });
    }
  }
  stale.forEach((i, k) => {
    origins[i].piece.findings = { ...key, delta: origins[i].delta, all: byActivity[k].length > 0 ? byActivity[k] : NONE };
  });
}
