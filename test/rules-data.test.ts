import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText } from '../server/src/core/check/check';
import type { FixInput } from '../server/src/core/check/fixes';
import type { Report, RuleTranslator } from '../server/src/core/check/rule';
import type { DurationRangeData } from '../server/src/core/check/rules/duration-range';
import { participantRole, type ParticipantRoleData } from '../server/src/core/check/rules/participant-role';
import type { Finding, RuleId } from '../server/src/core/base/types';
import { pupilExchange, schoolApplication } from './helpers/applications';

/**
 * The structured `data` some rules attach for quick fixes (fixtures check
 * positions and messages, not data).
 */
/** The shared application (with the project's period) holding `activities`. */
function application(activities: string): string {
  return schoolApplication({ period: true, blankLines: true, activities: [activities] });
}

/** The shared pupil exchange (se-school's pupils at fi-school) with `duration`, and `extra` lines in its group. */
function exchange(id: string, duration: string, extra = ''): string {
  return pupilExchange({ id, duration, groupExtra: extra });
}

function findings(text: string, rule: RuleId): Finding[] {
  const result = checkText(text);
  assert.deepEqual(result.failures, []);
  return result.findings.filter((finding) => finding.rule === rule);
}

describe('duration-format data', () => {
  it('gives the bare number and English style by default', () => {
    const [finding] = findings(application(exchange('C1', '10')), 'duration-format');
    assert.deepEqual(finding.data, { number: 10, style: 'en' });
  });

  // Issue 11: the first duration written decides (no longer the majority), as completion does.
  it('follows the unit language of the first duration written in the file, not the majority', () => {
    const english = application(exchange('C1', '10') + exchange('C2', '1 vecka') + exchange('C3', '5 dagar'));
    assert.deepEqual(findings(english, 'duration-format')[0].data, { number: 10, style: 'en' });
    // The project's own duration, written first, in Swedish.
    const swedish = application(exchange('C1', '10') + exchange('C2', '1 week') + exchange('C3', '5 days')).replace(
      'duration: 24 months',
      'duration: 24 månader',
    );
    assert.ok(swedish.includes('  duration: 24 månader\n'));
    assert.deepEqual(findings(swedish, 'duration-format')[0].data, { number: 10, style: 'sv' });
  });

  it('reads a quoted bare number too', () => {
    const [finding] = findings(application(exchange('C1', '"7"')), 'duration-format');
    assert.deepEqual(finding.data, { number: 7, style: 'en' });
  });

  it('offers the closest unit for a misspelt one', () => {
    const [finding] = findings(application(exchange('C1', '2 wekes')), 'duration-format');
    assert.deepEqual(finding.data, { unit: 'wekes', suggestions: ['weeks'] });
  });
});

describe('duration-range data', () => {
  it('describes a duration that is too short', () => {
    const [finding] = findings(application(exchange('C1', '2 days')), 'duration-range');
    assert.deepEqual(finding.data, { minDays: 3, maxDays: 60, days: 2, nearestDays: 3, source: 'activity', style: 'en' });
  });

  it('describes a group duration that is too long, in its unit style', () => {
    const [finding] = findings(application(exchange('C1', '5 days', '        duration: 3 månader\n')), 'duration-range');
    assert.deepEqual(finding.data, { minDays: 3, maxDays: 60, days: 90, nearestDays: 60, source: 'group', style: 'sv' });
  });

  it('describes a duration counted from the dates', () => {
    const activity = `  - id: C1
    type: short-term-pupil-exchange
    host: fi-school
    start: 2028-03-01
    end: 2028-03-02
    accompanying: 2
    participants:
      - from: se-school
        role: pupil
        count: 10
`;
    const [finding] = findings(application(activity), 'duration-range');
    assert.deepEqual(finding.data, { minDays: 3, maxDays: 60, days: 2, nearestDays: 3, source: 'dates', style: 'en' });
  });
});

describe('unknown-country data', () => {
  it('suggests the intended code', () => {
    const text = application(exchange('C1', '5 days')).replace('country: FI', 'country: fi');
    const [finding] = findings(text, 'unknown-country');
    assert.deepEqual(finding.data, { suggestions: ['FI'] });
  });
});

describe('clean application', () => {
  it('gives no diagnostics at all', () => {
    assert.deepEqual(checkText(application(exchange('C1', '5 days'))).findings, []);
  });
});

/**
 * Never run: the type checker (part of `npm test`) fails on any line below
 * that stops being an error, so a typo in a message id, a placeholder or a data
 * key cannot silently mean "no message" or "no fix".
 */
export function typeErrorsThatMustStay(
  tr: RuleTranslator<typeof participantRole.messages>,
  report: Report<ParticipantRoleData>,
  fixInput: FixInput<DurationRangeData>,
): void {
  const span = { start: 0, end: 0 };
  // @ts-expect-error an unknown message id
  tr.t('notAlowed', { role: 'pupil', activity: 'x', allowed: 'y' });
  // @ts-expect-error a misspelt placeholder
  tr.t('notAllowed', { rol: 'pupil', activity: 'x', allowed: 'y' });
  // @ts-expect-error a data key the rule does not declare
  report(span, tr.t('notAllowed', { role: 'pupil', activity: 'x', allowed: 'y' }), { alowed: [] });
  const data = fixInput.data;
  if (data && !('endBeforeStart' in data)) {
    // @ts-expect-error a misspelt data key in a fix
    void data.nearstDays;
  }
}

describe('yaml-syntax severity', () => {
  it('is a warning for an unresolved tag and an error for any other syntax error, by default', () => {
    const tagged = checkText('project:\n  title: !include title.txt\n').findings.filter((f) => f.rule === 'yaml-syntax');
    assert.deepEqual(tagged.map((f) => f.severity), ['warning']);
    const broken = checkText('project:\n  title: "never closed\n').findings.filter((f) => f.rule === 'yaml-syntax');
    assert.ok(broken.length > 0);
    assert.deepEqual([...new Set(broken.map((f) => f.severity))], ['error']);
  });

  it('follows the user\'s setting for the rule, tags included', () => {
    const config = { locale: 'en' as const, rules: { 'yaml-syntax': 'error' as const } };
    const tagged = checkText('project:\n  title: !include title.txt\n', config).findings.filter((f) => f.rule === 'yaml-syntax');
    assert.deepEqual(tagged.map((f) => f.severity), ['error']);
  });
});
