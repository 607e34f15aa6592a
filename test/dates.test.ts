import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addMonths, calendarLength, dayNumber, daysInMonth, formatDate, fromDayNumber, isValidDate, lastDayOf, parseDate } from '../server/src/core/format/dates';

describe('parseDate', () => {
  it('reads YYYY-MM-DD', () => {
    assert.deepEqual(parseDate('2027-09-01'), { year: 2027, month: 9, day: 1 });
    assert.deepEqual(parseDate('2028-12-31'), { year: 2028, month: 12, day: 31 });
  });

  it('accepts 29 February in leap years only', () => {
    assert.ok(isValidDate('2028-02-29'));
    assert.ok(isValidDate('2000-02-29'));
    assert.ok(!isValidDate('2027-02-29'));
    assert.ok(!isValidDate('1900-02-29'));
  });

  it('rejects dates that do not exist', () => {
    for (const raw of ['2027-02-30', '2027-04-31', '2027-13-01', '2027-00-10', '2027-01-00', '2027-01-32']) {
      assert.equal(parseDate(raw), undefined, raw);
    }
  });

  it('rejects other forms and values that are not text', () => {
    for (const raw of ['2027-9-1', '01/09/2027', '2027-09-01T00:00', ' 2027-09-01', '2027-09-01 ', '20270901', '', 20270901, null, true]) {
      assert.equal(parseDate(raw), undefined, String(raw));
    }
  });
});

describe('day numbers', () => {
  it('counts whole days, so differences are lengths', () => {
    const d = (raw: string) => dayNumber(parseDate(raw)!);
    assert.equal(d('1970-01-01'), 0);
    assert.equal(d('2028-03-12') - d('2028-03-06') + 1, 7);
    assert.equal(d('2028-03-01') - d('2028-02-28'), 2); // leap year
    assert.equal(d('2028-01-01') - d('2027-01-01'), 365);
    assert.equal(d('2029-01-01') - d('2028-01-01'), 366);
  });

  it('round-trips through fromDayNumber and formatDate', () => {
    for (const raw of ['2027-09-01', '2028-02-29', '1999-12-31', '2100-03-01']) {
      assert.equal(formatDate(fromDayNumber(dayNumber(parseDate(raw)!))), raw);
    }
  });

  it('pads years, months and days', () => {
    assert.equal(formatDate({ year: 987, month: 3, day: 4 }), '0987-03-04');
  });
});

describe('addMonths', () => {
  const add = (raw: string, months: number) => formatDate(addMonths(parseDate(raw)!, months));

  it('keeps the day when the target month has it', () => {
    assert.equal(add('2027-09-01', 24), '2029-09-01');
    assert.equal(add('2027-01-15', 1), '2027-02-15');
    assert.equal(add('2027-03-31', 2), '2027-05-31');
  });

  it('clamps the day to the end of the target month', () => {
    assert.equal(add('2027-01-31', 1), '2027-02-28');
    assert.equal(add('2028-01-31', 1), '2028-02-29');
    assert.equal(add('2027-03-31', 1), '2027-04-30');
    assert.equal(add('2028-02-29', 12), '2029-02-28');
  });

  it('crosses year boundaries', () => {
    assert.equal(add('2027-11-30', 3), '2028-02-29');
    assert.equal(add('2027-12-15', 1), '2028-01-15');
    assert.equal(add('2027-09-01', 0), '2027-09-01');
    assert.equal(add('2028-01-31', -2), '2027-11-30');
  });

  it('knows the length of every month', () => {
    assert.deepEqual(
      Array.from({ length: 12 }, (_, i) => daysInMonth(2027, i + 1)),
      [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
    );
    assert.equal(daysInMonth(2028, 2), 29);
  });
});

describe('years 0001 to 9999', () => {
  it('reads years below 100 as written, never as 19xx', () => {
    assert.deepEqual(parseDate('0099-03-01'), { year: 99, month: 3, day: 1 });
    assert.equal(formatDate(fromDayNumber(dayNumber(parseDate('0099-03-01')!))), '0099-03-01');
    assert.equal(dayNumber(parseDate('0100-01-01')!) - dayNumber(parseDate('0099-01-01')!), 365);
    assert.ok(!isValidDate('0100-02-29')); // 100 is not a leap year
    assert.ok(isValidDate('0004-02-29'));
    assert.ok(isValidDate('0001-01-01'));
    assert.ok(isValidDate('9999-12-31'));
  });

  it('has no year 0000', () => {
    assert.equal(parseDate('0000-01-01'), undefined);
  });
});

describe('calendarLength', () => {
  const length = (start: string, end: string) => calendarLength(parseDate(start)!, parseDate(end)!);
  it('measures whole calendar months, then days (spec "Durations")', () => {
    assert.deepEqual(length('2027-09-01', '2028-08-31'), { months: 12, days: 0 });
    assert.deepEqual(length('2027-09-01', '2028-09-01'), { months: 12, days: 1 });
    assert.deepEqual(length('2027-02-01', '2027-03-31'), { months: 2, days: 0 });
    assert.deepEqual(length('2028-07-01', '2028-09-01'), { months: 2, days: 1 });
    assert.deepEqual(length('2028-03-01', '2028-03-05'), { months: 0, days: 5 });
    assert.deepEqual(length('2028-03-01', '2028-03-01'), { months: 0, days: 1 });
  });

  it('adds the months at once, the day clamped (31 January + 1 month)', () => {
    assert.deepEqual(length('2027-01-31', '2027-02-27'), { months: 1, days: 0 }); // + 1 month = 28 February
    assert.deepEqual(length('2028-01-31', '2028-02-28'), { months: 1, days: 0 }); // leap year: 29 February
    assert.deepEqual(length('2028-01-31', '2028-02-27'), { months: 0, days: 28 });
    assert.deepEqual(length('2028-01-31', '2028-03-30'), { months: 2, days: 0 });
    assert.deepEqual(length('2028-02-29', '2029-02-27'), { months: 12, days: 0 });
  });

  it('is undefined when end is before start', () => {
    assert.equal(length('2028-03-02', '2028-03-01'), undefined);
  });

  // Not for every day count: from 31 January, 29 days end on 28 February, which is 31 January + 1 month.
  it('measures what lastDayOf adds, for fewer days than the shortest month', () => {
    for (const start of ['2027-01-31', '2028-02-29', '2027-09-01', '2027-12-31']) {
      for (const months of [0, 1, 2, 12]) {
        for (const days of [0, 1, 15, 27]) {
          if (months === 0 && days === 0) continue;
          const end = lastDayOf(parseDate(start)!, { months, days });
          const measured = calendarLength(parseDate(start)!, end)!;
          assert.equal(measured.months * 30 + measured.days, months * 30 + days, `${start} + ${months}m ${days}d`);
        }
      }
    }
  });
});
