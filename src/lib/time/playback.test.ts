import { describe, expect, it } from 'vitest';
import { ONGOING_KEY } from './month-key';
import {
  arrivingCampaignIds,
  isPlayMode,
  isSpeed,
  litCampaignIds,
  litCountryCodes,
  monthDuration,
  MS_PER_MONTH,
  nextMonth,
  periodToPlay,
  playbackMonths,
  SPEEDS,
  stepMonth,
} from './playback';

const campaigns = [
  { id: 'feb-2011', date: '2011-02' },
  { id: 'dec-2011', date: '2011-12' },
  { id: 'jan-2012', date: '2012-01' },
  { id: 'also-jan-2012', date: '2012-01' },
  { id: 'year-2013', date: '2013' },
  { id: 'still-going', date: 'ongoing' },
];

describe('playbackMonths', () => {
  it('lists every month from the first to the last, across years, in order', () => {
    expect(playbackMonths('2011-11', '2012-02')).toEqual([
      '2011-11',
      '2011-12',
      '2012-01',
      '2012-02',
    ]);
  });

  it('visits the sixty months of 2011..2015, January 2011 to December 2015', () => {
    const months = playbackMonths('2011-01', '2015-12');
    expect(months).toHaveLength(60);
    expect(months[0]).toBe('2011-01');
    expect(months[59]).toBe('2015-12');
    expect(new Set(months).size).toBe(60);
  });

  it('is the one month when first and last are the same, and empty when reversed', () => {
    expect(playbackMonths('2014-06', '2014-06')).toEqual(['2014-06']);
    expect(playbackMonths('2014-06', '2014-05')).toEqual([]);
  });
});

describe('periodToPlay', () => {
  const span = [2011 * 12, 2015 * 12 + 11] as const;

  it('plays the whole span when no period is chosen', () => {
    expect(periodToPlay(null, span)).toEqual(['2011-01', '2015-12']);
  });

  it('plays the period chosen, cut to the span', () => {
    expect(periodToPlay([2012 * 12 + 3, 2013 * 12], span)).toEqual(['2012-04', '2013-01']);
    expect(periodToPlay([2009 * 12, 2013 * 12], span)).toEqual(['2011-01', '2013-01']);
  });

  it('plays up to the last month when the period runs on to « en cours », and the span for « en cours » alone', () => {
    expect(periodToPlay([2014 * 12, ONGOING_KEY], span)).toEqual(['2014-01', '2015-12']);
    expect(periodToPlay([ONGOING_KEY, ONGOING_KEY], span)).toEqual(['2011-01', '2015-12']);
  });
});

describe('litCampaignIds', () => {
  it('accumulates every campaign that started at or before the month', () => {
    expect([...litCampaignIds(campaigns, '2011-01', 'accumulate')]).toEqual([]);
    expect([...litCampaignIds(campaigns, '2011-12', 'accumulate')]).toEqual([
      'feb-2011',
      'dec-2011',
    ]);
    expect([...litCampaignIds(campaigns, '2012-06', 'accumulate')]).toEqual([
      'feb-2011',
      'dec-2011',
      'jan-2012',
      'also-jan-2012',
    ]);
  });

  it('lights only the campaigns of the month in the active mode', () => {
    expect([...litCampaignIds(campaigns, '2012-01', 'active')]).toEqual([
      'jan-2012',
      'also-jan-2012',
    ]);
    expect([...litCampaignIds(campaigns, '2012-02', 'active')]).toEqual([]);
  });

  it('lights a campaign dated by its year alone from January, and all that year when active', () => {
    expect(litCampaignIds(campaigns, '2012-12', 'accumulate').has('year-2013')).toBe(false);
    expect(litCampaignIds(campaigns, '2013-01', 'accumulate').has('year-2013')).toBe(true);
    expect(litCampaignIds(campaigns, '2013-09', 'active').has('year-2013')).toBe(true);
    expect(litCampaignIds(campaigns, '2014-01', 'active').has('year-2013')).toBe(false);
    expect(litCampaignIds(campaigns, '2014-01', 'accumulate').has('year-2013')).toBe(true);
  });

  it('never lights an ongoing campaign, which has no month to come at', () => {
    for (const month of ['1990-01', '2013-05', '9999-12']) {
      expect(litCampaignIds(campaigns, month, 'accumulate').has('still-going')).toBe(false);
      expect(litCampaignIds(campaigns, month, 'active').has('still-going')).toBe(false);
    }
  });
});

describe('litCountryCodes', () => {
  it('gives each country of the lit campaigns once', () => {
    const withCountries = [
      { id: 'a', countries: [{ code: 'UGA' }, { code: 'FRA' }] },
      { id: 'b', countries: [{ code: 'FRA' }] },
      { id: 'c', countries: [{ code: 'IND' }] },
    ];
    expect([...litCountryCodes(withCountries, new Set(['a', 'b']))]).toEqual(['UGA', 'FRA']);
    expect(litCountryCodes(withCountries, new Set()).size).toBe(0);
  });
});

describe('arrivingCampaignIds', () => {
  it('names the campaigns whose first month it is, and none in a quiet month', () => {
    expect([...arrivingCampaignIds(campaigns, '2012-01')]).toEqual(['jan-2012', 'also-jan-2012']);
    expect([...arrivingCampaignIds(campaigns, '2013-01')]).toEqual(['year-2013']);
    expect(arrivingCampaignIds(campaigns, '2013-02').size).toBe(0);
  });
});

describe('stepping', () => {
  const months = playbackMonths('2011-11', '2012-02');

  it('steps forward and back by one month, and stays put at either end', () => {
    expect(stepMonth(months, '2011-12', 1)).toBe('2012-01');
    expect(stepMonth(months, '2011-12', -1)).toBe('2011-11');
    expect(stepMonth(months, '2011-11', -1)).toBe('2011-11');
    expect(stepMonth(months, '2012-02', 1)).toBe('2012-02');
  });

  it('starts from the first month when the current one is outside the period', () => {
    expect(stepMonth(months, '1999-01', 1)).toBe('2011-11');
    expect(nextMonth(months, '1999-01')).toBe('2011-11');
  });

  it('plays to the next month, and ends after the last one', () => {
    expect(nextMonth(months, '2011-12')).toBe('2012-01');
    expect(nextMonth(months, '2012-02')).toBeNull();
  });
});

describe('speeds', () => {
  it('offers half, normal, double and quadruple speed', () => {
    expect(SPEEDS).toEqual([0.5, 1, 2, 4]);
    expect(isSpeed(2)).toBe(true);
    expect(isSpeed(3)).toBe(false);
    expect(isPlayMode('active')).toBe(true);
    expect(isPlayMode('all')).toBe(false);
  });

  it('plays 2011..2015 in about half a minute at 1×, and four times faster at 4×', () => {
    expect(60 * monthDuration(1)).toBeGreaterThanOrEqual(24_000);
    expect(60 * monthDuration(1)).toBeLessThanOrEqual(36_000);
    expect(monthDuration(4)).toBe(MS_PER_MONTH / 4);
    expect(monthDuration(0.5)).toBe(MS_PER_MONTH * 2);
  });
});
