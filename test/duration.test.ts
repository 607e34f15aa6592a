import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { calendarParts, formatDays, formatTerm, parseDuration } from '../server/src/core/format/duration';

const days = (raw: unknown) => parseDuration(raw)?.days;

describe('parseDuration', () => {
  it('reads English units, singular and plural', () => {
    assert.equal(days('1 day'), 1);
    assert.equal(days('10 days'), 10);
    assert.equal(days('1 week'), 7);
    assert.equal(days('3 weeks'), 21);
    assert.equal(days('1 month'), 30);
    assert.equal(days('2 months'), 60);
    assert.equal(days('1 year'), 360);
    assert.equal(days('2 years'), 720);
  });

  it('reads Swedish units, singular and plural', () => {
    assert.equal(days('1 dag'), 1);
    assert.equal(days('10 dagar'), 10);
    assert.equal(days('1 vecka'), 7);
    assert.equal(days('3 veckor'), 21);
    assert.equal(days('1 månad'), 30);
    assert.equal(days('12 månader'), 360);
    assert.equal(days('1 år'), 360);
    assert.equal(days('2 år'), 720);
  });

  it('ignores the case of units, Swedish letters included', () => {
    assert.equal(days('10 DAYS'), 10);
    assert.equal(days('2 Months'), 60);
    assert.equal(days('3 MÅNADER'), 90);
    assert.equal(days('1 År'), 360);
    assert.equal(days('2 VeCkOr'), 14);
  });

  it('adds several terms separated by spaces or a comma', () => {
    assert.equal(days('1 month 15 days'), 45);
    assert.equal(days('2 months, 15 days'), 75);
    assert.equal(days('2 months,15 days'), 75);
    assert.equal(days('1 year 1 day'), 361);
    assert.equal(days('1 år 2 veckor 3 dagar'), 377);
    assert.equal(days('1 month  15 days'), 45);
  });

  it('keeps the terms and the unit style of the first term', () => {
    assert.deepEqual(parseDuration('1 month 15 days'), {
      terms: [
        { amount: 1, unit: 'month' },
        { amount: 15, unit: 'day' },
      ],
      days: 45,
      style: 'en',
    });
    assert.equal(parseDuration('3 veckor')?.style, 'sv');
    assert.equal(parseDuration('1 månad 2 days')?.style, 'sv');
    assert.equal(parseDuration('2 days 1 månad')?.style, 'en');
  });

  it('allows surrounding whitespace', () => {
    assert.equal(days('  7 days  '), 7);
  });

  it('rejects a bare number, written as a number or as text', () => {
    assert.equal(parseDuration(10), undefined);
    assert.equal(parseDuration('10'), undefined);
  });

  it('rejects values that are not text', () => {
    for (const raw of [true, false, null, undefined, ['5', 'days'], { days: 5 }, 2.5]) {
      assert.equal(parseDuration(raw), undefined, JSON.stringify(raw));
    }
  });

  it('rejects a total of zero', () => {
    assert.equal(parseDuration('0 days'), undefined);
    assert.equal(parseDuration('0 months, 0 days'), undefined);
    assert.equal(days('0 months 1 day'), 1);
  });

  it('rejects empty text, unknown units and malformed terms', () => {
    for (const raw of ['', '   ', 'days', '7days', '7 dayz', '1.5 weeks', '1,5 veckor', '-3 days', 'one week', '1 week and 2 days', '2 months,', ', 2 months', '2 months,, 3 days', '7 days!', 'P7D']) {
      assert.equal(parseDuration(raw), undefined, raw);
    }
  });

  it('rejects totals beyond safe integers', () => {
    assert.equal(parseDuration('99999999999999999999 years'), undefined);
  });
});

describe('calendarParts', () => {
  it('counts years and months as months, weeks and days as days', () => {
    const parts = (raw: string) => calendarParts(parseDuration(raw)!);
    assert.deepEqual(parts('24 months'), { months: 24, days: 0 });
    assert.deepEqual(parts('2 years 3 months'), { months: 27, days: 0 });
    assert.deepEqual(parts('1 month 15 days'), { months: 1, days: 15 });
    assert.deepEqual(parts('2 veckor 1 dag'), { months: 0, days: 15 });
    assert.deepEqual(parts('1 år, 1 vecka'), { months: 12, days: 7 });
  });
});

describe('formatting', () => {
  it('writes a term in English or Swedish, singular or plural', () => {
    assert.equal(formatTerm(1, 'day', 'en'), '1 day');
    assert.equal(formatTerm(5, 'day', 'en'), '5 days');
    assert.equal(formatTerm(1, 'month', 'sv'), '1 månad');
    assert.equal(formatTerm(2, 'month', 'sv'), '2 månader');
    assert.equal(formatTerm(2, 'year', 'sv'), '2 år');
  });

  it('writes day counts as whole months when they divide', () => {
    assert.equal(formatDays(60, 'en'), '2 months');
    assert.equal(formatDays(360, 'sv'), '12 månader');
    assert.equal(formatDays(61, 'en'), '61 days');
    assert.equal(formatDays(1, 'sv'), '1 dag');
    assert.equal(formatDays(3, 'en'), '3 days');
  });
});
