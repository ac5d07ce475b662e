/**
 * The words of the built pages' metadata and cards (description, image text,
 * card lines): used at build time only, so they stay out of the app's catalogues
 * and its first load. Figures' labels are the source's French in both languages.
 */
import type { Lang } from '../view';

/** A headline figure, formatted: its « plus de », its number, its label. */
export interface FigureText {
  over: boolean;
  value: string;
  label: string;
}

export interface PageMessages {
  /** og:description of a campaign: its date, outcome and headline figure, as one sentence. */
  describe: (date: string, outcome: string, figure: FigureText | null) => string;
  /** og:description of the whole view. */
  describeAll: (tagline: string, counts: string) => string;
  /** og:image:alt: what the card shows, from the same data. */
  cardAlt: (title: string, description: string, countries: string[]) => string;
  cardAltAll: (title: string, description: string) => string;
  /** "A, B et C". */
  list: (items: string[]) => string;
  ogLocale: string;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function frList(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

export const pageMessages: Record<Lang, PageMessages> = {
  fr: {
    describe: (date, outcome, figure) => {
      const when = capital(outcome ? `${date}, ${outcome.toLowerCase()}` : date);
      if (!figure) return `${when}.`;
      // « 1 million de personnes », « 120 000 personnes ».
      const de = /(?:million|milliard)s?$/.test(figure.value) ? ' de' : '';
      return `${when}\u00a0: ${figure.over ? 'plus de ' : ''}${figure.value}${de} ${figure.label}.`;
    },
    describeAll: (tagline, counts) => `${tagline}\u00a0: ${counts}.`,
    cardAlt: (title, description, countries) =>
      `«\u202f${title}\u202f». ${description}` +
      (countries.length ? ` Carte du monde\u00a0: ${frList(countries)} en évidence.` : ''),
    cardAltAll: (title, description) =>
      `«\u202f${title}\u202f». ${description} Carte du monde des campagnes par pays.`,
    list: frList,
    ogLocale: 'fr_FR',
  },
  en: {
    describe: (date, outcome, figure) => {
      const when = capital(outcome ? `${date}, ${outcome.toLowerCase()}` : date);
      if (!figure) return `${when}.`;
      return `${when}: ${figure.over ? 'over ' : ''}${figure.value} (${figure.label}).`;
    },
    describeAll: (tagline, counts) => `${tagline}: ${counts}.`,
    cardAlt: (title, description, countries) =>
      `“${title}”. ${description}` +
      (countries.length ? ` World map: ${enList(countries)} highlighted.` : ''),
    cardAltAll: (title, description) =>
      `“${title}”. ${description} World map of the campaigns by country.`,
    list: enList,
    ogLocale: 'en_GB',
  },
};

function enList(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
