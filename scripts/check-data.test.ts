// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISO_COUNTRIES } from '../src/lib/geo/iso';
import { checkDataFile, dataFileFrom, DEFAULT_DATA_FILE, isInside } from './check-data-lib';
import { buildJsonSchema, jsonSchemaText, SCHEMA_FILE } from './json-schema';

const BROKEN = 'tests/fixtures/broken';
const broken = (name: string) => `${BROKEN}/${name}.json`;

/**
 * Each fixture is tests/fixtures/valid-small.json with one fault, and the line a
 * maintainer reads after `file › `. A RegExp where the runtime words part of it.
 */
const CASES: Record<string, string | RegExp> = {
  'unknown-country':
    'chine-free-the-five › countries[0].code: unknown ISO 3166-1 alpha-3 code "XXX"',
  'month-out-of-range':
    'chine-free-the-five › date: date must be "YYYY-MM" (month 01–12) or "ongoing"',
  'date-in-words': 'egalite-au-paraguay › date: date must be "YYYY-MM" (month 01–12) or "ongoing"',
  'duplicate-id': 'chine-free-the-five › id: duplicate id (campaigns #1 and #3)',
  'empty-narrative': 'egalite-au-paraguay › narrative: narrative must not be empty',
  'empty-paragraph': 'chine-free-the-five › narrative[1]: paragraph must not be empty',
  'missing-title': 'jeux-de-sotchi › title: is required',
  'id-not-a-slug': 'Chine-FreeThe5-é › id: id must be a lowercase ASCII slug (a-z, 0-9, -)',
  'value-as-string':
    'chine-free-the-five › impact[0].value: value must be a number (write 1 million as 1000000)',
  'negative-value': 'egalite-au-paraguay › impact[0].value: value must not be negative',
  'value-too-large':
    'chine-free-the-five › impact[0].value: value must be at most 9007199254740991',
  'unknown-impact-kind':
    'chine-free-the-five › impact[0].kind: kind must be one of mobilised, reached, money, result, other',
  'unknown-outcome':
    'egalite-au-paraguay › outcome: outcome must be one of victory, partial, visibility, ongoing',
  'unknown-role': 'jeux-de-sotchi › countries[1].role: role must be one of focus, target, action',
  'no-focus-country': 'jeux-de-sotchi › countries: at least one country must have role "focus"',
  'country-twice': 'chine-free-the-five › countries: a country is listed twice',
  'unknown-field': 'egalite-au-paraguay › titel: unknown field (not in the schema: a typo?)',
  'invalid-json': /^\(json\): not valid JSON: .+/,
  'evidence-not-in-narrative':
    'chine-free-the-five › outcomeEvidence: must quote the narrative word for word',
  'erratum-not-applied':
    'egalite-au-paraguay › errata[0].corrected: the corrected text does not appear in the title or narrative',
  'money-without-unit':
    'chine-free-the-five › impact[3].unit: money needs a currency unit (ISO 4217, e.g. USD)',
  'currency-not-iso':
    'chine-free-the-five › impact[3].unit: unit must be an ISO 4217 currency code (USD) or "percent"',
  'tag-not-lowercase': 'chine-free-the-five › tags[0]: tags are lowercase',
  'no-campaigns': 'campaigns: campaigns must not be empty',
  'missing-publisher': 'source.publisher: is required',
  'ongoing-date-with-victory':
    'chine-free-the-five › outcome: an "ongoing" date and an "ongoing" outcome go together',
  // valid-small.json with one « é » written in Latin-1.
  'not-utf8': '(encoding): not valid UTF-8 at byte 197',
};

describe('checkDataFile', () => {
  it('has an expected line for every broken fixture, and a fixture for every line', () => {
    const fixtures = readdirSync(BROKEN).map((f) => f.replace(/\.json$/, ''));
    expect(fixtures.sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.entries(CASES))(
    'refuses %s with one line: file › campaign › field',
    (name, line) => {
      const { ok, lines } = checkDataFile(broken(name));
      expect(ok).toBe(false);
      expect(lines).toHaveLength(1);
      const prefix = `${broken(name)} › `;
      expect(lines[0]!.startsWith(prefix), lines[0]).toBe(true);
      const rest = lines[0]!.slice(prefix.length);
      if (typeof line === 'string') expect(rest).toBe(line);
      else expect(rest).toMatch(line);
    },
  );

  it('accepts the real dataset and sums it up', () => {
    expect(checkDataFile('data/campaigns.json')).toEqual({
      ok: true,
      lines: ['data/campaigns.json: 13 campaigns, 30 impact figures, 13 countries — OK'],
    });
  });

  it('accepts the small dataset the fixtures derive from', () => {
    expect(checkDataFile('tests/fixtures/valid-small.json')).toEqual({
      ok: true,
      lines: ['tests/fixtures/valid-small.json: 3 campaigns, 11 impact figures, 5 countries — OK'],
    });
  });

  it('reads a file that starts with a byte order mark, as the browser does', () => {
    expect(checkDataFile('tests/fixtures/valid-small-bom.json')).toEqual({
      ok: true,
      lines: [
        'tests/fixtures/valid-small-bom.json: 3 campaigns, 11 impact figures, 5 countries — OK',
      ],
    });
  });

  it('checks a dataset whose narratives are in a file apart, and that file', () => {
    const split = 'tests/fixtures/split';
    expect(checkDataFile(`${split}/valid.json`).lines).toEqual([
      `${split}/valid.json: 3 campaigns, 11 impact figures, 5 countries (narratives in ${split}/valid.narratives.json) — OK`,
    ]);
    expect(checkDataFile(`${split}/narrative-missing.json`)).toEqual({
      ok: false,
      lines: [
        `${split}/narrative-missing.narratives.json › egalite-au-paraguay › narrative: missing from this file`,
      ],
    });
    expect(checkDataFile(`${split}/no-narratives-file.json`).lines).toEqual([
      `${split}/missing.narratives.json: cannot read the file: no such file (named by ${split}/no-narratives-file.json)`,
    ]);
  });

  it('reads no narratives file outside the dataset folder, and quotes little of any file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-data-'));
    try {
      const secret = 'TOP-SECRET-' + 'x'.repeat(200);
      writeFileSync(join(dir, 'secret.json'), JSON.stringify({ secret }));
      mkdirSync(join(dir, 'a', 'b'), { recursive: true });
      const split = JSON.parse(readFileSync('tests/fixtures/split/valid.json', 'utf8'));
      const rule =
        'narratives: narratives must be a relative path inside the dataset folder (no scheme, no leading / or \\, no ..)';
      for (const narratives of ['../../secret.json', join(dir, 'secret.json'), '/etc/passwd']) {
        const file = join(dir, 'a', 'b', 'd.json');
        writeFileSync(file, JSON.stringify({ ...split, narratives }));
        expect(checkDataFile(file)).toEqual({ ok: false, lines: [`${file} › ${rule}`] });
      }
      // A file that is not JSON at all: the line quotes a few characters of it at most.
      const text = join(dir, 'a', 'notes.json');
      writeFileSync(text, `${secret}\n`.repeat(100));
      const [line] = checkDataFile(text).lines;
      expect(line).toMatch(/ › \(json\): not valid JSON: /);
      expect(line!.length).toBeLessThan(text.length + 100);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('knows a file inside the dataset folder from one outside it', () => {
    expect(isInside('data', 'data/n.json')).toBe(true);
    expect(isInside('data', 'data/sub/..n.json')).toBe(true);
    expect(isInside('data', 'data/../secret.json')).toBe(false);
    expect(isInside('data', 'data')).toBe(false);
    expect(isInside('data', '/etc/passwd')).toBe(false);
  });

  it('shows a path inside the working directory relative to it', () => {
    const { lines } = checkDataFile(`${process.cwd()}/${broken('missing-title')}`);
    expect(lines[0]).toMatch(/^tests\/fixtures\/broken\/missing-title\.json › /);
  });

  it('says so in one line when the file cannot be read', () => {
    expect(checkDataFile('tests/fixtures/nope.json')).toEqual({
      ok: false,
      lines: ['tests/fixtures/nope.json: cannot read the file: no such file'],
    });
    expect(checkDataFile('tests/fixtures').lines).toEqual([
      'tests/fixtures: cannot read the file: it is a directory',
    ]);
  });
});

describe('dataFileFrom', () => {
  it('takes the argument first, then $DATA, then the default dataset', () => {
    expect(dataFileFrom(['a.json'], { DATA: 'b.json' })).toBe('a.json');
    expect(dataFileFrom([], { DATA: 'b.json' })).toBe('b.json');
    expect(dataFileFrom([], {})).toBe(DEFAULT_DATA_FILE);
    expect(dataFileFrom([], { DATA: '' })).toBe('data/campaigns.json');
  });
});

// Each test spawns tsx (a second or more on a loaded machine): a process's time, not the code's.
describe('npm run check:data', { timeout: 30_000 }, () => {
  const run = (file: string) => {
    try {
      const stdout = execFileSync('npx', ['tsx', 'scripts/check-data.ts', file], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
      return { code: 0, out: stdout };
    } catch (error) {
      const e = error as { status: number; stderr: string };
      return { code: e.status, out: e.stderr };
    }
  };

  it('exits 1 and prints the problem for a broken dataset', () => {
    const { code, out } = run(broken('unknown-country'));
    expect(code).toBe(1);
    expect(out).toContain(
      'tests/fixtures/broken/unknown-country.json › chine-free-the-five › countries[0].code: unknown ISO 3166-1 alpha-3 code "XXX"\n1 problem found.\n',
    );
  });

  it('exits 0 and prints the summary for a valid dataset', () => {
    expect(run('tests/fixtures/valid-small.json')).toEqual({
      code: 0,
      out: 'tests/fixtures/valid-small.json: 3 campaigns, 11 impact figures, 5 countries — OK\n',
    });
  });

  it('drops a byte order mark and refuses bytes that are not UTF-8, naming the offset', () => {
    expect(run('tests/fixtures/valid-small-bom.json').code).toBe(0);
    expect(run(broken('not-utf8'))).toEqual({
      code: 1,
      out: 'tests/fixtures/broken/not-utf8.json › (encoding): not valid UTF-8 at byte 197\n1 problem found.\n',
    });
  });
});

describe('npm run build', { timeout: 60_000 }, () => {
  it('refuses a bad dataset with the same message', () => {
    let failure = '';
    try {
      execFileSync('npm', ['run', 'build', '--', '--outDir', 'dist-refused'], {
        encoding: 'utf8',
        stdio: 'pipe',
        env: { ...process.env, DATA: broken('duplicate-id') },
      });
    } catch (error) {
      failure = (error as { stderr: string }).stderr;
    }
    expect(failure).toContain(
      'tests/fixtures/broken/duplicate-id.json › chine-free-the-five › id: duplicate id',
    );
  });
});

describe('npm run schema', () => {
  interface Node {
    title?: string;
    description?: string;
    const?: unknown;
    enum?: string[];
    required?: string[];
    properties?: Record<string, Node>;
    items?: Node;
    contains?: Node;
    then?: Node;
    definitions?: Record<string, Node>;
    $ref?: string;
  }
  const schema = buildJsonSchema() as Node;
  const campaign = schema.properties!.campaigns!.items!;

  it('wrote the checked-in data/campaigns.schema.json (2 spaces, final newline)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(jsonSchemaText());
    expect(jsonSchemaText()).toMatch(/^\{\n {2}"\$schema": .*\n\}\n$/s);
  });

  it('lists every ISO 3166-1 alpha-3 code for a country code', () => {
    const ref = campaign.properties!.countries!.items!.properties!.code!;
    expect(ref).toMatchObject({ $ref: '#/definitions/countryCode' });
    const code = schema.definitions!.countryCode!;
    expect(code.enum).toHaveLength(ISO_COUNTRIES.length);
    expect(code.enum).toContain('CHN');
    expect(code.enum).not.toContain('XXX');
  });

  it('says what JSON Schema can of the cross-field rules', () => {
    // At least one country with the focus role.
    expect(campaign.properties!.countries!.contains).toEqual({
      type: 'object',
      properties: { role: { const: 'focus' } },
      required: ['role'],
    });
    expect(campaign.properties!.impact!.items!.then!.required).toEqual(['unit']); // money
    expect(campaign.then!.properties!.outcome!.const).toBe('ongoing'); // ongoing together
  });

  it('has a title, and a description on every field', () => {
    expect(schema.title).toBeTruthy();
    const undescribed: string[] = [];
    const walk = (node: Node, path: string) => {
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (!child.description) undescribed.push(`${path}${key}`);
        walk(child.items ?? child, `${path}${key}${child.items ? '[]' : ''}.`);
      }
    };
    walk(schema, '');
    expect(undescribed).toEqual([]);
  });
});
