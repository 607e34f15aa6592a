import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addMonths, dayNumber, daysInMonth, formatDate, fromDayNumber, isValidDate, parseDate } from '../server/src/core/dates';

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
