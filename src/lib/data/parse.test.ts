// @vitest-environment node
import { describe, expect, it } from 'vitest';
import raw from '../../../data/campaigns.json';
import { formatProblem, parseDataset, parseDatasetText } from './parse';

const copy = () => structuredClone(raw) as { campaigns: Record<string, unknown>[] };

describe('parseDataset', () => {
  it('accepts the real dataset and types it', () => {
    const result = parseDataset(raw);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.campaigns).toHaveLength(13);
  });

  it('reports every problem, not just the first', () => {
    const data = copy();
    data.campaigns[0]!.date = '2015-13';
    data.campaigns[5]!.outcome = 'won';
    const result = parseDataset(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toEqual(['date', 'outcome']);
  });

  it('names a campaign by its id, or by its position when the id is unusable', () => {
    const data = copy();
    data.campaigns[2]!.id = 42;
    const result = parseDataset(data);
    expect(!result.ok && result.problems[0]).toMatchObject({ campaign: '#3', field: 'id' });
  });

  it('reports duplicate ids even when other fields are wrong', () => {
    const data = copy();
    data.campaigns[1]!.id = data.campaigns[0]!.id;
    data.campaigns[4]!.title = '';
    const result = parseDataset(data);
    expect(!result.ok && result.problems.map((p) => p.message)).toEqual([
      'title must not be empty',
      'duplicate id (campaigns #1 and #2)',
    ]);
  });

  it('refuses a non-object', () => {
    expect(parseDataset(null).ok).toBe(false);
    expect(parseDataset([]).ok).toBe(false);
  });
});

describe('parseDatasetText', () => {
  it('turns a JSON syntax error into a problem', () => {
    const result = parseDatasetText('{ "source": ');
    expect(!result.ok && result.problems[0]).toMatchObject({ field: '(json)' });
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
});
