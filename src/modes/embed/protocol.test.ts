import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../../lib/view';
import { monthKey, ONGOING_KEY } from '../../lib/time/month-key';
import { parseHostMessage, toEmbedView } from './protocol';

const known = { campaignIds: new Set(['chine-free-the-five', 'ouganda-loi']) };
const envelope = { source: 'campaign-explorer-host', version: 1 };
const parse = (data: unknown) => parseHostMessage(data, known);

describe('parseHostMessage accepts', () => {
  it('a select of a known campaign, or null to close', () => {
    expect(parse({ ...envelope, type: 'select', id: 'chine-free-the-five' })).toEqual({
      type: 'select',
      id: 'chine-free-the-five',
    });
    expect(parse({ ...envelope, type: 'select', id: null })).toEqual({ type: 'select', id: null });
  });

  it('a filter with a country, a period, both, or nulls to clear them', () => {
    expect(parse({ ...envelope, type: 'filter', country: 'uga' })).toEqual({
      type: 'filter',
      country: 'UGA',
    });
    expect(parse({ ...envelope, type: 'filter', period: '2012..2014' })).toEqual({
      type: 'filter',
      period: [2012 * 12, 2014 * 12 + 11],
    });
    expect(
      parse({ ...envelope, type: 'filter', country: 'FRA', period: '2015-04..ongoing' }),
    ).toEqual({
      type: 'filter',
      country: 'FRA',
      period: [monthKey('2015-04'), ONGOING_KEY],
    });
    expect(parse({ ...envelope, type: 'filter', country: null, period: null })).toEqual({
      type: 'filter',
      country: null,
      period: null,
    });
  });

  it('treats an undefined filter key as absent', () => {
    expect(parse({ ...envelope, type: 'filter', country: undefined, period: '2013' })).toEqual({
      type: 'filter',
      period: [2013 * 12, 2013 * 12 + 11],
    });
  });

  it('reset and the three themes', () => {
    expect(parse({ ...envelope, type: 'reset' })).toEqual({ type: 'reset' });
    for (const theme of ['light', 'dark', 'auto'])
      expect(parse({ ...envelope, type: 'theme', theme })).toEqual({ type: 'theme', theme });
  });

  it('extra fields, which it drops', () => {
    expect(parse({ ...envelope, type: 'reset', extra: { deep: [1] } })).toEqual({ type: 'reset' });
  });

  it('an object without a prototype', () => {
    const data = Object.assign(Object.create(null), envelope, { type: 'reset' });
    expect(parse(data)).toEqual({ type: 'reset' });
  });
});

describe('parseHostMessage rejects', () => {
  const cases: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', 'select'],
    ['a JSON string of a valid message', JSON.stringify({ ...envelope, type: 'reset' })],
    ['an array', [envelope]],
    ['an empty object', {}],
    ['the embed’s own source', { source: 'campaign-explorer', version: 1, type: 'reset' }],
    ['no source', { version: 1, type: 'reset' }],
    ['version 2', { ...envelope, version: 2, type: 'reset' }],
    ['version "1"', { ...envelope, version: '1', type: 'reset' }],
    ['no type', { ...envelope }],
    ['an unknown type', { ...envelope, type: 'destroy' }],
    ['a type of the wrong kind', { ...envelope, type: ['reset'] }],
    ['an outbound type', { ...envelope, type: 'resize', height: 10 }],
    ['select without id', { ...envelope, type: 'select' }],
    ['select with an unknown id', { ...envelope, type: 'select', id: 'nope' }],
    ['select with a numeric id', { ...envelope, type: 'select', id: 1 }],
    [
      'select with an object id',
      { ...envelope, type: 'select', id: { id: 'chine-free-the-five' } },
    ],
    ['select with an array id', { ...envelope, type: 'select', id: ['chine-free-the-five'] }],
    ['select with an empty id', { ...envelope, type: 'select', id: '' }],
    ['select with a huge id', { ...envelope, type: 'select', id: 'x'.repeat(1_000_000) }],
    [
      'select with an inherited id',
      { ...envelope, type: 'select', __proto__: { id: 'ouganda-loi' } },
    ],
    ['filter with nothing', { ...envelope, type: 'filter' }],
    ['filter with an unknown country', { ...envelope, type: 'filter', country: 'XXX' }],
    ['filter with an alpha-2 country', { ...envelope, type: 'filter', country: 'FR' }],
    ['filter with a numeric country', { ...envelope, type: 'filter', country: 250 }],
    ['filter with a reversed period', { ...envelope, type: 'filter', period: '2014..2012' }],
    [
      'filter with a three-part period',
      { ...envelope, type: 'filter', period: '2012..2013..2014' },
    ],
    ['filter with a period array', { ...envelope, type: 'filter', period: [2012, 2014] }],
    [
      'filter with a good country and a bad period',
      { ...envelope, type: 'filter', country: 'FRA', period: 'soon' },
    ],
    ['theme with an unknown value', { ...envelope, type: 'theme', theme: 'sepia' }],
    ['theme without a value', { ...envelope, type: 'theme' }],
  ];
  for (const [name, data] of cases) {
    it(name, () => expect(parse(data)).toBeNull());
  }

  it('objects whose fields throw when read, without throwing itself', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(parse(hostile)).toBeNull();
  });

  it('a thousand random shapes, without throwing', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const values = [
      null,
      undefined,
      0,
      -1,
      NaN,
      '',
      'select',
      'x'.repeat(500),
      true,
      [],
      {},
      1e308,
    ];
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
    for (let i = 0; i < 1000; i++) {
      const data: Record<string, unknown> = {
        source: pick(['campaign-explorer-host', 'campaign-explorer', null, 1]),
        version: pick([1, 2, '1', null]),
        type: pick(['select', 'filter', 'reset', 'theme', 'resize', '', null]),
        id: pick([...values, 'nope']),
        country: pick(values),
        period: pick(values),
        theme: pick(values),
      };
      const result = parse(data);
      if (result?.type === 'select') expect(result.id).toBeNull();
      else if (result) expect(['reset', 'filter']).toContain(result.type);
    }
  });
});

describe('toEmbedView', () => {
  it('gives the query string of a view and its URL forms', () => {
    expect(
      toEmbedView({
        ...DEFAULT_VIEW,
        campaign: 'chine-free-the-five',
        country: 'CHN',
        period: [2012 * 12, 2014 * 12 + 11],
      }),
    ).toEqual({
      query: 'campaign=chine-free-the-five&country=CHN&period=2012..2014',
      campaign: 'chine-free-the-five',
      country: 'CHN',
      period: '2012..2014',
    });
  });

  it('is empty for the default view', () => {
    expect(toEmbedView(DEFAULT_VIEW).query).toBe('');
  });
});
