// @vitest-environment node
/**
 * The dataset is the source document, structured: every campaign, paragraph,
 * bullet, date and figure of data/source/nos-mobilisations.txt is in it, and
 * nothing else (typo fixes are undone through each campaign's errata first).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Campaign, Dataset } from '../../src/lib/data/schema';

const source = readFileSync('data/source/nos-mobilisations.txt', 'utf8');
const dataset = JSON.parse(readFileSync('data/campaigns.json', 'utf8')) as Dataset;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Lowercase, without accents: « Fèvrier » reads as « fevrier ». */
const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();

// The document: a header (title, introduction, table of contents), then one block
// per campaign, blocks separated by two or more blank lines.
const [header = '', ...blocks] = source.split(/\n{3,}/).map((b) => b.trim());
const [, intro = '', contents = ''] = header.split('\n\n');
const toc = contents.split('\n').map(squash);

interface SourceCampaign {
  block: string;
  title: string;
  dateLine: string;
  /** Paragraphs, and bulleted items marked with a leading "• ". */
  paragraphs: string[];
}

const BULLET = /^\s*•\s*/;
const sourceCampaigns: SourceCampaign[] = blocks.map((block) => {
  const [title = '', dateLine = '', ...rest] = block.split('\n\n');
  const paragraphs = rest.flatMap((p) => {
    // Each "  • " line starts a list item; other lines continue the paragraph or item before.
    const parts: string[] = [];
    for (const line of p.split('\n')) {
      if (BULLET.test(line)) parts.push(`• ${line.replace(BULLET, '')}`);
      else if (parts.length) parts[parts.length - 1] += ` ${line}`;
      else parts.push(line);
    }
    return parts.map(squash);
  });
  return { block, title: squash(title), dateLine: squash(dateLine), paragraphs };
});

/** The campaign's text as the source wrote it: errata undone. */
function unfix(text: string, c: Campaign): string {
  return (c.errata ?? []).reduce((t, e) => t.replaceAll(e.corrected, e.source), text);
}

/** The dataset's narrative in the shape of `SourceCampaign.paragraphs`. */
function ourParagraphs(c: Campaign): string[] {
  return c.narrative.flatMap((p) =>
    typeof p === 'string'
      ? [squash(unfix(p, c))]
      : p.items.map((item) => `• ${squash(unfix(item, c))}`),
  );
}

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

/** « Avril 2015 » → "2015-04", « Fèvrier 2011 » (sic) → "2011-02", « En cours » → "ongoing". */
function sourceDate(line: string): string {
  const folded = fold(line);
  if (folded === 'en cours') return 'ongoing';
  const match = /^([a-z]+) (\d{4})$/.exec(folded);
  const month = MONTHS.indexOf(match?.[1] ?? '');
  if (!match || month < 0) throw new Error(`not a French month and year: « ${line} »`);
  return `${match[2]}-${String(month + 1).padStart(2, '0')}`;
}

/**
 * Numbers written in digits in a narrative that do not measure the campaign, per
 * campaign id: dates and names. Anything else in digits must be an impact figure.
 */
const NOT_FIGURES: Record<string, number[]> = {
  'jeux-de-sotchi': [6], // « le Principe 6 de la Charte olympique », « vêtements Principe 6 » (P6 and #FreeTheFive have no standalone digits)
  'mariage-pour-tous-france': [18, 2013], // « promulgué le 18 mai 2013 »
  'ouganda-loi-anti-gay': [2014], // « En août 2014, la cour constitutionnelle ougandaise l’a annulée »
};

/**
 * Impact figures the narrative does not write as a number, per campaign id: they
 * count things it names one by one.
 */
const COUNTED_FIGURES: Record<string, number[]> = {
  'contre-les-traitements-anti-gays': [1], // « une session a été annulée »
  'blocage-loi-transphobe': [2], // « une proposition de loi » and « une seconde loi », withdrawn
  'cvn-plus-aucun-dollar': [4], // Westin, then « Avis, Expedia et Hotels.com »
};

/** French number words the narratives use for figures (« trois sponsors »). */
const WORDS: Record<string, number> = {
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
};

interface Mention {
  value: number;
  /** Preceded by « plus de » / « plus d’ »: the impact figure must say "over". */
  over: boolean;
  text: string;
}

/** Every number of a text written in digits: "120 000", "7000", "60%", "1 million", "4 millions", and « un million ». */
function numbersIn(text: string): Mention[] {
  const found: Mention[] = [];
  // Not inside a name such as TV9 or P6; thin and no-break spaces group thousands too.
  const pattern = /(?<![\p{L}\d])(\d[\d\u00a0\u202f ]*\d|\d)(\s*millions?\b)?|\bun million\b/giu;
  for (const m of text.matchAll(pattern)) {
    const value = m[1] ? Number(m[1].replace(/\D/g, '')) * (m[2] ? 1e6 : 1) : 1e6;
    const over = /plus d(?:e\s+|['’]\s*)$/i.test(text.slice(0, m.index));
    found.push({ value, over, text: m[0].trim() });
  }
  return found;
}

function writtenValues(text: string): Set<number> {
  const values = new Set(numbersIn(text).map((m) => m.value));
  for (const [word, value] of Object.entries(WORDS)) {
    if (new RegExp(`\\b${word}\\b`).test(fold(text))) values.add(value);
  }
  return values;
}

const each = dataset.campaigns.map((c, i) => [c.id, i] as const);
const sourceOf = (i: number) => sourceCampaigns[i]!;

describe('the dataset against its source document', () => {
  it('has every campaign of the table of contents, in the same order, with its title', () => {
    // The contents list words one title differently from its heading; the heading wins.
    const TOC_VARIANTS: Record<string, string> = {
      'Contrer les « traitements » anti-gays': 'Contre les « traitements » anti-gays',
    };
    expect(toc).toHaveLength(13);
    expect(sourceCampaigns.map((c) => c.title)).toEqual(toc.map((t) => TOC_VARIANTS[t] ?? t));
    expect(dataset.campaigns).toHaveLength(toc.length);
    dataset.campaigns.forEach((c, i) => {
      expect(unfix(c.title, c), `${c.id}: title`).toBe(sourceOf(i).title);
    });
  });

  it('keeps the introduction as the source description', () => {
    expect(dataset.source.description).toBe(squash(intro));
  });

  it('reads the source as expected: one bulleted list of 4 items, in the Sochi campaign', () => {
    const bullets = sourceCampaigns.map((c) => c.paragraphs.filter((p) => p.startsWith('• ')));
    expect(bullets.map((b) => b.length)).toEqual([0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it.each(each)(
    '%s: every paragraph and bullet of the source, in order, and nothing else',
    (id, i) => {
      const c = dataset.campaigns[i]!;
      expect(ourParagraphs(c), `${id}: narrative (• = list item)`).toEqual(sourceOf(i).paragraphs);
    },
  );

  it.each(each)('%s: the date matches the source', (id, i) => {
    expect(dataset.campaigns[i]!.date, `${id}: « ${sourceOf(i).dateLine} »`).toBe(
      sourceDate(sourceOf(i).dateLine),
    );
  });

  it('reads French months without accents, and « En cours » as ongoing', () => {
    expect(sourceDate('Fèvrier 2011')).toBe('2011-02');
    expect(sourceDate('Août 2012')).toBe('2012-08');
    expect(sourceDate('Décembre 2020')).toBe('2020-12');
    expect(sourceDate('En cours')).toBe('ongoing');
    expect(() => sourceDate('Spring 2015')).toThrow();
  });

  it.each(each)('%s: every erratum fixes text found in this campaign of the source', (id, i) => {
    for (const e of dataset.campaigns[i]!.errata ?? []) {
      expect(source, `${id}: « ${e.source} »`).toContain(e.source);
      expect(sourceOf(i).block, `${id}: « ${e.source} » in its own block`).toContain(e.source);
      expect(e.corrected, `${id}: an erratum that changes nothing`).not.toBe(e.source);
    }
  });

  it.each(each)(
    '%s: every number of the narrative is an impact figure, « plus de » as "over"',
    (id, i) => {
      const c = dataset.campaigns[i]!;
      const figures = new Set(
        c.impact.map((f) => `${f.value}${f.qualifier === 'over' ? '+' : ''}`),
      );
      const missing = numbersIn(sourceOf(i).paragraphs.join('\n'))
        .filter((m) => !(NOT_FIGURES[id] ?? []).includes(m.value))
        .filter((m) => !figures.has(`${m.value}${m.over ? '+' : ''}`))
        .map((m) => `« ${m.over ? 'plus de ' : ''}${m.text} » (${m.value})`);
      expect(missing, `${id}: numbers of the narrative with no impact figure`).toEqual([]);
    },
  );

  it.each(each)(
    '%s: every evidence of a role or a kind quotes this campaign of the source',
    (id, i) => {
      const c = dataset.campaigns[i]!;
      const text = sourceOf(i).paragraphs.join('\n');
      const quotes = [
        c.outcomeEvidence,
        ...c.countries.map((x) => x.evidence),
        ...c.impact.map((x) => x.evidence),
      ].filter((q): q is string => q !== undefined);
      for (const q of quotes) expect(text, id).toContain(squash(unfix(q, c)));
    },
  );

  it('reads roles, kinds and tags from the source’s words (docs/dataset.md lists why)', () => {
    const byId = (id: string) => dataset.campaigns.find((c) => c.id === id)!;
    const role = (id: string, code: string) =>
      byId(id).countries.find((x) => x.code === code)?.role;
    const kindOf = (id: string, value: number) =>
      byId(id).impact.find((f) => f.value === value)?.kind;
    // « la ministre de la Santé française a publiquement condamné »: asked, not where the issue is.
    expect(role('contre-les-traitements-anti-gays', 'FRA')).toBe('target');
    // « Le gouvernement néerlandais a observé l’opération »: a response, not a place of action.
    expect(role('crowdfunding-irak', 'NLD')).toBeUndefined();
    expect(byId('crowdfunding-irak').dataNotes?.join(' ')).toMatch(/Netherlands/);
    // « Le président a annoncé qu’il voterait pour l’égalité »; the OAS was the forum.
    expect(byId('egalite-au-paraguay').targets).toEqual(['Président du Paraguay']);
    // « TV9 a dû payer un million de roupies »: a penalty, not a donation.
    expect(kindOf('reportage-tv9', 1000000)).toBe('result');
    // « auprès de plus de 13 000 membres russes »: members, not a mobilisation.
    expect(kindOf('jeux-de-sotchi', 13000)).toBe('other');
    expect(byId('ouganda-loi-anti-gay').outcomeEvidence).toContain(
      'la cour constitutionnelle ougandaise l’a annulée',
    );
    // « une vague de violences »; a bill « visant à jeter en prison ».
    expect(byId('jeux-de-sotchi').tags).toContain('violences');
    expect(byId('blocage-loi-transphobe').tags).toContain('criminalisation');
  });

  it('scopes a figure to a country only where the source places it there', () => {
    // The one campaign with several focus countries names each figure's country.
    const treatments = dataset.campaigns.find((c) => c.id === 'contre-les-traitements-anti-gays')!;
    const scope = Object.fromEntries(treatments.impact.map((f) => [f.value, f.countries]));
    expect(scope).toEqual({ 200: ['ECU'], 1: ['ARG'], 100000: ['CHN'] });
    const text = sourceOf(dataset.campaigns.indexOf(treatments)).paragraphs.join('\n');
    expect(text).toContain('Le gouvernement équatorien a accepté de fermer plus de 200 cliniques');
    expect(text).toContain('En Argentine, une session a été annulée');
    expect(text).toContain('En Chine, plus de 100 000 d’entre nous');
    // Elsewhere a figure without countries is about the campaign's single focus country.
    for (const c of dataset.campaigns)
      if (c !== treatments)
        expect(
          c.countries.filter((x) => x.role === 'focus'),
          c.id,
        ).toHaveLength(1);
  });

  it.each(each)('%s: every impact figure is written in the narrative', (id, i) => {
    const c = dataset.campaigns[i]!;
    const written = writtenValues(sourceOf(i).paragraphs.join('\n'));
    const invented = c.impact
      .filter((f) => !written.has(f.value) && !(COUNTED_FIGURES[id] ?? []).includes(f.value))
      .map((f) => `${f.value} ${f.label}`);
    expect(invented, `${id}: figures the narrative does not state`).toEqual([]);
  });

  it('finds numbers however the source writes them', () => {
    const values = (text: string) => numbersIn(text).map((m) => `${m.value}${m.over ? '+' : ''}`);
    expect(values('120 000 personnes, 7000 membres, plus de 60%, le Principe 6')).toEqual([
      '120000',
      '7000',
      '60+',
      '6',
    ]);
    expect(values('Plus d’1 million, 4 millions, un million de roupies, TV9, P6')).toEqual([
      '1000000+',
      '4000000',
      '1000000',
    ]);
  });
});
