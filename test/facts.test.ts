import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText } from '../server/src/core/check/check';
import { completionsAt } from '../server/src/core/ide/completion';
import { formatDate, fromDayNumber, monthsCovering, parseDate, dayNumber } from '../server/src/core/format/dates';
import { parseDuration, periodEndExclusive, UNIT_TEXT, UNIT_WORDS } from '../server/src/core/format/duration';
import {
  fileUnitStyle,
  groupsSharingActivityDuration,
  isPartnerIdShape,
  projectPeriod,
} from '../server/src/core/model/facts';
import { fixesFor } from '../server/src/core/check/fixes';

/** The shared facts each have one home; these pin what every caller now reads. */

const date = (text: string) => parseDate(text)!;
const day = (text: string) => dayNumber(date(text));

function application(durations: { project?: string; activity?: string; group?: string }, activityFirst = false): string {
  const project = ['project:', '  title: T', '  field: school-education', '  start: 2027-09-01'];
  if (durations.project) project.push(`  duration: ${durations.project}`);
  const partners = ['partners:', '  - { id: se-school, name: S, country: SE, type: school }', '  - { id: de-school, name: D, country: DE, type: school }'];
  const activity = ['activities:', '  - id: C1', '    type: short-term-pupil-exchange', '    host: de-school'];
  if (durations.activity) activity.push(`    duration: ${durations.activity}`);
  activity.push('    participants:', '      - from: se-school', '        role: pupil', '        count: 10');
  if (durations.group) activity.push(`        duration: ${durations.group}`);
  const parts = activityFirst ? [activity, partners, project] : [project, partners, activity];
  return parts.map((part) => part.join('\n')).join('\n\n') + '\n';
}

describe('periodEndExclusive and projectPeriod', () => {
  it('adds months as calendar months, then weeks and days', () => {
    assert.equal(formatDate(fromDayNumber(periodEndExclusive(date('2027-01-31'), parseDuration('1 month')!))), '2027-02-28');
    assert.equal(formatDate(fromDayNumber(periodEndExclusive(date('2027-09-01'), parseDuration('24 months')!))), '2029-09-01');
    assert.equal(formatDate(fromDayNumber(periodEndExclusive(date('2027-09-01'), parseDuration('1 year 2 weeks 1 day')!))), '2028-09-16');
  });

  it('is undefined without a start, open-ended without a readable duration', () => {
    const withDuration = checkText(application({ project: '24 months' })).app.project;
    assert.deepEqual(projectPeriod(withDuration), { first: day('2027-09-01'), endExclusive: day('2029-09-01') });
    const withoutDuration = checkText(application({})).app.project;
    assert.deepEqual(projectPeriod(withoutDuration), { first: day('2027-09-01') });
    assert.equal(projectPeriod(undefined), undefined);
  });
});

describe('monthsCovering', () => {
  it('is the fewest whole months whose period holds the day', () => {
    assert.equal(monthsCovering(date('2027-09-01'), day('2027-09-01')), 1);
    assert.equal(monthsCovering(date('2027-09-01'), day('2029-08-31')), 24);
    assert.equal(monthsCovering(date('2027-09-01'), day('2029-09-01')), 25);
    // 31 January plus one month ends on 28 February, so 28 February needs two months.
    assert.equal(monthsCovering(date('2027-01-31'), day('2027-02-27')), 1);
    assert.equal(monthsCovering(date('2027-01-31'), day('2027-02-28')), 2);
  });
});

describe('groupsSharingActivityDuration', () => {
  it('is the groups without a duration of their own, readable or not', () => {
    const text = [
      'project: { title: T, field: school-education }',
      'partners: [{ id: a, name: A, country: SE, type: school }]',
      'activities:',
      '  - id: C1',
      '    type: short-term-pupil-exchange',
      '    host: a',
      '    duration: 7 days',
      '    participants:',
      '      - { from: a, role: pupil, count: 1 }',
      '      - { from: a, role: teacher, count: 1, duration: 5 days }',
      '      - { from: a, role: staff, count: 1, duration: 5 }',
      '      - { from: a, role: teacher, count: 2 }',
      '',
    ].join('\n');
    const activity = checkText(text).app.activities!.items[0];
    assert.deepEqual(
      groupsSharingActivityDuration(activity).map((group) => group.index),
      [0, 3],
    );
  });
});

describe('unit words', () => {
  it('are read in every form the writer writes', () => {
    for (const style of ['en', 'sv'] as const) {
      for (const [singular, plural] of Object.values(UNIT_TEXT[style])) {
        assert.equal(UNIT_WORDS[singular]?.style, style, singular);
        assert.equal(UNIT_WORDS[plural]?.style, style, plural);
      }
    }
    assert.deepEqual(Object.keys(UNIT_WORDS), [
      'day', 'days', 'dag', 'dagar', 'week', 'weeks', 'vecka', 'veckor',
      'month', 'months', 'månad', 'månader', 'year', 'years', 'år',
    ]);
  });
});

describe('isPartnerIdShape', () => {
  it('follows the spec: a letter, then letters, digits, - and _', () => {
    assert.equal(isPartnerIdShape('se-school_2'), true);
    assert.equal(isPartnerIdShape('S'), true);
    assert.equal(isPartnerIdShape('2school'), false);
    assert.equal(isPartnerIdShape('se school'), false);
    assert.equal(isPartnerIdShape('-se'), false);
    assert.equal(isPartnerIdShape('skola-å'), false);
  });
});

describe('fileUnitStyle', () => {
  it('is the first readable duration in the text, not the majority', () => {
    const app = (durations: Parameters<typeof application>[0], activityFirst = false) =>
      checkText(application(durations, activityFirst)).app;
    assert.equal(fileUnitStyle(app({ project: '24 månader', activity: '7 days', group: '5 days' })), 'sv');
    assert.equal(fileUnitStyle(app({ project: '24 months', activity: '7 dagar' })), 'en');
    // Activities written above the project: the activity's duration comes first in the text.
    assert.equal(fileUnitStyle(app({ project: '24 months', activity: '1 vecka' }, true)), 'sv');
    // An unreadable duration does not count.
    assert.equal(fileUnitStyle(app({ project: '24', activity: '7 dagar' })), 'sv');
    assert.equal(fileUnitStyle(app({})), undefined);
  });

  it('is the same for the bare-number fix and for completion (`1 vecka` before `7 days`)', () => {
    const text = [
      'project:',
      '  title: T',
      '  field: school-education',
      '  start: 2027-09-01',
      '',
      'partners:',
      '  - { id: se-school, name: S, country: SE, type: school }',
      '  - { id: de-school, name: D, country: DE, type: school }',
      '',
      'activities:',
      '  - id: C1',
      '    type: short-term-pupil-exchange',
      '    host: de-school',
      '    duration: 1 vecka',
      '    participants:',
      '      - { from: se-school, role: pupil, count: 10, duration: 7 days }',
      '  - id: C2',
      '    type: short-term-pupil-exchange',
      '    host: se-school',
      '    duration: 7',
      '    participants:',
      '      - { from: de-school, role: pupil, count: 10 }',
      '',
    ].join('\n');
    const config = { locale: 'en' as const, rules: {} };
    const result = checkText(text, config);
    const bare = result.findings.find((finding) => finding.rule === 'duration-format');
    assert.ok(bare);
    assert.deepEqual(
      fixesFor(result, bare, config).map((fix) => fix.edits[0].newText),
      ['7 dagar', '7 veckor', '7 månader'],
    );
    const offset = text.indexOf('duration: 7\n') + 'duration: '.length;
    const completed = completionsAt(checkText(text.replace('duration: 7\n', 'duration: \n'), config), offset, 'en');
    const labels = completed.map((entry) => entry.label);
    assert.ok(labels.includes('3 dagar'), labels.join(', '));
    assert.ok(!labels.some((label) => /days?$/.test(label)), labels.join(', '));
  });
});
