/**
 * The one schema of the campaign dataset: the runtime check (valibot) and,
 * through `InferOutput`, the TypeScript types. `data/campaigns.schema.json` is
 * generated from it (`npm run schema`), so edit here only.
 */
import * as v from 'valibot';
import { isIsoAlpha3 } from '../geo/iso.ts';
import { quote } from './problem.ts';

import { IMPACT_KINDS, ONGOING, OUTCOMES, QUALIFIERS, ROLES } from './vocabulary.ts';

export { IMPACT_KINDS, ONGOING, OUTCOMES, QUALIFIERS, ROLES };

const DATE_MESSAGE = 'date must be "YYYY-MM" (month 01–12) or "ongoing"';
const UNIT_MESSAGE = 'unit must be an ISO 4217 currency code (USD) or "percent"';

/**
 * A path the browser and check:data both resolve inside the dataset's folder: no
 * scheme (nor a drive, `C:`), no leading `/` or `\`, no `..` segment (nor `%2e%2e`,
 * which a URL reads as one), no control character (a URL drops tabs and newlines, so
 * `.\n./x` would climb in the browser). Without flags, so that JSON Schema can say it.
 */
const INSIDE_FOLDER =
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  /^(?![a-zA-Z][a-zA-Z\d+.-]*:|[\\/])(?![\s\S]*[\u0000-\u001f])(?!(?:[\s\S]*[\\/])?(?:\.|%2[eE]){2}(?:[\\/]|$))/;

const nonEmpty = (what: string) =>
  v.pipe(v.string(), v.trim(), v.nonEmpty(`${what} must not be empty`));

const isoCode = v.pipe(
  v.string(),
  v.check(
    (code: string) => isIsoAlpha3(code),
    (issue) => `unknown ISO 3166-1 alpha-3 code ${quote(issue.input)}`,
  ),
);

/** Words of the narrative that justify a role or a kind (checked like outcomeEvidence). */
const evidence = v.optional(nonEmpty('evidence'));

const CountrySchema = v.strictObject({
  code: isoCode,
  role: v.picklist(ROLES, `role must be one of ${ROLES.join(', ')}`),
  note: v.optional(nonEmpty('note')),
  evidence,
});

const ImpactSchema = v.strictObject({
  value: v.pipe(
    v.number('value must be a number (write 1 million as 1000000)'),
    v.minValue(0, 'value must not be negative'),
    // Beyond it, sums lose units and 1e308 makes « ∞ personnes » (Infinity is refused too).
    v.maxValue(Number.MAX_SAFE_INTEGER, `value must be at most ${Number.MAX_SAFE_INTEGER}`),
  ),
  label: nonEmpty('label'),
  kind: v.picklist(IMPACT_KINDS, `kind must be one of ${IMPACT_KINDS.join(', ')}`),
  /** ISO 4217 currency code for money, or "percent". */
  unit: v.optional(
    v.union(
      [v.literal('percent'), v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, UNIT_MESSAGE))],
      UNIT_MESSAGE,
    ),
  ),
  /** "over" renders « plus de » before the number, as the narrative says. */
  qualifier: v.optional(
    v.picklist(QUALIFIERS, `qualifier must be one of ${QUALIFIERS.join(', ')}`),
  ),
  /** The countries the figure is about, among its campaign's (« En Chine, … » is China's). */
  countries: v.optional(v.pipe(v.array(isoCode), v.minLength(1, 'countries must not be empty'))),
  evidence,
});

const ListSchema = v.strictObject({
  items: v.pipe(v.array(nonEmpty('list item')), v.minLength(1, 'a list needs at least one item')),
});

const ErratumSchema = v.strictObject({
  source: nonEmpty('erratum source'),
  corrected: nonEmpty('erratum correction'),
});

export const NarrativeSchema = v.pipe(
  v.array(
    v.union([nonEmpty('paragraph'), ListSchema], 'a paragraph is a string or { items: [...] }'),
  ),
  v.minLength(1, 'narrative must not be empty'),
);

export const CampaignSchema = v.strictObject({
  id: v.pipe(
    v.string('id must be a string'),
    v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be a lowercase ASCII slug (a-z, 0-9, -)'),
  ),
  title: nonEmpty('title'),
  date: v.union(
    [
      v.literal(ONGOING),
      v.pipe(v.string(), v.regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, DATE_MESSAGE)),
    ],
    DATE_MESSAGE,
  ),
  outcome: v.picklist(OUTCOMES, `outcome must be one of ${OUTCOMES.join(', ')}`),
  /** Words of the narrative that justify the outcome; must appear in it. */
  outcomeEvidence: nonEmpty('outcomeEvidence'),
  countries: v.pipe(
    v.array(CountrySchema),
    v.minLength(1, 'at least one country is needed'),
    v.check(
      (list) => list.some((c) => c.role === 'focus'),
      'at least one country must have role "focus"',
    ),
    v.check(
      (list) => new Set(list.map((c) => c.code)).size === list.length,
      'a country is listed twice',
    ),
  ),
  impact: v.array(ImpactSchema),
  /** Absent only when the dataset keeps its narratives in a file apart (`narratives`). */
  narrative: v.optional(NarrativeSchema),
  errata: v.optional(v.array(ErratumSchema)),
  tags: v.optional(
    v.array(v.pipe(nonEmpty('tag'), v.regex(/^[\p{Ll}\d -]+$/u, 'tags are lowercase'))),
  ),
  partners: v.optional(v.array(nonEmpty('partner'))),
  /** The speaker's notes for this campaign's slide: the console shows them, the stage never. */
  notes: v.optional(nonEmpty('notes')),
  targets: v.optional(v.array(nonEmpty('target'))),
  /** How this entry reads the source where no field can say it (a country left out…); never shown. */
  dataNotes: v.optional(v.array(nonEmpty('data note'))),
});

export const SourceSchema = v.strictObject({
  title: nonEmpty('source title'),
  publisher: nonEmpty('publisher'),
  language: v.pipe(
    v.string(),
    v.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'language must be a BCP 47 tag'),
  ),
  description: v.optional(nonEmpty('description')),
  file: v.optional(nonEmpty('file')),
  url: v.optional(v.pipe(v.string(), v.url())),
});

export const DatasetSchema = v.strictObject({
  $schema: v.optional(v.string()),
  source: SourceSchema,
  /**
   * A file of narratives apart, `{ "campaign-id": [paragraphs…] }`, relative to this one:
   * a large dataset then starts without its longest texts, which load with the first story.
   */
  narratives: v.optional(
    v.pipe(
      nonEmpty('narratives'),
      v.regex(
        INSIDE_FOLDER,
        'narratives must be a relative path inside the dataset folder (no scheme, no leading / or \\, no ..)',
      ),
    ),
  ),
  campaigns: v.pipe(v.array(CampaignSchema), v.minLength(1, 'campaigns must not be empty')),
});

export type Outcome = (typeof OUTCOMES)[number];
export type Role = (typeof ROLES)[number];
export type ImpactKind = (typeof IMPACT_KINDS)[number];
export type Paragraph = v.InferOutput<typeof NarrativeSchema>[number];
/** Past the boundary every campaign has a narrative: empty while it is kept apart (loaded on demand). */
export type Campaign = Omit<v.InferOutput<typeof CampaignSchema>, 'narrative'> & {
  narrative: Paragraph[];
};
export type CampaignCountry = Campaign['countries'][number];
export type Impact = Campaign['impact'][number];
export type Dataset = Omit<v.InferOutput<typeof DatasetSchema>, 'campaigns'> & {
  campaigns: Campaign[];
};
