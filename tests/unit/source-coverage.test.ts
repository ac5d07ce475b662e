// @vitest-environment node
/**
 * The dataset is the source document, structured: every campaign, paragraph,
 * bullet, date and figure of data/source/nos-mobilisations.txt is in it, and
 * nothing else (typo fixes are undone through each campaign's errata first).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/data/schema';
import { paragraphText } from '../../src/lib/data/text';
import { fold } from '../../src/lib/filter/search';

const source = readFileSync('data/source/nos-mobilisations.txt', 'utf8');
const dataset = JSON.parse(readFileSync('data/campaigns.json', 'utf8')) as Dataset;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const [header = '', ...blocks] = source.split(/\n{3,}/).map((b) => b.trim());
const toc = header.split('\n\n')[2]!.split('\n').map(squash);

interface SourceCampaign {
  title: string;
  dateLine: string;
  paragraphs: string[];
}
const sourceCampaigns: SourceCampaign[] = blocks.map((block) => {
  const [title = '', dateLine = '', ...rest] = block.split('\n\n');
  // A bulleted list's items are paragraphs of their own; the line before it stays whole.
  const paragraphs = rest.flatMap((p) =>
    p
      .split(/(?:^|\n)\s*•\s*/)
      .map(squash)
      .filter(Boolean),
  );
  return { title: squash(title), dateLine: squash(dateLine), paragraphs };
});

const MONTHS = [
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
];

function sourceDate(line: string): string {
  const folded = fold(line);
  if (folded === 'en cours') return 'ongoing';
  const [month = '', year = ''] = folded.split(' ');
  return `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}`;
}

/** The campaign's text as the source wrote it: errata undone. */
function unfix(text: string, errata: Dataset['campaigns'][number]['errata']): string {
  return (errata ?? []).reduce((t, e) => t.replaceAll(e.corrected, e.source), text);
}

// Numbers in the narratives that do not measure the campaign: dates, names, the threat.
const NOT_FIGURES: Record<string, string[]> = {
  'jeux-de-sotchi': ['6'], // « Principe 6 », « P6 »
  'mariage-pour-tous-france': ['18', '2013'], // promulgated on 18 May 2013
  'ouganda-loi-anti-gay': ['2014'], // annulled in August 2014
};

function numbersIn(text: string): number[] {
  const found: number[] = [];
  // Not inside a name such as TV9.
  for (const m of text.matchAll(/(?<![\p{L}\d])(\d[\d\u00a0\u202f ]*\d|\d)(\s*millions?)?/gu)) {
    const digits = Number(m[1]!.replace(/\D/g, ''));
    found.push(m[2] ? digits * 1e6 : digits);
  }
  if (/\bun million\b/.test(text)) found.push(1e6);
  return found;
}

describe('the dataset against its source document', () => {
  it('has every campaign of the table of contents, in the same order', () => {
    // The source's contents list words one title differently from its heading; the heading wins.
    const TOC_VARIANTS: Record<string, string> = {
      'Contrer les « traitements » anti-gays': 'Contre les « traitements » anti-gays',
    };
    expect(toc).toHaveLength(13);
    expect(sourceCampaigns.map((c) => c.title)).toEqual(toc.map((t) => TOC_VARIANTS[t] ?? t));
    expect(dataset.campaigns.map((c) => unfix(c.title, c.errata))).toEqual(
      sourceCampaigns.map((c) => c.title),
    );
  });

  it('keeps the introduction as the source description', () => {
    expect(dataset.source.description).toBe(squash(header.split('\n\n')[1]!));
  });

  it.each(dataset.campaigns.map((c, i) => [c.id, i] as const))(
    '%s: every paragraph and bullet of the source, in order, and nothing else',
    (_id, i) => {
      const c = dataset.campaigns[i]!;
      const ours = c.narrative.flatMap(paragraphText).map((p) => squash(unfix(p, c.errata)));
      expect(ours).toEqual(sourceCampaigns[i]!.paragraphs);
    },
  );

  it.each(dataset.campaigns.map((c, i) => [c.id, i] as const))(
    '%s: the date matches the source',
    (_id, i) => {
      expect(dataset.campaigns[i]!.date).toBe(sourceDate(sourceCampaigns[i]!.dateLine));
    },
  );

  it('records only errata whose original text is in the source', () => {
    for (const c of dataset.campaigns) {
      for (const e of c.errata ?? []) expect(source, `${c.id}: ${e.source}`).toContain(e.source);
    }
  });

  it.each(dataset.campaigns.map((c, i) => [c.id, i] as const))(
    '%s: every number of the narrative is an impact figure (or a listed non-figure)',
    (id, i) => {
      const text = sourceCampaigns[i]!.paragraphs.join('\n');
      const values = new Set(dataset.campaigns[i]!.impact.map((f) => f.value));
      const missing = numbersIn(text).filter(
        (n) => !values.has(n) && !(NOT_FIGURES[id] ?? []).includes(String(n)),
      );
      expect(missing, `${id}: numbers with no impact figure`).toEqual([]);
    },
  );
});
