import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../../lib/view';
import { monthKey, ONGOING_KEY } from '../../lib/time/month-key';
import { parseHostMessage, THEMES, toEmbedView, type HostCommand } from './protocol';

const known = { campaignIds: new Set(['chine-free-the-five', 'ouganda-loi']) };
const envelope = { source: 'campaign-explorer-host', version: 1 };
const parse = (data: unknown) => parseHostMessage(data, known);

/** Park–Miller: the same random messages on every run. */
function randomness(seed: number) {
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const int = (from: number, to: number) => from + Math.floor(random() * (to - from + 1));
  return { pick, int };
}
type Random = ReturnType<typeof randomness>;

/** A period end in URL form with its month keys, worked out here rather than by parsePeriod. */
function periodEnd({ pick, int }: Random) {
  const year = pick([0, 9999, 2015, int(0, 9999)]);
  const yyyy = String(year).padStart(4, '0');
  if (pick([true, false])) return { text: yyyy, start: year * 12, end: year * 12 + 11 };
  const month = int(1, 12);
  const key = year * 12 + month - 1;
  return { text: `${yyyy}-${String(month).padStart(2, '0')}`, start: key, end: key };
}

function period(r: Random): { text: string; range: [number, number] } {
  const kind = r.pick(['one', 'two', 'to ongoing', 'ongoing'] as const);
  if (kind === 'ongoing') return { text: 'ongoing', range: [ONGOING_KEY, ONGOING_KEY] };
  let from = periodEnd(r);
  if (kind === 'one') return { text: from.text, range: [from.start, from.end] };
  if (kind === 'to ongoing')
    return { text: `${from.text}..ongoing`, range: [from.start, ONGOING_KEY] };
  let to = periodEnd(r);
  if (from.start > to.end) [from, to] = [to, from];
  return { text: `${from.text}..${to.text}`, range: [from.start, to.end] };
}

/** Alpha-3 codes, sent in any case: the protocol reads "uGa" as "UGA". */
const COUNTRIES = ['UGA', 'FRA', 'CHN', 'USA', 'BRA', 'SWE', 'ZWE', 'ABW'];
const ODD_VALUES = [
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

/** A message a host may send, and the command the explorer must make of it. */
function wellFormed(r: Random): { data: Record<string, unknown>; command: HostCommand } {
  let body: Record<string, unknown>;
  let command: HostCommand;
  switch (r.pick(['select', 'filter', 'reset', 'theme'] as const)) {
    case 'select': {
      const id = r.pick([...known.campaignIds, null]);
      body = { type: 'select', id };
      command = { type: 'select', id };
      break;
    }
    case 'filter': {
      const keys = r.pick([['country'], ['period'], ['country', 'period']]);
      const filter: HostCommand & { type: 'filter' } = { type: 'filter' };
      body = { type: 'filter' };
      for (const key of ['country', 'period'] as const) {
        // A key left out, or set to undefined, leaves that filter as it is.
        if (!keys.includes(key)) {
          if (r.pick([true, false])) body[key] = undefined;
        } else if (r.pick([true, false, false])) {
          body[key] = filter[key] = null;
        } else if (key === 'country') {
          const code = r.pick(COUNTRIES);
          body.country = [...code]
            .map((c) => (r.pick([true, false]) ? c.toLowerCase() : c))
            .join('');
          filter.country = code;
        } else {
          const { text, range } = period(r);
          body.period = text;
          filter.period = range;
        }
      }
      command = filter;
      break;
    }
    case 'reset':
      body = { type: 'reset' };
      command = { type: 'reset' };
      break;
    case 'theme': {
      const theme = r.pick(THEMES);
      body = { type: 'theme', theme };
      command = { type: 'theme', theme };
      break;
    }
  }
  const fields: Record<string, unknown> = { ...envelope, ...body };
  // Fields the protocol does not name are dropped, whatever they hold.
  if (r.pick([true, false]))
    fields[r.pick(['extra', 'height', 'ids', 'state'])] = r.pick(ODD_VALUES);
  const data = r.pick([true, false, false]) ? Object.assign(Object.create(null), fields) : fields;
  return { data, command };
}

/** The message as a failure should quote it: JSON, with what JSON leaves out named. */
const show = (value: unknown) =>
  JSON.stringify(value, (_, v: unknown) =>
    v === undefined ? '(undefined)' : Number.isNaN(v) ? '(NaN)' : v,
  ) ?? String(value);

/** One change that makes a well-formed message malformed, by what the message is. */
const corruptions: Record<string, (r: Random, data: Record<string, unknown>) => unknown> = {
  'no longer an object': (r, data) =>
    r.pick([JSON.stringify(data), [data], String(data.type), 1, true, null, undefined]),
  'another source': (r, data) => ({
    ...data,
    source: r.pick([
      'campaign-explorer',
      'CAMPAIGN-EXPLORER-HOST',
      '',
      null,
      undefined,
      1,
      [envelope.source],
    ]),
  }),
  'another version': (r, data) => ({
    ...data,
    version: r.pick([2, 0, -1, 1.5, '1', null, undefined, true, [1], NaN]),
  }),
  'another type': (r, data) => ({
    ...data,
    type: r.pick([
      'ready',
      'resize',
      'state',
      'destroy',
      'Select',
      'RESET',
      '',
      null,
      undefined,
      ['reset'],
      {},
    ]),
  }),
  'select with a bad id': (r, data) => ({
    ...data,
    type: 'select',
    id: r.pick([
      undefined,
      'nope',
      '',
      'CHINE-FREE-THE-FIVE',
      'chine-free-the-five ',
      'x'.repeat(65),
      1,
      0,
      NaN,
      true,
      ['chine-free-the-five'],
      { id: 'ouganda-loi' },
    ]),
  }),
  'filter with a bad country': (r, data) => ({
    ...data,
    type: 'filter',
    country: r.pick(['XXX', 'FR', 'FRAN', ' FRA', '', 'x'.repeat(65), 250, NaN, true, ['FRA'], {}]),
  }),
  'filter with a bad period': (r, data) => {
    const year = r.int(1, 9999);
    return {
      ...data,
      type: 'filter',
      period: r.pick([
        `${year}..${year - 1}`,
        `${year}-02..${year}-01`,
        'ongoing..2013',
        '2012..2013..2014',
        '2013..',
        '..2013',
        '13',
        '20130',
        '-2013',
        '2013-13',
        '2013-00',
        '2013-1',
        '2013-04-01',
        'soon',
        '',
        'x'.repeat(65),
        2013,
        [2012, 2014],
        {},
        true,
      ]),
    };
  },
  'filter without a country or a period': (r, data) => {
    const { country: _country, period: _period, ...rest } = data;
    return r.pick([
      { ...rest, type: 'filter' },
      { ...rest, type: 'filter', country: undefined, period: undefined },
    ]);
  },
  'theme with a bad value': (r, data) => ({
    ...data,
    type: 'theme',
    theme: r.pick(['sepia', '', 'DARK', 'Light', ' auto', null, undefined, 1, ['dark'], {}]),
  }),
};

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

  it('a thousand random well-formed messages, each as the command it stands for', () => {
    const r = randomness(11);
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const { data, command } = wellFormed(r);
      seen.add(Object.keys(command).join());
      expect(parse(data), `#${i}: ${show({ ...data })}`).toStrictEqual(command);
    }
    // Every kind of command came up, and filters with either key and both.
    expect([...seen].sort()).toEqual([
      'type',
      'type,country',
      'type,country,period',
      'type,id',
      'type,period',
      'type,theme',
    ]);
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

  it('a thousand random messages, each one change away from a well-formed one', () => {
    const r = randomness(7);
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const { data } = wellFormed(r);
      const kind = r.pick(Object.keys(corruptions));
      const broken = corruptions[kind]!(r, data);
      seen.add(kind);
      expect(parse(broken), `#${i} ${kind}: ${show(broken)}`).toBeNull();
    }
    expect([...seen].sort()).toEqual(Object.keys(corruptions).sort());
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
