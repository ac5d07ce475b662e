/**
 * What the map colours: per country, the number of campaigns tied to it (any
 * role), or the people mobilised. A campaign's figures overlap (the same people
 * sign and share), so a campaign counts its largest `mobilised` figure once,
 * and only for its focus countries.
 */
import type { Campaign } from '../data/schema';
import type { Metric } from '../view';
import { CountryTable } from './country-tally';

export { campaignPeople } from './country-tally';

export function countryValues(campaigns: readonly Campaign[], metric: Metric): Map<string, number> {
  return new CountryTable(campaigns).tally(
    campaigns.map((_, i) => i),
    metric,
  ).values;
}
