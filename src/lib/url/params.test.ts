// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ONGOING_KEY } from '../time/month-key';
import { DEFAULT_VIEW, type View } from '../view';
import { formatPeriod, fromParams, parsePeriod, toParams, toSearch, VIEW_KEYS } from './params';

const known = {
  campaignIds: new Set(['chine-free-the-five', 'ouganda-loi-anti-gay']),
  themes: new Set(['santé', 'médias']),
};
const view = (patch: Partial<View>): View => ({ ...DEFAULT_VIEW, ...patch });

describe('toParams', () => {
  it('writes nothing for the default view', () => {
    expect(toParams(view({})).toString()).toBe('');
  });

  it('writes only the values that differ from the defaults, with English keys', () => {
    const params = toParams(
      view({ campaign: 'chine-free-the-five', country: 'UGA', metric: 'people', lang: 'en' }),
    );
    expect(Object.fromEntries(params)).toEqual({
      campaign: 'chine-free-the-five',
      country: 'UGA',
      metric: 'people',
      lang: 'en',
    });
  });

  it('writes a period of whole years as years and anything else as months', () => {
    expect(toParams(view({ period: [2012 * 12, 2014 * 12 + 11] })).get('period')).toBe(
      '2012..2014',
    );
    expect(toParams(view({ period: [2012 * 12 + 3, 2013 * 12] })).get('period')).toBe(
      '2012-04..2013-01',
    );
  });

  it('writes themes and outcomes as comma lists and trims the search', () => {
    const params = toParams(
      view({ themes: ['santé', 'médias'], outcomes: ['victory'], query: '  ouganda ' }),
    );
    expect(params.get('tag')).toBe('santé,médias');
    expect(params.get('outcome')).toBe('victory');
    expect(params.get('q')).toBe('ouganda');
  });
});

describe('fromParams', () => {
  it('reads the empty query as the default view with no problems', () => {
    expect(fromParams('', known)).toEqual({ view: { ...DEFAULT_VIEW }, problems: [] });
  });

  it('round-trips every view that toParams writes', () => {
    const views: View[] = [
      view({ campaign: 'ouganda-loi-anti-gay' }),
      view({ country: 'FRA', period: [2013 * 12, 2013 * 12 + 11], metric: 'people' }),
      view({
        period: [2015 * 12, ONGOING_KEY],
        themes: ['santé'],
        outcomes: ['partial', 'ongoing'],
      }),
      view({ query: 'stérilisation', sort: 'oldest', lang: 'en' }),
    ];
    for (const v of views)
      expect(fromParams(toParams(v), known)).toEqual({ view: v, problems: [] });
  });

  it('accepts lowercase country codes', () => {
    expect(fromParams('country=uga', known).view.country).toBe('UGA');
  });

  it('reports an unknown campaign and keeps the default view', () => {
    const { view: v, problems } = fromParams('campaign=nope', known);
    expect(v.campaign).toBeNull();
    expect(problems).toEqual([{ kind: 'unknown-campaign', value: 'nope' }]);
  });

  it('reports unknown countries, unreadable periods, bad values and unknown keys', () => {
    const { view: v, problems } = fromParams(
      'country=XXX&period=2014..2012&metric=gdp&tag=sport&colour=red',
      known,
    );
    expect(v).toEqual({ ...DEFAULT_VIEW });
    expect(problems).toEqual([
      { kind: 'unknown-country', value: 'XXX' },
      { kind: 'bad-period', value: '2014..2012' },
      { kind: 'bad-value', key: 'metric', value: 'gdp' },
      { kind: 'bad-value', key: 'tag', value: 'sport' },
      { kind: 'unknown-param', key: 'colour' },
    ]);
  });

  it('reports a period outside the data and keeps all dates; one that meets the data stays', () => {
    const data = { ...known, span: [2011 * 12 + 1, 2015 * 12 + 3] as const, hasOngoing: true };
    for (const outside of ['2099', '2010', '2016..2020', '2011-01']) {
      const { view: v, problems } = fromParams(`period=${outside}`, data);
      expect(v.period, outside).toBeNull();
      expect(problems, outside).toEqual([{ kind: 'period-outside', value: outside }]);
    }
    for (const inside of ['2011', '2015-04', '2010..2012', '2099..ongoing', 'ongoing', '2013']) {
      expect(fromParams(`period=${inside}`, data), inside).toEqual({
        view: { ...DEFAULT_VIEW, period: parsePeriod(inside) },
        problems: [],
      });
    }
    // Without ongoing campaigns, « ongoing » is outside too.
    expect(fromParams('period=ongoing', { ...data, hasOngoing: false }).problems).toEqual([
      { kind: 'period-outside', value: 'ongoing' },
    ]);
  });

  it('leaves mode keys such as embed and present to the modes', () => {
    expect(fromParams('embed&present&theme=dark&tour=a,b&slide=2', known).problems).toEqual([]);
  });
});

describe('parsePeriod', () => {
  it('reads a year, a span of years, months and the ongoing end', () => {
    expect(parsePeriod('2013')).toEqual([2013 * 12, 2013 * 12 + 11]);
    expect(parsePeriod('2012..2014')).toEqual([2012 * 12, 2014 * 12 + 11]);
    expect(parsePeriod('2012-04..2012-04')).toEqual([2012 * 12 + 3, 2012 * 12 + 3]);
    expect(parsePeriod('2015..ongoing')).toEqual([2015 * 12, ONGOING_KEY]);
    expect(parsePeriod('ongoing')).toEqual([ONGOING_KEY, ONGOING_KEY]);
  });

  it('refuses reversed, malformed and three-part periods', () => {
    for (const bad of ['2014..2012', '12..14', '2012-13', 'soon', '2012..2013..2014', '']) {
      expect(parsePeriod(bad), bad).toBeUndefined();
    }
  });
});

describe('formatPeriod', () => {
  it('prints one year or one month once', () => {
    expect(formatPeriod([2013 * 12, 2013 * 12 + 11])).toBe('2013');
    expect(formatPeriod([2013 * 12 + 2, 2013 * 12 + 2])).toBe('2013-03');
    expect(formatPeriod([ONGOING_KEY, ONGOING_KEY])).toBe('ongoing');
  });
});

describe('periods at the ends of the four-digit years', () => {
  // Every end the URL can name: the first and last months of edge years, and ongoing.
  const years = [0, 1, 99, 999, 1000, 1999, 2000, 9998, 9999];
  const ends = [
    ...years.flatMap((y) => [y * 12, y * 12 + 1, y * 12 + 10, y * 12 + 11]),
    ONGOING_KEY,
  ];
  const periods = ends.flatMap((from) =>
    ends.filter((to) => to >= from).map((to): [number, number] => [from, to]),
  );

  it('round-trip through the URL: fromParams(toParams(view)) gives the view back', () => {
    expect(periods.length).toBeGreaterThan(600);
    for (const period of periods) {
      const v = view({ period });
      expect(fromParams(toParams(v), known), formatPeriod(period)).toEqual({
        view: v,
        problems: [],
      });
    }
  });

  it('are written with four-digit years', () => {
    expect(formatPeriod([0, 11])).toBe('0000');
    expect(formatPeriod([1, 1])).toBe('0000-02');
    expect(formatPeriod([5 * 12, 99 * 12 + 11])).toBe('0005..0099');
    expect(formatPeriod([9999 * 12, ONGOING_KEY])).toBe('9999..ongoing');
    expect(toSearch(toParams(view({ period: parsePeriod('0000')! })))).toBe('?period=0000');
  });

  it('are read from four digits only', () => {
    for (const bad of ['0', '00', '000', '10000', '0000-00', '0000-13', '-001']) {
      expect(parsePeriod(bad), bad).toBeUndefined();
    }
  });
});

describe('toSearch', () => {
  it('prints value-less flags without "="', () => {
    expect(toSearch(new URLSearchParams('embed=&campaign=x'))).toBe('?embed&campaign=x');
  });

  it('prints nothing for an empty query', () => {
    expect(toSearch(new URLSearchParams())).toBe('');
  });
});

describe('VIEW_KEYS', () => {
  it('is exactly the keys toParams writes for a view that differs everywhere', () => {
    const params = toParams({
      campaign: 'chine-free-the-five',
      country: 'UGA',
      period: [2013 * 12, 2013 * 12 + 11],
      metric: 'people',
      lang: 'en',
      themes: ['santé'],
      outcomes: ['victory'],
      query: 'ouganda',
      sort: 'oldest',
    });
    expect([...params.keys()].sort()).toEqual([...VIEW_KEYS].sort());
  });

  it('is read by fromParams as the view, never as an unknown parameter', () => {
    for (const key of VIEW_KEYS) {
      const { problems } = fromParams(`${key}=zzz`, known);
      expect(
        problems.filter((p) => p.kind === 'unknown-param'),
        key,
      ).toEqual([]);
    }
  });
});
