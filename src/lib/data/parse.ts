/**
 * The one boundary where raw JSON becomes a typed dataset. Everything past it
 * trusts the types; everything before it is `unknown`.
 */
import * as v from 'valibot';
import { atOnce, inSteps } from '../platform/in-steps.ts';
import {
  DatasetSchema,
  NarrativeSchema,
  type Campaign,
  type Dataset,
  type Paragraph,
} from './schema.ts';
import { jsonProblem, quote, type DataProblem } from './problem.ts';
import { quickCheck } from './quick-check.ts';
import { narrativeText, paragraphText } from './text.ts';

export { formatProblem, jsonProblem, type DataProblem } from './problem.ts';

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; problems: DataProblem[] };
/** Each campaign's narrative by id. A Map: ids such as `constructor` are no object keys to trust. */
export type Narratives = Map<string, Paragraph[]>;

/** Each campaign's narrative by id, as a narratives file holds them. */
export function narrativesOf(dataset: Dataset): Narratives {
  return new Map(dataset.campaigns.map((c) => [c.id, c.narrative]));
}
export type NarrativesResult =
  { ok: true; narratives: Narratives } | { ok: false; problems: DataProblem[] };

export { narrativeText, paragraphText } from './text.ts';

function campaignLabel(raw: unknown, index: number): string {
  const campaigns = (raw as { campaigns?: unknown })?.campaigns;
  const id = Array.isArray(campaigns) ? (campaigns[index] as { id?: unknown })?.id : undefined;
  return typeof id === 'string' && id.trim() ? id : `#${index + 1}`;
}

/** `countries[1].code`: dotted names, bracketed indexes. */
const fieldPath = (keys: (string | number)[]) =>
  keys.reduce<string>(
    (path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key),
    '',
  );

/** valibot's own messages end with the input as it is (`Received "…"`): an excerpt of it. */
function receivedExcerpt(issue: v.BaseIssue<unknown>): string {
  const { message, received, input } = issue;
  return typeof input === 'string' && message.endsWith(received)
    ? message.slice(0, -received.length) + quote(input)
    : message;
}

function issueToProblem(raw: unknown, issue: v.BaseIssue<unknown>): DataProblem {
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  let campaign = '';
  let rest = keys;
  if (keys[0] === 'campaigns' && typeof keys[1] === 'number') {
    campaign = campaignLabel(raw, keys[1]);
    rest = keys.slice(2);
  }
  const field = fieldPath(rest);
  // valibot reports a missing key as "expected X but received undefined": say it plainly.
  const message =
    issue.kind === 'schema' && issue.received === 'undefined'
      ? 'is required'
      : issue.expected === 'never'
        ? 'unknown field (not in the schema: a typo?)'
        : receivedExcerpt(issue);
  return { campaign, field: field || (campaign ? '' : '(dataset)'), message };
}

/** Checks that span fields or campaigns, which a per-field schema cannot express. */
/** Runs on the raw input so that it reports even when other fields are wrong. */
function duplicateIds(raw: unknown): DataProblem[] {
  const campaigns = (raw as { campaigns?: unknown })?.campaigns;
  if (!Array.isArray(campaigns)) return [];
  const problems: DataProblem[] = [];
  const seen = new Map<string, number>();
  campaigns.forEach((c: { id?: unknown } | null, i) => {
    const id = c?.id;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else
      problems.push({
        campaign: id,
        field: 'id',
        message: `duplicate id (campaigns #${first + 1} and #${i + 1})`,
      });
  });
  return problems;
}

/** The checks that read the narrative: run with the dataset, or with its narratives file. */
function narrativeChecks(c: Campaign, narrative: readonly Paragraph[]): DataProblem[] {
  const problems: DataProblem[] = [];
  // Joined only when needed: the quote is nearly always within one paragraph (10 000 campaigns: 14 MB less to build).
  let joined: string | undefined;
  const text = () => (joined ??= narrativeText({ narrative }));
  const quotes = (evidence: string) =>
    narrative.some((p) => paragraphText(p).some((s) => s.includes(evidence))) ||
    text().includes(evidence);
  const evidences: [string, string | undefined][] = [
    ['outcomeEvidence', c.outcomeEvidence],
    ...c.countries.map((x, j): [string, string | undefined] => [
      `countries[${j}].evidence`,
      x.evidence,
    ]),
    ...c.impact.map((x, j): [string, string | undefined] => [`impact[${j}].evidence`, x.evidence]),
  ];
  for (const [field, evidence] of evidences)
    if (evidence !== undefined && !quotes(evidence))
      problems.push({ campaign: c.id, field, message: 'must quote the narrative word for word' });
  c.errata?.forEach((e, j) => {
    if (!`${c.title}\n${text()}`.includes(e.corrected)) {
      problems.push({
        campaign: c.id,
        field: `errata[${j}].corrected`,
        message: 'the corrected text does not appear in the title or narrative',
      });
    }
  });
  return problems;
}

/** Each campaign has its narrative in exactly one place: here, or in the file `narratives` names. */
function narrativePlace(c: Partial<Campaign>, apart: string | undefined): DataProblem[] {
  if (apart === undefined && c.narrative === undefined)
    return [
      {
        campaign: c.id!,
        field: 'narrative',
        message: 'is required (or keep every narrative in a file named by "narratives")',
      },
    ];
  if (apart !== undefined && c.narrative !== undefined)
    return [
      {
        campaign: c.id!,
        field: 'narrative',
        message: `this dataset keeps its narratives in ${quote(apart)}: move this one there`,
      },
    ];
  return [];
}

function crossChecks(dataset: Dataset): DataProblem[] {
  const problems: DataProblem[] = [];
  dataset.campaigns.forEach((c) => {
    const place = narrativePlace(c, dataset.narratives);
    problems.push(...place);
    if (!place.length && dataset.narratives === undefined)
      problems.push(...narrativeChecks(c, c.narrative));
    if ((c.date === 'ongoing') !== (c.outcome === 'ongoing')) {
      problems.push({
        campaign: c.id,
        field: 'outcome',
        message: 'an "ongoing" date and an "ongoing" outcome go together',
      });
    }
    const codes = new Set(c.countries.map((x) => x.code));
    c.impact.forEach((imp, j) => {
      imp.countries?.forEach((code, k) => {
        if (!codes.has(code))
          problems.push({
            campaign: c.id,
            field: `impact[${j}].countries[${k}]`,
            message: `${quote(code)} is not one of this campaign's countries`,
          });
      });
      if (imp.kind === 'money' && !imp.unit) {
        problems.push({
          campaign: c.id,
          field: `impact[${j}].unit`,
          message: 'money needs a currency unit (ISO 4217, e.g. USD)',
        });
      }
    });
  });
  return problems;
}

const isUnchangedValid = quickCheck(DatasetSchema);

export function parseDataset(raw: unknown): ParseResult {
  const problems = duplicateIds(raw);
  let dataset: Dataset;
  // Most files are valid: use them as they are, without valibot's copy and its garbage (10 000 campaigns in Chromium: about 120 ms less).
  if (isUnchangedValid?.(raw)) dataset = raw as Dataset;
  else {
    const result = v.safeParse(DatasetSchema, raw, { abortEarly: false });
    if (!result.success) {
      problems.unshift(...result.issues.map((issue) => issueToProblem(raw, issue)));
      return { ok: false, problems };
    }
    // narrative is optional in the schema only where it is kept apart (crossChecks).
    dataset = result.output as Dataset;
  }
  problems.push(...crossChecks(dataset));
  if (problems.length) return { ok: false, problems };
  // Past the boundary a narrative kept apart is an empty list, filled in when its file arrives.
  if (dataset.narratives !== undefined) for (const c of dataset.campaigns) c.narrative = [];
  return { ok: true, dataset };
}

const isUnchangedNarrative = quickCheck(NarrativeSchema);
const NOT_AN_OBJECT: DataProblem = {
  campaign: '',
  field: '(narratives)',
  message: 'must be an object: { "campaign-id": [paragraphs…] }',
};

/**
 * Checks the file a dataset's `narratives` names: one narrative for each of its
 * campaigns and no other, each valid and holding its campaign's quoted evidence.
 */
export function parseNarratives(raw: unknown, dataset: Dataset): NarrativesResult {
  return atOnce(narrativesSteps(raw, dataset, Infinity));
}

/**
 * `parseNarratives`, awaiting `pause` after every `every` campaigns: a file of
 * stories arrives while a reader is clicking, and no click should wait for all of it.
 */
export function parseNarrativesInSteps(
  raw: unknown,
  dataset: Dataset,
  pause: () => Promise<void>,
  every = 500,
): Promise<NarrativesResult> {
  return inSteps(narrativesSteps(raw, dataset, every), pause);
}

/**
 * The checks of `parseNarratives`, yielding after every `every` entries, then
 * campaigns. Entry by entry into a Map, not through `v.record`: valibot's record
 * leaves out the keys `constructor` and `prototype`, which are valid campaign ids.
 */
function* narrativesSteps(
  raw: unknown,
  dataset: Dataset,
  every: number,
): Generator<void, NarrativesResult> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, problems: [NOT_AN_OBJECT] };
  const narratives: Narratives = new Map();
  const problems: DataProblem[] = [];
  // JSON.parse makes every key an own property, `__proto__` included.
  for (const [i, [id, value]] of Object.entries(raw).entries()) {
    if (i > 0 && i % every === 0) yield;
    if (isUnchangedNarrative?.(value)) {
      narratives.set(id, value as Paragraph[]);
      continue;
    }
    const result = v.safeParse(NarrativeSchema, value, { abortEarly: false });
    if (result.success) narratives.set(id, result.output);
    else
      for (const issue of result.issues) {
        const keys = (issue.path ?? []).map((item) => item.key as string | number);
        const field = fieldPath(['narrative', ...keys]);
        problems.push({ campaign: id, field, message: receivedExcerpt(issue) });
      }
  }
  if (problems.length) return { ok: false, problems };
  const known = new Set<string>();
  for (const [i, c] of dataset.campaigns.entries()) {
    if (i > 0 && i % every === 0) yield;
    known.add(c.id);
    const narrative = narratives.get(c.id);
    if (narrative) problems.push(...narrativeChecks(c, narrative));
    else problems.push({ campaign: c.id, field: 'narrative', message: 'missing from this file' });
  }
  for (const id of narratives.keys())
    if (!known.has(id))
      problems.push({ campaign: id, field: '', message: 'no campaign of the dataset has this id' });
  return problems.length ? { ok: false, problems } : { ok: true, narratives };
}

/** Parses JSON text; a syntax error becomes a problem like any other. */
export function parseDatasetText(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [jsonProblem(error)] };
  }
  return parseDataset(raw);
}
