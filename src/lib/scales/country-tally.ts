/**
 * The map's numbers for thousands of campaigns at every step of a range drag:
 * campaigns' countries laid out once in flat typed arrays, then tallied over the
 * visible ones with no allocation per campaign. (What the values mean: metric.ts.)
 */
import type { Campaign } from '../data/schema';
import type { Metric } from '../view';

/** A campaign's largest `mobilised` figure: its figures overlap, so it counts once. */
export function campaignPeople(c: Campaign): number {
  return c.impact.reduce((max, i) => (i.kind === 'mobilised' && i.value > max ? i.value : max), 0);
}

export class CountryTable {
  readonly codes: string[] = [];
  readonly #indexOf = new Map<string, number>();
  /** Campaign i's countries are entries start[i] … start[i + 1] - 1. */
  readonly start: Int32Array;
  readonly country: Int32Array;
  readonly focus: Uint8Array;
  readonly people: Float64Array;

  constructor(campaigns: readonly Campaign[]) {
    const indexOf = this.#indexOf;
    const total = campaigns.reduce((n, c) => n + c.countries.length, 0);
    this.start = new Int32Array(campaigns.length + 1);
    this.country = new Int32Array(total);
    this.focus = new Uint8Array(total);
    this.people = new Float64Array(campaigns.length);
    let k = 0;
    campaigns.forEach((c, i) => {
      this.start[i] = k;
      this.people[i] = campaignPeople(c);
      for (const { code, role } of c.countries) {
        let ci = indexOf.get(code);
        if (ci === undefined) indexOf.set(code, (ci = this.codes.push(code) - 1));
        this.country[k] = ci;
        this.focus[k] = role === 'focus' ? 1 : 0;
        k++;
      }
    });
    this.start[campaigns.length] = k;
  }

  /** Whether any campaign is tied to this country. */
  has(code: string): boolean {
    return this.#indexOf.has(code);
  }

  /**
   * Per country, over the campaigns at `indices`: the map's value for `metric`, and
   * how many distinct campaigns are tied to it (any role).
   */
  tally(
    indices: ArrayLike<number>,
    metric: Metric,
  ): { values: Map<string, number>; campaigns: Map<string, number> } {
    const n = this.codes.length;
    const value = new Float64Array(n);
    const distinct = new Int32Array(n);
    const last = new Int32Array(n).fill(-1);
    const focused = new Uint8Array(n);
    for (let j = 0; j < indices.length; j++) {
      const i = indices[j]!;
      for (let k = this.start[i]!; k < this.start[i + 1]!; k++) {
        const ci = this.country[k]!;
        if (metric === 'campaigns') value[ci]! += 1;
        else if (this.focus[k]) {
          focused[ci] = 1;
          value[ci]! += this.people[i]!;
        }
        if (last[ci] !== i) {
          last[ci] = i;
          distinct[ci]! += 1;
        }
      }
    }
    const values = new Map<string, number>();
    const campaigns = new Map<string, number>();
    for (let ci = 0; ci < n; ci++) {
      if (distinct[ci]) campaigns.set(this.codes[ci]!, distinct[ci]!);
      // People count only where a country is a focus, even when 0.
      if (metric === 'campaigns' ? distinct[ci] : focused[ci])
        values.set(this.codes[ci]!, value[ci]!);
    }
    return { values, campaigns };
  }
}
