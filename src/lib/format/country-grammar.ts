/**
 * How French and English put a country after a preposition: « liées à l’Ouganda,
 * à la Chine, au Brésil, aux États-Unis », "linked to the United States". The
 * article belongs to the country (la Hongrie but l’Inde, le Mexique but la
 * Suisse), so it is a table keyed by ISO alpha-3: every country of the dataset,
 * and the ones a rule on the name would get wrong.
 */
type Article = 'le' | 'la' | 'l' | 'les' | '';

/** Codes by article, space-separated (lean in the first load): first the dataset's countries, then the ones whose name misleads (a masculine -e, an aspirated h, no article). */
const FRENCH: Record<Article, string> = {
  l: 'ARG ECU IND IRQ UGA',
  la: 'CHE CHN FRA RUS SWE',
  le: 'BRA PRY BLZ HND KHM MEX MOZ ZWE',
  les: 'NLD USA',
  '': 'BHR CUB CYP HTI ISR MDG MLT MCO SGP TWN',
};

const PREPOSITION: Record<Article, string> = {
  le: 'au ',
  la: 'à la ',
  l: 'à l’',
  les: 'aux ',
  '': 'à ',
};

/** « à l’Ouganda », « au Brésil »…: the table's article, else one read from the name (plural -s, elided vowel, feminine -e). */
export function frenchTo(code: string, name: string): string {
  const article =
    (Object.keys(FRENCH) as Article[]).find((a) => FRENCH[a].includes(code)) ??
    (/s$/.test(name)
      ? 'les'
      : /^[aeiouyàâéèêîïôœ]/i.test(name)
        ? 'l'
        : /e$/.test(name)
          ? 'la'
          : 'le');
  return PREPOSITION[article] + name;
}

/** English names that take "the": "the United States", "the Netherlands". */
const ENGLISH_THE = new Set('ARE BHS CAF COM DOM GBR GMB MDV MHL NLD PHL SLB SYC USA'.split(' '));

/** "the United States", "Uganda". */
export function englishName(code: string, name: string): string {
  return ENGLISH_THE.has(code) ? `the ${name}` : name;
}
