// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkDataFile } from './check-data-lib';

const broken = (name: string) => `tests/fixtures/broken/${name}.json`;

// Each fixture is a small valid dataset with one fault, and the line a maintainer reads.
const CASES: [string, string][] = [
  [
    'unknown-country',
    'chine-free-the-five › countries[0].code: unknown ISO 3166-1 alpha-3 code "XXX"',
  ],
  [
    'month-out-of-range',
    'chine-free-the-five › date: date must be "YYYY-MM" (month 01–12) or "ongoing"',
  ],
  ['date-in-words', 'egalite-au-paraguay › date: date must be "YYYY-MM"'],
  ['duplicate-id', 'chine-free-the-five › id: duplicate id (campaigns #1 and #3)'],
  ['empty-narrative', 'egalite-au-paraguay › narrative: narrative must not be empty'],
  ['empty-paragraph', 'chine-free-the-five › narrative[1]: paragraph must not be empty'],
  ['missing-title', 'jeux-de-sotchi › title: is required'],
  ['id-not-a-slug', 'Chine-FreeThe5-é › id: id must be a lowercase ASCII slug'],
  ['value-as-string', 'chine-free-the-five › impact[0].value: value must be a number'],
  ['unknown-impact-kind', 'chine-free-the-five › impact[0].kind: kind must be one of mobilised'],
  ['unknown-outcome', 'egalite-au-paraguay › outcome: outcome must be one of victory'],
  ['no-focus-country', 'jeux-de-sotchi › countries: at least one country must have role "focus"'],
  ['country-twice', 'chine-free-the-five › countries: a country is listed twice'],
  ['unknown-field', 'egalite-au-paraguay › titel: unknown field'],
  ['invalid-json', 'invalid-json.json › (json): not valid JSON'],
  ['evidence-not-in-narrative', 'chine-free-the-five › outcomeEvidence: must quote the narrative'],
  [
    'erratum-not-applied',
    'egalite-au-paraguay › errata[0].corrected: the corrected text does not appear',
  ],
  ['money-without-unit', 'chine-free-the-five › impact[3].unit: money needs a currency unit'],
  ['no-campaigns', 'no-campaigns.json › campaigns: campaigns must not be empty'],
  ['missing-publisher', 'missing-publisher.json › source.publisher: is required'],
  [
    'ongoing-date-with-victory',
    'chine-free-the-five › outcome: an "ongoing" date and an "ongoing" outcome go together',
  ],
];

describe('checkDataFile', () => {
  it.each(CASES)('refuses %s with a line naming the file, campaign and field', (name, expected) => {
    const { ok, lines } = checkDataFile(broken(name));
    expect(ok).toBe(false);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`tests/fixtures/broken/${name}.json`);
    expect(lines[0]).toContain(expected);
  });

  it('accepts the real dataset and sums it up', () => {
    expect(checkDataFile('data/campaigns.json')).toEqual({
      ok: true,
      lines: ['data/campaigns.json: 13 campaigns, 30 impact figures, 14 countries — OK'],
    });
  });

  it('says so when the file cannot be read', () => {
    const { ok, lines } = checkDataFile('tests/fixtures/nope.json');
    expect(ok).toBe(false);
    expect(lines[0]).toMatch(/^tests\/fixtures\/nope\.json: cannot read the file/);
  });
});

describe('npm run check:data', () => {
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
    expect(out).toContain('countries[0].code: unknown ISO 3166-1 alpha-3 code "XXX"');
  });

  it('exits 0 for a valid dataset', () => {
    expect(run('tests/fixtures/valid-small.json')).toMatchObject({ code: 0 });
  });
});

describe('npm run build', () => {
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
