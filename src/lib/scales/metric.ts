/**
 * What the map colours: per country, the number of campaigns tied to it (any
 * role), or the people mobilised. A campaign's figures overlap (the same people
 * sign and share), so a campaign counts its largest `mobilised` figure once,
 * and only for its focus countries.
 */
import type { Campaign } from '../data/schema';
import type { Metric } from '../url/params';

export function campaignPeople(c: Campaign): number {
  return c.impact.reduce((max, i) => (i.kind === 'mobilised' && i.value > max ? i.value : max), 0);
}

export function countryValues(campaigns: readonly Campaign[], metric: Metric): Map<string, number> {
  const values = new Map<string, number>();
  for (const c of campaigns) {
    const people = metric === 'people' ? campaignPeople(c) : 0;
    for (const { code, role } of c.countries) {
      if (metric === 'campaigns') values.set(code, (values.get(code) ?? 0) + 1);
      else if (role === 'focus') values.set(code, (values.get(code) ?? 0) + people);
    }
  }
  return values;
}
