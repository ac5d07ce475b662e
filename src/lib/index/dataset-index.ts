/**
 * The dataset as the views ask about it, built once per dataset and never changed:
 * campaigns in date order with their month keys, lookups by id and by country,
 * the themes, the span, and the country table the map's tallies read. Plain
 * TypeScript: no Svelte, tested in Node.
 */
import { bisectLeft } from 'd3-array';
import type { Campaign, Dataset } from '../data/schema';
import { CountryTable } from '../scales/country-tally';
import { monthKey, ONGOING_KEY, type MonthKey } from '../time/month-key';
import { slotsIn, type TimeRange } from '../time/range';

export class DatasetIndex {
  readonly dataset: Dataset;
  /** Date order, oldest first, ongoing last; ties keep the dataset's order. */
  readonly campaigns: readonly Campaign[];
  /** Month key of each of `campaigns`, in the same order: for binary searches. */
  readonly keys: readonly MonthKey[];
  readonly byId: ReadonlyMap<string, Campaign>;
  /** Each campaign's place in `campaigns`. */
  readonly positionOf: ReadonlyMap<string, number>;
  /** Every tag, in French alphabetical order. */
  readonly themes: readonly string[];
  /** First and last dated month, widened to whole years. */
  readonly span: TimeRange;
  readonly hasOngoing: boolean;
  /** Campaigns' countries in flat arrays: what the map's tallies read. */
  readonly table: CountryTable;
  readonly #positionsIn = new Map<string, number[]>();

  constructor(dataset: Dataset) {
    this.dataset = dataset;
    // Keys first, then positions sorted by them (stable): no date parsed, nor id looked
    // up, at each of the comparisons (10 000 campaigns: about 140 000).
    const keyAt = dataset.campaigns.map((c) => monthKey(c.date));
    const order = keyAt.map((_, i) => i).sort((a, b) => keyAt[a]! - keyAt[b]! || a - b);
    this.campaigns = order.map((i) => dataset.campaigns[i]!);
    this.keys = order.map((i) => keyAt[i]!);
    this.byId = new Map(this.campaigns.map((c) => [c.id, c]));
    this.positionOf = new Map(this.campaigns.map((c, i) => [c.id, i]));
    this.table = new CountryTable(this.campaigns);
    this.campaigns.forEach((c, i) => {
      for (const { code } of c.countries) {
        const list = this.#positionsIn.get(code);
        if (list) list.push(i);
        else this.#positionsIn.set(code, [i]);
      }
    });
    this.themes = [...new Set(this.campaigns.flatMap((c) => c.tags ?? []))].sort(
      new Intl.Collator('fr').compare,
    );
    // Sorted by date, ongoing last: the first and last dated keys bound the span.
    const dated = bisectLeft(this.keys, ONGOING_KEY);
    const first = dated ? this.keys[0]! : 0;
    const last = dated ? this.keys[dated - 1]! : 0;
    this.span = [Math.floor(first / 12) * 12, Math.floor(last / 12) * 12 + 11];
    this.hasOngoing = dated < this.campaigns.length;
  }

  /** Where the campaigns dated within `range` start and end in `campaigns`: a binary search. */
  slotsIn(range: TimeRange): [number, number] {
    return slotsIn(this.keys, range);
  }

  /** Positions (in `campaigns`, ascending) of the campaigns tied to a country in any role. */
  positionsIn(code: string): readonly number[] {
    return this.#positionsIn.get(code) ?? [];
  }

  /** Every country tied to any campaign. */
  get countryCodes(): readonly string[] {
    return this.table.codes;
  }

  hasCampaignsIn(code: string): boolean {
    return this.#positionsIn.has(code);
  }
}
