/**
 * The map's numbers for thousands of campaigns at every step of a range drag:
 * campaigns' countries laid out once in flat typed arrays, then tallied over the
 * visible ones with no allocation per campaign. (What the values mean: metric.ts.)
 */
import type { Campaign } from '../data/schema';
import {
  amountOf,
  creditTo,
  hasUnplacedFigure,
  largest,
  mobilisation,
  NOTHING,
  type Amount,
} from '../figures/amount';
import type { Metric } from '../view';

/** A campaign's largest `mobilised` figure: its figures overlap, so it counts once. */
export function campaignPeople(c: Campaign): Amount {
  const best = largest(mobilisation(c));
  return best ? amountOf(best) : NOTHING;
}

/** Per country, over some campaigns: the map's values and what the tooltips say of them. */
export interface CountryTally {
  /** The map's value: campaigns (any role), or people credited (only where some figure is). */
  values: Map<string, number>;
  /** How many distinct campaigns are tied to the country (any role). */
  campaigns: Map<string, number>;
  /** Countries whose people value is a lower bound (« plus de »). */
  atLeast: Set<string>;
  /** Per focus country, the campaigns whose figure the source does not place (several focus countries). */
  unplaced: Map<string, number>;
  /** How many countries are where the issue is (focus) in some campaign: « pays concernés ». */
  concerned: number;
}

export class CountryTable {
  readonly codes: string[] = [];
  readonly #indexOf = new Map<string, number>();
  /** Campaign i's countries are entries start[i] … start[i + 1] - 1. */
  readonly start: Int32Array;
  readonly country: Int32Array;
  readonly focus: Uint8Array;
  /** Entry k's people credited (NaN: the campaign credits this country no figure) … */
  readonly credit: Float64Array;
  /** … and whether that figure is « plus de ». */
  readonly creditAtLeast: Uint8Array;
  /** Campaign i's largest mobilisation (0 when none) and whether it is « plus de ». */
  readonly people: Float64Array;
  readonly peopleAtLeast: Uint8Array;
  /** Campaign i's figures it places nowhere: 1 when its focus countries get none of an unscoped figure. */
  readonly unplaced: Uint8Array;

  constructor(campaigns: readonly Campaign[]) {
    const indexOf = this.#indexOf;
    const total = campaigns.reduce((n, c) => n + c.countries.length, 0);
    this.start = new Int32Array(campaigns.length + 1);
    this.country = new Int32Array(total);
    this.focus = new Uint8Array(total);
    this.credit = new Float64Array(total).fill(NaN);
    this.creditAtLeast = new Uint8Array(total);
    this.unplaced = new Uint8Array(campaigns.length);
    this.people = new Float64Array(campaigns.length);
    this.peopleAtLeast = new Uint8Array(campaigns.length);
    let k = 0;
    campaigns.forEach((c, i) => {
      this.start[i] = k;
      const people = campaignPeople(c);
      this.people[i] = people.value;
      this.peopleAtLeast[i] = people.atLeast ? 1 : 0;
      this.unplaced[i] = hasUnplacedFigure(c) ? 1 : 0;
      const figured = c.impact.some((f) => f.kind === 'mobilised');
      for (const { code, role } of c.countries) {
        let ci = indexOf.get(code);
        if (ci === undefined) indexOf.set(code, (ci = this.codes.push(code) - 1));
        this.country[k] = ci;
        this.focus[k] = role === 'focus' ? 1 : 0;
        const credited = figured ? creditTo(c, code) : undefined;
        if (credited) {
          this.credit[k] = credited.value;
          this.creditAtLeast[k] = credited.qualifier === 'over' ? 1 : 0;
        }
        k++;
      }
    });
    this.start[campaigns.length] = k;
  }

  /** What the campaigns at `indices` mobilised, in all: a lower bound if any term is. */
  totalPeople(indices: ArrayLike<number>): Amount {
    let value = 0;
    let atLeast = false;
    for (let j = 0; j < indices.length; j++) {
      value += this.people[indices[j]!]!;
      atLeast ||= this.peopleAtLeast[indices[j]!] === 1;
    }
    return { value, atLeast };
  }

  /** Whether any campaign is tied to this country. */
  has(code: string): boolean {
    return this.#indexOf.has(code);
  }

  /**
   * Per country, over the campaigns at `indices`: the map's value for `metric`, and
   * how many distinct campaigns are tied to it (any role).
   */
  tally(indices: ArrayLike<number>, metric: Metric): CountryTally {
    const n = this.codes.length;
    const value = new Float64Array(n);
    const distinct = new Int32Array(n);
    const last = new Int32Array(n).fill(-1);
    const credited = new Uint8Array(n);
    const atLeast = new Uint8Array(n);
    const unplaced = new Int32Array(n);
    const focus = new Uint8Array(n);
    for (let j = 0; j < indices.length; j++) {
      const i = indices[j]!;
      for (let k = this.start[i]!; k < this.start[i + 1]!; k++) {
        const ci = this.country[k]!;
        focus[ci]! |= this.focus[k]!;
        if (metric === 'campaigns') value[ci]! += 1;
        else if (!Number.isNaN(this.credit[k]!)) {
          credited[ci] = 1;
          value[ci]! += this.credit[k]!;
          atLeast[ci]! |= this.creditAtLeast[k]!;
        } else if (this.focus[k] && this.unplaced[i]) unplaced[ci]! += 1;
        if (last[ci] !== i) {
          last[ci] = i;
          distinct[ci]! += 1;
        }
      }
    }
    const result: CountryTally = {
      values: new Map(),
      campaigns: new Map(),
      atLeast: new Set(),
      unplaced: new Map(),
      concerned: 0,
    };
    for (let ci = 0; ci < n; ci++) {
      const code = this.codes[ci]!;
      if (distinct[ci]) result.campaigns.set(code, distinct[ci]!);
      // People only where a figure is credited: « no figure » is not « 0 people ».
      if (metric === 'campaigns' ? distinct[ci] : credited[ci]) result.values.set(code, value[ci]!);
      if (atLeast[ci]) result.atLeast.add(code);
      if (unplaced[ci]) result.unplaced.set(code, unplaced[ci]!);
      result.concerned += focus[ci]!;
    }
    return result;
  }
}
