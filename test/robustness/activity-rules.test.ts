// Activity rules see one activity at a time (issue 11): run on each activity
// alone they find exactly what they find on the whole file, and they never
// report outside their activity (which the engine would drop as a failure).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { activityInputOf, ruleTranslator, runActivityRule, runRule, type RuleFailure, type RuleInput } from '../../server/src/core/check/check';
import { buildModel } from '../../server/src/core/model/model';
import { parseApplication } from '../../server/src/core/syntax/parse';
import type { ActivityRule } from '../../server/src/core/check/rule';
import { RULES } from '../../server/src/core/check/rules';
import type { Finding, Locale } from '../../server/src/core/base/types';
import { ROOT } from '../helpers/lsp-client';
import { applicationText } from './helpers/applications';
import { check } from './helpers/property';

const ACTIVITY_RULES = RULES.filter((rule): rule is ActivityRule => rule.kind === 'activity');
const EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((name) => name.endsWith('.partnership.yaml'))
  .map((name) => readFileSync(join(ROOT, 'examples', name), 'utf8'));

const shown = (findings: readonly Finding[]) => findings.map((f) => `${f.rule} ${f.span.start}-${f.span.end} ${f.message} ${JSON.stringify(f.data)}`);

/** Fails unless every activity rule finds the same on each activity alone (later activities first) as on the whole file. */
function assertSameAloneAndWhole(text: string, locale: Locale): void {
  const doc = parseApplication(text);
  const app = buildModel(doc);
  const input: RuleInput = { doc, app, tr: ruleTranslator(locale) };
  const items = app.activities?.items ?? [];
  for (const rule of ACTIVITY_RULES) {
    const whole: Finding[] = [];
    const failures: RuleFailure[] = [];
    runRule(rule, input, whole, failures);
    assert.deepEqual(failures, [], `${rule.id} reported outside its activity or threw`);
    const alone = new Map<number, Finding[]>();
    for (const activity of [...items].reverse()) {
      // Alone: a model whose only activity is this one, as a one-activity file would give.
      const single: RuleInput = { ...input, app: { ...app, activities: { keySpan: app.activities!.keySpan, items: [activity], complete: true, repeats: [] } } };
      const found: Finding[] = [];
      runActivityRule(rule, activityInputOf(single), activity, found, failures);
      alone.set(activity.index, found);
    }
    assert.deepEqual(failures, []);
    const inside = (activity: (typeof items)[number]) =>
      whole.filter((f) => f.span.start >= activity.span.start && f.span.end <= activity.span.end);
    for (const activity of items) {
      assert.deepEqual(shown(alone.get(activity.index) ?? []), shown(inside(activity)), `${rule.id} on activity ${activity.index}`);
    }
    assert.equal(whole.length, items.reduce((sum, activity) => sum + (alone.get(activity.index)?.length ?? 0), 0), `${rule.id}: every finding belongs to one activity`);
  }
}

test('every activity rule finds the same on each example activity alone as on the whole example', () => {
  assert.ok(ACTIVITY_RULES.length >= 15);
  for (const text of EXAMPLES) for (const locale of ['en', 'sv'] as const) assertSameAloneAndWhole(text, locale);
});

test('every activity rule finds the same on each activity alone as on the whole file, for generated applications', () => {
  check(
    'activity rules alone and whole',
    fc.tuple(applicationText, fc.constantFrom<Locale>('en', 'sv')),
    ([text, locale]) => assertSameAloneAndWhole(text, locale),
    { seed: 110_201, numRuns: 150 },
  );
});

test('a finding outside its activity is dropped and recorded as a failure of the rule', () => {
  const text = EXAMPLES[0];
  const doc = parseApplication(text);
  const app = buildModel(doc);
  const activity = app.activities!.items[0];
  const leaky: ActivityRule = {
    ...ACTIVITY_RULES[0],
    check: ({ report }) => {
      report({ start: 0, end: 1 }, { id: 'outside' });
      report(activity.firstKeySpan, { id: 'inside' });
    },
  };
  const found: Finding[] = [];
  const failures: RuleFailure[] = [];
  runActivityRule(leaky, activityInputOf({ doc, app, tr: ruleTranslator('en') }), activity, found, failures);
  assert.deepEqual(found.map((f) => f.message), ['inside']);
  assert.equal(failures.length, 1);
  assert.equal(failures[0].rule, leaky.id);
  assert.match(failures[0].error, /^reported outside its activity \(at 0-1, the activity is \d+-\d+\): outside$/);
});
