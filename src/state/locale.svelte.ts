/**
 * The interface's language and its catalogue. French is built in; another
 * language's catalogue loads in the intent that asks for it, and a failure keeps
 * the language that was shown (the caller says so; asking again tries again).
 */
import type { Campaign } from '../lib/data/schema';
import { countryName } from '../lib/format/countries';
import { formatCampaignDate } from '../lib/format/dates';
import { loadCatalogue } from '../lib/i18n/catalogue';
import { fr, type Messages } from '../lib/i18n/fr';
import type { Lang } from '../lib/view';

export class Locale {
  readonly #load: (lang: Lang) => Promise<Messages>;
  #messages = $state.raw<Messages>(fr);
  #loading = $state<Lang | null>(null);

  constructor(load: (lang: Lang) => Promise<Messages> = loadCatalogue) {
    this.#load = load;
  }

  /** The language shown. */
  get lang(): Lang {
    return this.#messages.lang;
  }

  get messages(): Messages {
    return this.#messages;
  }

  /** The language whose catalogue is on its way, if any. */
  get loading(): Lang | null {
    return this.#loading;
  }

  /** Uses a catalogue already loaded (the page asked for it with the data). */
  adopt(messages: Messages): void {
    this.#messages = messages;
  }

  /** Shows `lang` once its catalogue is here; false if it could not be loaded. */
  async set(lang: Lang): Promise<boolean> {
    if (lang === this.lang) {
      this.#loading = null; // a catalogue still on its way is no longer wanted
      return true;
    }
    this.#loading = lang;
    try {
      const messages = await this.#load(lang);
      // A later request (back to French while English loaded) wins.
      if (this.#loading === lang) this.#messages = messages;
      return true;
    } catch {
      return false;
    } finally {
      if (this.#loading === lang) this.#loading = null;
    }
  }

  countryName(code: string): string {
    return countryName(code, this.lang);
  }

  /** A dataset tag in the reader's language: the catalogue's name for it, else the tag itself. */
  themeName(tag: string): string {
    return this.#messages.themeNames[tag] ?? tag;
  }

  formatDate(c: Campaign): string {
    return formatCampaignDate(c.date, this.#messages.ongoing, this.#messages.locale);
  }

  /** "Chine : #FreeTheFive, avril 2015": the accessible name of a campaign everywhere. */
  campaignLabel(c: Campaign): string {
    return this.#messages.campaignOn(c.title, this.formatDate(c));
  }
}
