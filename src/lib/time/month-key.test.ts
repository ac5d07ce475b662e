import { describe, expect, it } from 'vitest';
import {
  byDate,
  dateToKey,
  keyToDate,
  keyToString,
  keyYear,
  monthKey,
  ONGOING_KEY,
} from './month-key';

describe('monthKey', () => {
  it('counts months from year 0, January as 0', () => {
    expect(monthKey('2011-01')).toBe(2011 * 12);
    expect(monthKey('2015-04')).toBe(2015 * 12 + 3);
    expect(monthKey('2014-12')).toBe(2014 * 12 + 11);
  });

  it('orders consecutive months one apart, across a year', () => {
    expect(monthKey('2013-01') - monthKey('2012-12')).toBe(1);
  });

  it('puts ongoing campaigns after every dated one', () => {
    expect(monthKey('ongoing')).toBe(ONGOING_KEY);
    expect(monthKey('9999-12')).toBeLessThan(ONGOING_KEY);
  });

  it('is undone by keyToString, and by keyToDate with dateToKey', () => {
    for (const date of ['2006-01', '2011-09', '2015-12', 'ongoing']) {
      expect(keyToString(monthKey(date))).toBe(date);
    }
    const key = monthKey('2012-08');
    expect(keyToDate(key).toISOString()).toBe('2012-08-01T00:00:00.000Z');
    expect(dateToKey(keyToDate(key))).toBe(key);
    expect(keyYear(key)).toBe(2012);
  });
});

describe('keyToString and keyToDate at the ends of the four-digit years', () => {
  it('write every year with four digits, as the URL reads them', () => {
    expect(keyToString(0)).toBe('0000-01');
    expect(keyToString(99 * 12 + 11)).toBe('0099-12');
    expect(keyToString(9999 * 12 + 11)).toBe('9999-12');
    for (const date of ['0000-01', '0001-06', '0999-12', '1000-01', '9999-12'])
      expect(keyToString(monthKey(date))).toBe(date);
  });

  it('give years before 100 as themselves, not as 19xx', () => {
    expect(keyToDate(monthKey('0005-03')).toISOString()).toBe('0005-03-01T00:00:00.000Z');
    expect(keyToDate(0).getUTCFullYear()).toBe(0);
    expect(dateToKey(keyToDate(monthKey('0042-07')))).toBe(monthKey('0042-07'));
  });
});

describe('byDate', () => {
  it('sorts oldest first, ongoing last, keeping the order of campaigns of one month', () => {
    const campaigns = [
      { id: 'a', date: 'ongoing' },
      { id: 'b', date: '2015-04' },
      { id: 'c', date: '2011-09' },
      { id: 'd', date: '2015-04' },
    ];
    expect([...campaigns].sort(byDate).map((c) => c.id)).toEqual(['c', 'b', 'd', 'a']);
  });
});
