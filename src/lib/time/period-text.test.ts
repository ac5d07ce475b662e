// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { ONGOING_KEY } from './month-key';
import { periodText } from './period-text';

describe('periodText', () => {
  it('writes whole years as years', () => {
    expect(periodText(2012 * 12, 2014 * 12 + 11, fr)).toEqual(['2012', '2014']);
    expect(periodText(2015 * 12, ONGOING_KEY, fr)).toEqual(['2015', 'En cours']);
  });

  it('writes other periods as months in words', () => {
    expect(periodText(2012 * 12 + 3, 2013 * 12 + 2, fr)).toEqual(['avril 2012', 'mars 2013']);
    expect(periodText(2012 * 12 + 3, 2013 * 12 + 2, en)).toEqual(['April 2012', 'March 2013']);
  });
});
