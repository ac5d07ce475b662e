/**
 * `npm run schema` writes data/campaigns.schema.json from the valibot schema;
 * `--check` fails when the checked-in file is stale. Editors use it for completion
 * and inline errors, so it says as much as JSON Schema can: the `v.check` rules of
 * schema.ts are rewritten by hand below (an enum of country codes, `contains`,
 * `if`/`then`), and the rules JSON Schema cannot state are left to `npm run check:data`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import type { RegexAction } from 'valibot';
import { DatasetSchema, IMPACT_KINDS, ONGOING } from '../src/lib/data/schema.ts';
import { ISO_COUNTRIES } from '../src/lib/geo/iso.ts';
import { isEntryPoint } from './entry-point.ts';

export const SCHEMA_FILE = 'data/campaigns.schema.json';

type Json = { [key: string]: unknown };

/**
 * The `v.check` actions of schema.ts, each rewritten by `expressChecks`. A new one
 * makes `npm run schema` fail until it is taught here, instead of vanishing silently.
 */
const KNOWN_CHECKS = 4;

/**
 * Patterns that need a RegExp flag, which JSON Schema has no way to say, rewritten
 * flag-free. Each accepts at least what the original accepts, so the JSON Schema is
 * never stricter than check:data. Unlisted flagged patterns fail `npm run schema`.
 */
const FLAGGED_PATTERNS: Record<string, string> = {
  // Tags are lowercase (\p{Ll}): without the u flag, refuse at least ASCII and Latin-1 capitals.
  '/^[\\p{Ll}\\d -]+$/u': '^[^A-ZÀ-ÖØ-Þ]+$',
};

/** Descriptions shown by editors, by path (`[]` = array items). */
const DESCRIPTIONS: Record<string, string> = {
  $schema: 'Path of this JSON Schema, for editors.',
  source: 'The document the campaigns come from.',
  'source.title': 'Title of the source document.',
  'source.publisher': 'Who published it.',
  'source.language': 'BCP 47 language tag of every text in the dataset, e.g. "fr".',
  'source.description': 'The introduction of the source document.',
  'source.file': 'Path of the source text, relative to this file.',
  'source.url': 'Where the source is published.',
  narratives:
    'A file of narratives apart, { "campaign-id": [paragraphs…] }, by a path relative to this file and inside its folder (no "..", no leading "/"). Campaigns then have no "narrative".',
  campaigns: 'The campaigns, in the order of the source document. Ids are unique.',
  'campaigns[].id': 'Stable lowercase ASCII slug, used in URLs. Unique in the dataset.',
  'campaigns[].title': 'The title as in the source (typos fixed are recorded in errata).',
  'campaigns[].date': `Month of the campaign as "YYYY-MM", or "${ONGOING}" for « En cours ».`,
  'campaigns[].outcome': `victory, partial, visibility, or ${ONGOING} (exactly when the date is "${ONGOING}").`,
  'campaigns[].outcomeEvidence':
    'Words of the narrative, quoted exactly, that justify the outcome.',
  'campaigns[].countries':
    'Countries of the campaign, each listed once; at least one has role "focus".',
  'campaigns[].countries[].code': 'ISO 3166-1 alpha-3 country code.',
  'campaigns[].countries[].role':
    'focus: where the issue is; target: where the targeted institution or company sits; action: where members or allies acted.',
  'campaigns[].countries[].note': 'What happened there, in a few words.',
  'campaigns[].countries[].evidence':
    'Words of the narrative, quoted exactly, that justify the role (when it is not obvious).',
  'campaigns[].impact': 'Figures the narrative states, one per measure.',
  'campaigns[].impact[].value': 'The number, written out in full (1 million is 1000000).',
  'campaigns[].impact[].label': 'What is counted, in the words of the narrative.',
  'campaigns[].impact[].kind': `One of ${IMPACT_KINDS.join(', ')}.`,
  'campaigns[].impact[].unit':
    'ISO 4217 currency code (required when kind is "money"), or "percent".',
  'campaigns[].impact[].qualifier': '"over" when the narrative says « plus de ».',
  'campaigns[].impact[].countries':
    "The countries the figure is about, among the campaign's (« En Chine, … »). Without it, the figure is credited on the map only when the campaign has a single focus country.",
  'campaigns[].impact[].evidence':
    'Words of the narrative, quoted exactly, that justify the kind (when it is not obvious).',
  'campaigns[].narrative':
    'The source text, word for word: paragraphs, and { "items": [...] } for a bulleted list. Required unless the dataset names a "narratives" file.',
  'campaigns[].errata':
    'Typos fixed in the title or narrative: replacing corrected by source gives back the source text.',
  'campaigns[].errata[].source': 'The text as the source writes it.',
  'campaigns[].errata[].corrected': 'The text as the dataset writes it.',
  'campaigns[].tags': 'Lowercase themes.',
  'campaigns[].partners': 'Organisations that campaigned with All Out.',
  'campaigns[].notes':
    "The speaker's notes for this campaign's slide: the presenter's console shows them, the stage never.",
  'campaigns[].targets': 'Institutions or companies the campaign addressed.',
  'campaigns[].dataNotes':
    'How this entry reads the source where no field can say it (a country left out, and why). Never shown.',
};

/** The node at `path` (`a.b[].c`); throws when schema.ts no longer has it. */
function at(root: Json, path: string): Json {
  let node = root;
  for (const part of path.split('.')) {
    const name = part.replace(/(\[\])+$/, '');
    const next = (node.properties as Json | undefined)?.[name] as Json | undefined;
    if (!next) throw new Error(`json-schema.ts: no field ${path} in DatasetSchema`);
    node = next;
    for (let depth = (part.length - name.length) / 2; depth > 0; depth--) {
      if (!node.items) throw new Error(`json-schema.ts: ${path} is not an array in DatasetSchema`);
      node = node.items as Json;
    }
  }
  return node;
}

/** The `v.check` rules of schema.ts, said in JSON Schema where it can. */
function expressChecks(root: Json): void {
  // Country codes are checked against iso.ts: list them, so editors complete them.
  // Listed once, referred to twice (a figure's countries must also be its campaign's: check:data says it).
  root.definitions = {
    countryCode: { type: 'string', enum: ISO_COUNTRIES.map((c) => c.alpha3).sort() },
  };
  for (const path of ['campaigns[].countries[].code', 'campaigns[].impact[].countries[]']) {
    const node = at(root, path);
    for (const key of Object.keys(node)) delete node[key];
    node.$ref = '#/definitions/countryCode';
  }
  // At least one focus country. ("Each country once" compares one field of the
  // items, which JSON Schema cannot say: check:data does.)
  Object.assign(at(root, 'campaigns[].countries'), {
    contains: { type: 'object', properties: { role: { const: 'focus' } }, required: ['role'] },
  });
  // Cross-field rules of parse.ts that JSON Schema can state.
  Object.assign(at(root, 'campaigns[]'), {
    if: { properties: { date: { const: ONGOING } }, required: ['date'] },
    then: { properties: { outcome: { const: ONGOING } } },
    else: { properties: { outcome: { not: { const: ONGOING } } } },
  });
  // Each narrative in one place: in its campaign, or in the file `narratives` names.
  const narrativeRequired = { required: ['narrative'] };
  Object.assign(root, {
    if: { required: ['narratives'] },
    then: { properties: { campaigns: { items: { not: narrativeRequired } } } },
    else: { properties: { campaigns: { items: narrativeRequired } } },
  });
  Object.assign(at(root, 'campaigns[].impact[]'), {
    if: { properties: { kind: { const: 'money' } }, required: ['kind'] },
    then: { required: ['unit'] },
  });
}

/** Keywords first in this order, then the rest alphabetically: output independent of the converter's. */
const KEY_ORDER = [
  '$schema',
  '$id',
  'title',
  'description',
  'type',
  'const',
  'enum',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'minLength',
  'minItems',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'contains',
  'anyOf',
  'if',
  'then',
  'else',
  'not',
];

function canonical(value: unknown, isMap = false): unknown {
  if (Array.isArray(value)) return value.map((item) => canonical(item));
  if (value === null || typeof value !== 'object') return value;
  const rank = (key: string) => {
    const i = KEY_ORDER.indexOf(key);
    return i === -1 ? KEY_ORDER.length : i;
  };
  // Field names keep the order of schema.ts; keywords are sorted.
  const keys = Object.keys(value);
  if (!isMap) keys.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return Object.fromEntries(
    keys.map((key) => [
      key,
      canonical((value as Json)[key], !isMap && (key === 'properties' || key === 'definitions')),
    ]),
  );
}

export function buildJsonSchema(): Json {
  let checks = 0;
  const schema = toJsonSchema(DatasetSchema, {
    errorMode: 'throw',
    // trim transforms: nothing to say about it.
    ignoreActions: ['trim'],
    overrideAction: ({ valibotAction, jsonSchema }) => {
      if (valibotAction.type === 'check') {
        checks++;
        return jsonSchema; // expressed by expressChecks
      }
      if (valibotAction.type === 'regex') {
        const pattern =
          FLAGGED_PATTERNS[String((valibotAction as RegexAction<string, undefined>).requirement)];
        return pattern ? { ...jsonSchema, pattern } : undefined;
      }
      return undefined;
    },
  }) as Json;
  if (checks !== KNOWN_CHECKS) {
    throw new Error(
      `json-schema.ts: DatasetSchema has ${checks} v.check actions, expected ${KNOWN_CHECKS}: ` +
        'express the new one in expressChecks (or say why JSON Schema cannot) and update KNOWN_CHECKS',
    );
  }
  expressChecks(schema);
  for (const [path, description] of Object.entries(DESCRIPTIONS)) {
    at(schema, path).description = description;
  }
  return canonical({
    ...schema,
    $id: 'campaigns.schema.json',
    title: 'Campaign explorer dataset',
    description:
      'All Out campaigns from a source document: dates, outcomes, countries (ISO 3166-1 alpha-3 and role), impact figures and the narrative word for word. Generated from src/lib/data/schema.ts by `npm run schema`: do not edit by hand. `npm run check:data` checks what JSON Schema cannot (unique ids and countries, quotes found in the narrative).',
  }) as Json;
}

/** The file's exact text: 2-space JSON and a final newline. */
export function jsonSchemaText(): string {
  return JSON.stringify(buildJsonSchema(), null, 2) + '\n';
}

function main(args: readonly string[]): number {
  const text = jsonSchemaText();
  if (!args.includes('--check')) {
    writeFileSync(SCHEMA_FILE, text);
    console.log(`wrote ${SCHEMA_FILE}`);
    return 0;
  }
  let current: string | undefined;
  try {
    current = readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    // missing: out of date too
  }
  if (current !== text) {
    console.error(`${SCHEMA_FILE} is out of date: run npm run schema`);
    return 1;
  }
  console.log(`${SCHEMA_FILE} is up to date`);
  return 0;
}

if (isEntryPoint(import.meta.url)) process.exitCode = main(process.argv.slice(2));
