import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText } from '../server/src/core/check/check';

const app = (lines: string) => `project:
  title: Demokrati i skolan
  field: school-education
${lines}
partners:
  - id: se-school
    name: Östra gymnasiet
    country: SE
    type: school
    coordinator: true
  - id: fi-school
    name: Helsingin koulu
    country: FI
    type: school
`;

const found = (text: string) => checkText(text).findings.map((f) => `${f.rule} ${f.severity} ${text.slice(f.span.start, f.span.end)}`);

describe('suppression severities', () => {
  it('an unknown id is a warning, an unused next-line comment information', () => {
    assert.deepEqual(found(app('  # partnership-disable-next-line duraton-range\n  start: 2027-09-01\n')), [
      'suppression warning duraton-range',
    ]);
    assert.deepEqual(found(app('  # partnership-disable-next-line schema\n  start: 2027-09-01\n')), [
      'suppression information # partnership-disable-next-line schema',
    ]);
  });

  it('a used comment silences and is not reported', () => {
    assert.deepEqual(found(app('  # partnership-disable-next-line schema\n  bogus: 1\n')), []);
  });

  it('an unused comment is not reported when suppression is off', () => {
    const text = app('  # partnership-disable-next-line schema\n  start: 2027-09-01\n');
    assert.deepEqual(checkText(text, { locale: 'en', rules: { suppression: 'off' } }).findings, []);
  });
});
