/**
 * `npm run schema` writes data/campaigns.schema.json from the valibot schema;
 * `--check` fails when the checked-in file is stale. Editors use it for completion.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema } from '../src/lib/data/schema.ts';
import { ISO_COUNTRIES } from '../src/lib/geo/iso.ts';

const FILE = 'data/campaigns.schema.json';

type Json = { [key: string]: unknown };

export function buildJsonSchema(): Json {
  const schema = toJsonSchema(DatasetSchema, { errorMode: 'ignore' }) as Json;
  const campaign = (schema.properties as Json).campaigns as Json;
  const country = ((((campaign.items as Json).properties as Json).countries as Json).items as Json)
    .properties as Json;
  // `v.check` cannot be expressed in JSON Schema: spell the country codes out instead.
  country.code = {
    type: 'string',
    description: 'ISO 3166-1 alpha-3 country code',
    enum: ISO_COUNTRIES.map((c) => c.alpha3).sort(),
  };
  return {
    $schema: schema.$schema,
    $id: 'campaigns.schema.json',
    title: 'Campaign explorer dataset',
    description:
      'Campaigns with dates, outcomes, countries (ISO alpha-3 and role), impact figures and the source narrative. Generated from src/lib/data/schema.ts by `npm run schema`: do not edit by hand.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

const text = JSON.stringify(buildJsonSchema(), null, 2) + '\n';
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(FILE, 'utf8');
  } catch {
    // missing: reported below
  }
  if (current !== text) {
    console.error(`${FILE} is out of date: run npm run schema`);
    process.exit(1);
  }
  console.log(`${FILE} is up to date`);
} else {
  writeFileSync(FILE, text);
  console.log(`wrote ${FILE}`);
}
