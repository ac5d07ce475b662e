// @vitest-environment node
import { describe, expect, it } from 'vitest';
import raw from '../../../data/campaigns.json';
import {
  formatProblem,
  parseDataset,
  parseDatasetText,
  parseNarratives,
  parseNarrativesInSteps,
  type NarrativesResult,
  type ParseResult,
} from './parse';
import type { Dataset } from './schema';

type Loose = Record<string, unknown>;
interface LooseDataset {
  source: Loose;
  campaigns: (Loose & {
    countries: Loose[];
    impact: Loose[];
    narrative: unknown[];
  })[];
  [key: string]: unknown;
}

/** A deep copy of the real dataset, to break one thing in. */
const copy = () => structuredClone(raw) as unknown as LooseDataset;
const byId = (data: LooseDataset, id: string) => data.campaigns.find((c) => c.id === id)!;
const problems = (result: ParseResult | NarrativesResult) => (result.ok ? [] : result.problems);

describe('parseDataset', () => {
  it('accepts the real dataset and returns it typed', () => {
    const result = parseDataset(raw);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.dataset.campaigns).toHaveLength(13);
      expect(result.dataset.campaigns[0]!.id).toBe('chine-free-the-five');
    }
  });

  it('returns a valid dataset as it is, and a trimmed copy when a text has spaces around it', () => {
    const valid = copy();
    const same = parseDataset(valid);
    expect(same.ok && same.dataset).toBe(valid);
    const padded = copy();
    const title = padded.campaigns[0]!.title as string;
    padded.campaigns[0]!.title = `  ${title}\n`;
    const trimmed = parseDataset(padded);
    expect(trimmed.ok && trimmed.dataset.campaigns[0]!.title).toBe(title);
    expect(padded.campaigns[0]!.title).toBe(`  ${title}\n`);
  });

  it('reports every problem, not just the first', () => {
    const data = copy();
    data.campaigns[0]!.date = '2015-13';
    data.campaigns[5]!.outcome = 'won';
    data.source.language = 'French';
    expect(problems(parseDataset(data))).toEqual([
      {
        campaign: '',
        field: 'source.language',
        message: 'language must be a BCP 47 tag',
      },
      {
        campaign: 'chine-free-the-five',
        field: 'date',
        message: 'date must be "YYYY-MM" (month 01–12) or "ongoing"',
      },
      {
        campaign: 'blocage-loi-transphobe',
        field: 'outcome',
        message: 'outcome must be one of victory, partial, visibility, ongoing',
      },
    ]);
  });

  it('names a campaign by its id, or by its position when the id is unusable', () => {
    const data = copy();
    data.campaigns[2]!.id = 42;
    data.campaigns[3]!.id = '   ';
    expect(problems(parseDataset(data))).toMatchObject([
      { campaign: '#3', field: 'id' },
      { campaign: '#4', field: 'id' },
    ]);
  });

  it('gives the path inside the campaign, with list indexes, as the field', () => {
    const data = copy();
    byId(data, 'jeux-de-sotchi').countries[2]!.code = 'US';
    byId(data, 'jeux-de-sotchi').narrative[1] = { items: [] };
    expect(problems(parseDataset(data))).toEqual([
      {
        campaign: 'jeux-de-sotchi',
        field: 'countries[2].code',
        message: 'unknown ISO 3166-1 alpha-3 code "US"',
      },
      {
        campaign: 'jeux-de-sotchi',
        field: 'narrative[1].items',
        message: 'a list needs at least one item',
      },
    ]);
  });

  it('says "is required" of a missing field and calls an unknown one a typo', () => {
    const data = copy();
    delete data.campaigns[1]!.outcomeEvidence;
    data.campaigns[1]!.titel = 'x';
    data.version = 2;
    const found = problems(parseDataset(data));
    expect(found).toHaveLength(3);
    expect(found).toEqual(
      expect.arrayContaining([
        { campaign: '', field: 'version', message: 'unknown field (not in the schema: a typo?)' },
        { campaign: 'egalite-au-paraguay', field: 'outcomeEvidence', message: 'is required' },
        {
          campaign: 'egalite-au-paraguay',
          field: 'titel',
          message: 'unknown field (not in the schema: a typo?)',
        },
      ]),
    );
  });

  it('reports duplicate ids even when other fields are wrong', () => {
    const data = copy();
    data.campaigns[1]!.id = data.campaigns[0]!.id;
    data.campaigns[4]!.title = '';
    expect(problems(parseDataset(data)).map((p) => p.message)).toEqual([
      'title must not be empty',
      'duplicate id (campaigns #1 and #2)',
    ]);
  });

  it('refuses text that is only whitespace where text is required', () => {
    const data = copy();
    data.campaigns[0]!.narrative[0] = ' \n ';
    expect(problems(parseDataset(data))).toEqual([
      {
        campaign: 'chine-free-the-five',
        field: 'narrative[0]',
        message: 'paragraph must not be empty',
      },
    ]);
  });

  it('refuses impact values that are not plain non-negative safe numbers', () => {
    for (const [value, message] of [
      ['120 000', 'value must be a number (write 1 million as 1000000)'],
      [-1, 'value must not be negative'],
      [Infinity, 'value must be at most 9007199254740991'],
      [1e308, 'value must be at most 9007199254740991'],
      [Number.MAX_SAFE_INTEGER + 1, 'value must be at most 9007199254740991'],
    ] as const) {
      const data = copy();
      data.campaigns[0]!.impact[0]!.value = value;
      expect(problems(parseDataset(data))).toEqual([
        { campaign: 'chine-free-the-five', field: 'impact[0].value', message },
      ]);
    }
    const largest = copy();
    largest.campaigns[0]!.impact[0]!.value = Number.MAX_SAFE_INTEGER;
    expect(problems(parseDataset(largest))).toEqual([]);
  });

  it('requires the outcome evidence to be quoted word for word from the narrative', () => {
    const data = copy();
    data.campaigns[0]!.outcomeEvidence = 'les cinq femmes ont été libérées';
    expect(problems(parseDataset(data))).toEqual([
      {
        campaign: 'chine-free-the-five',
        field: 'outcomeEvidence',
        message: 'must quote the narrative word for word',
      },
    ]);
  });

  it('requires the evidence of a role or a kind to be quoted from the narrative', () => {
    const data = copy();
    data.campaigns[0]!.countries[0]!.evidence = 'arrêtées à Pékin';
    data.campaigns[0]!.impact[1]!.evidence = 'les 5 femmes ont toutes été libérées';
    expect(problems(parseDataset(data))).toEqual([
      {
        campaign: 'chine-free-the-five',
        field: 'countries[0].evidence',
        message: 'must quote the narrative word for word',
      },
    ]);
  });

  it("accepts a figure scoped to its campaign's countries and names one that is not", () => {
    const data = copy();
    const campaign = byId(data, 'jeux-de-sotchi');
    campaign.impact[0]!.countries = ['RUS', 'CHE'];
    expect(problems(parseDataset(data))).toEqual([]);
    campaign.impact[0]!.countries = ['RUS', 'FRA'];
    expect(problems(parseDataset(data))).toEqual([
      {
        campaign: 'jeux-de-sotchi',
        field: 'impact[0].countries[1]',
        message: '"FRA" is not one of this campaign\'s countries',
      },
    ]);
  });

  it('pairs an "ongoing" date with an "ongoing" outcome, both ways', () => {
    const message = 'an "ongoing" date and an "ongoing" outcome go together';
    const dated = copy();
    dated.campaigns[0]!.outcome = 'ongoing';
    expect(problems(parseDataset(dated))).toEqual([
      { campaign: 'chine-free-the-five', field: 'outcome', message },
    ]);
    const undated = copy();
    undated.campaigns[0]!.date = 'ongoing';
    expect(problems(parseDataset(undated))).toEqual([
      { campaign: 'chine-free-the-five', field: 'outcome', message },
    ]);
  });

  it('requires each erratum correction to be in the title or the narrative', () => {
    const data = copy();
    data.campaigns[0]!.errata = [{ source: 'Chine:', corrected: 'Chine :' }]; // in the title
    expect(parseDataset(data).ok).toBe(true);
    data.campaigns[0]!.errata = [{ source: 'Chin', corrected: 'Chinois' }];
    expect(problems(parseDataset(data))).toEqual([
      {
        campaign: 'chine-free-the-five',
        field: 'errata[0].corrected',
        message: 'the corrected text does not appear in the title or narrative',
      },
    ]);
  });

  it('requires a currency for money and accepts "percent" or ISO 4217 codes as units', () => {
    const data = copy();
    const irak = byId(data, 'crowdfunding-irak');
    delete irak.impact[0]!.unit;
    expect(problems(parseDataset(data))).toEqual([
      {
        campaign: 'crowdfunding-irak',
        field: 'impact[0].unit',
        message: 'money needs a currency unit (ISO 4217, e.g. USD)',
      },
    ]);
    irak.impact[0]!.unit = 'usd';
    expect(problems(parseDataset(data))).toEqual([
      {
        campaign: 'crowdfunding-irak',
        field: 'impact[0].unit',
        message: 'unit must be an ISO 4217 currency code (USD) or "percent"',
      },
    ]);
    irak.impact[0]!.unit = 'EUR';
    expect(parseDataset(data).ok).toBe(true);
  });

  it('refuses a non-object, naming the dataset itself', () => {
    expect(problems(parseDataset(null))).toMatchObject([{ campaign: '', field: '(dataset)' }]);
    expect(parseDataset('campaigns').ok).toBe(false);
    expect(parseDataset([]).ok).toBe(false);
  });
});

describe('parseDatasetText', () => {
  it('parses JSON text exactly as parseDataset parses the value', () => {
    expect(parseDatasetText(JSON.stringify(raw))).toEqual(parseDataset(raw));
  });

  it('turns a JSON syntax error into a single problem instead of throwing', () => {
    const result = parseDatasetText('{ "source": ');
    expect(problems(result)).toHaveLength(1);
    expect(problems(result)[0]).toMatchObject({ campaign: '', field: '(json)' });
    expect(problems(result)[0]!.message).toMatch(/^not valid JSON: \S/);
    expect(problems(result)[0]!.message).not.toContain('\n');
  });
});

describe('formatProblem', () => {
  it('joins file, campaign id and field with › before the message', () => {
    expect(formatProblem('data/x.json', { campaign: 'a-b', field: 'date', message: 'bad' })).toBe(
      'data/x.json › a-b › date: bad',
    );
  });

  it('leaves out the campaign for top-level fields', () => {
    expect(
      formatProblem('data/x.json', { campaign: '', field: 'source.title', message: 'is required' }),
    ).toBe('data/x.json › source.title: is required');
  });

  it('leaves out the field when the whole campaign is wrong', () => {
    expect(formatProblem('d.json', { campaign: '#2', field: '', message: 'not an object' })).toBe(
      'd.json › #2: not an object',
    );
  });

  it('quotes at most 40 characters of the file, in the id, the field or the message', () => {
    const long = 'root:x:0:0:root:/root:/bin/bash daemon:x:1:1:daemon:/usr/sbin';
    const cut = `${long.slice(0, 40)}…`;
    expect(
      formatProblem('d.json', {
        campaign: long,
        field: long,
        message: `this file keeps it in ${JSON.stringify(long)}: short "quotes" stay`,
      }),
    ).toBe(`d.json › ${cut} › ${cut}: this file keeps it in "${cut}": short "quotes" stay`);
  });
});

describe('what a problem quotes of the file', () => {
  const long = 'x'.repeat(500);

  it("cuts the input in valibot's own messages and in the schema's", () => {
    const data = copy();
    data.source.url = `not a URL ${long}`;
    data.campaigns[0]!.countries[0]!.code = long;
    expect(problems(parseDataset(data))).toEqual([
      {
        campaign: '',
        field: 'source.url',
        message: `Invalid URL: Received "${`not a URL ${long}`.slice(0, 40)}…"`,
      },
      {
        campaign: 'chine-free-the-five',
        field: 'countries[0].code',
        message: `unknown ISO 3166-1 alpha-3 code "${long.slice(0, 40)}…"`,
      },
    ]);
  });

  it('keeps a JSON syntax error short whatever the text around it', () => {
    const [problem] = problems(parseDatasetText(`${long} oops`));
    expect(formatProblem('d.json', problem!).length).toBeLessThan(120);
  });
});

describe('a dataset with its narratives apart', () => {
  /** The real dataset split as `npm run data:split` writes it: the campaigns, and id → narrative. */
  const split = () => {
    const data = copy();
    const stories: Record<string, unknown> = {};
    for (const c of data.campaigns) {
      stories[c.id as string] = c.narrative;
      delete (c as Loose).narrative;
    }
    data.narratives = 'campaigns.narratives.json';
    return { data, stories };
  };
  const parsed = (data: LooseDataset) => {
    const result = parseDataset(data);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.dataset;
  };

  it('names the narratives file by a relative path inside the dataset folder', () => {
    for (const inside of ['n.json', './sub/n.json', '..n.json', 'a..b/n.json']) {
      const data = split().data;
      data.narratives = inside;
      expect(problems(parseDataset(data)), inside).toEqual([]);
    }
    const outside = [
      '/etc/passwd',
      '../../secret.json',
      'sub/../../n.json',
      '..\\n.json',
      '\\\\server\\n.json',
      '//elsewhere.example/n.json',
      'https://elsewhere.example/n.json',
      'file:///etc/passwd',
      'C:\\n.json',
      '%2e%2e/n.json',
      '.\n./n.json',
    ];
    for (const path of outside) {
      const data = split().data;
      data.narratives = path;
      expect(problems(parseDataset(data)), path).toEqual([
        {
          campaign: '',
          field: 'narratives',
          message:
            'narratives must be a relative path inside the dataset folder (no scheme, no leading / or \\, no ..)',
        },
      ]);
    }
  });

  it('accepts campaigns without narratives, which come out empty until the file is read', () => {
    const dataset = parsed(split().data);
    expect(dataset.narratives).toBe('campaigns.narratives.json');
    expect(dataset.campaigns.every((c) => c.narrative.length === 0)).toBe(true);
  });

  it('requires each narrative in exactly one place', () => {
    const without = copy();
    delete (without.campaigns[2] as Loose).narrative;
    expect(problems(parseDataset(without))).toEqual([
      {
        campaign: without.campaigns[2]!.id,
        field: 'narrative',
        message: 'is required (or keep every narrative in a file named by "narratives")',
      },
    ]);
    const both = split().data;
    both.campaigns[0]!.narrative = ['Encore là.'];
    expect(problems(parseDataset(both))).toEqual([
      {
        campaign: 'chine-free-the-five',
        field: 'narrative',
        message:
          'this dataset keeps its narratives in "campaigns.narratives.json": move this one there',
      },
    ]);
  });

  it("accepts the file of narratives when it holds each campaign's, each as it is, by id in a Map", () => {
    const { data, stories } = split();
    const result = parseNarratives(stories, parsed(data));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect([...result.narratives.keys()]).toEqual(Object.keys(stories));
    for (const [id, narrative] of result.narratives) expect(narrative).toBe(stories[id]);
  });

  it('reads campaigns whose ids are also names of Object.prototype', () => {
    const { data, stories } = split();
    const [first, second] = data.campaigns as [LooseDataset['campaigns'][number], Loose];
    const texts = [stories[first.id as string], stories[second.id as string]];
    first.id = 'constructor';
    second.id = 'prototype';
    data.campaigns = [first, second as typeof first];
    const dataset = parsed(data);
    const entries = `"constructor": ${JSON.stringify(texts[0])}, "prototype": ${JSON.stringify(texts[1])}`;
    const result = parseNarratives(JSON.parse(`{${entries}}`), dataset);
    expect(result.ok && [...result.narratives]).toEqual([
      ['constructor', texts[0]],
      ['prototype', texts[1]],
    ]);
    // A key of the file that is no campaign's id is named, whatever it is.
    const extra = JSON.parse(`{${entries}, "__proto__": ["Texte."]}`);
    expect(problems(parseNarratives(extra, dataset))).toEqual([
      { campaign: '__proto__', field: '', message: 'no campaign of the dataset has this id' },
    ]);
  });

  it('names the campaign and the field of each problem in the file of narratives', () => {
    const { data, stories } = split();
    const dataset: Dataset = parsed(data);
    delete stories['egalite-au-paraguay'];
    stories['chine-free-the-five'] = ['Un récit qui ne cite pas la preuve.'];
    stories['une-campagne-inconnue'] = ['Texte.'];
    expect(problems(parseNarratives(stories, dataset))).toEqual([
      {
        campaign: 'chine-free-the-five',
        field: 'outcomeEvidence',
        message: 'must quote the narrative word for word',
      },
      { campaign: 'egalite-au-paraguay', field: 'narrative', message: 'missing from this file' },
      {
        campaign: 'une-campagne-inconnue',
        field: '',
        message: 'no campaign of the dataset has this id',
      },
    ]);
    stories['egalite-au-paraguay'] = ['Bien.', { items: [] }];
    expect(problems(parseNarratives(stories, dataset))).toContainEqual({
      campaign: 'egalite-au-paraguay',
      field: 'narrative[1].items',
      message: 'a list needs at least one item',
    });
  });

  it('checks in steps, pausing after every so many campaigns, with the same answer', async () => {
    const { data, stories } = split();
    const dataset = parsed(data);
    let pauses = 0;
    const pause = async () => void pauses++;
    const n = dataset.campaigns.length;
    const accepted = await parseNarrativesInSteps(stories, dataset, pause, 5);
    expect(accepted).toEqual(parseNarratives(stories, dataset));
    expect(accepted.ok).toBe(true);
    // Through the file's entries, then through the campaigns.
    expect(pauses).toBe(2 * (Math.ceil(n / 5) - 1));
    delete stories['egalite-au-paraguay'];
    const refused = await parseNarrativesInSteps(stories, dataset, pause, 1);
    expect(refused).toEqual(parseNarratives(stories, dataset));
    expect(problems(refused)).toHaveLength(1);
  });

  it('refuses a file of narratives that is not an object', () => {
    const dataset = parsed(split().data);
    for (const bad of [null, [['Texte.']], 'texte'])
      expect(problems(parseNarratives(bad, dataset))).toEqual([
        {
          campaign: '',
          field: '(narratives)',
          message: 'must be an object: { "campaign-id": [paragraphs…] }',
        },
      ]);
  });
});
