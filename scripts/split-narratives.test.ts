// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readDataset } from './check-data-lib';
import { narrativesName } from './split-narratives';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('npm run data:split', () => {
  it('names the narratives file after the output', () => {
    expect(narrativesName('out/big.json')).toBe('big.narratives.json');
    expect(narrativesName('big')).toBe('big.narratives.json');
  });

  it('writes two files that read back as the same campaigns and narratives', () => {
    const dir = mkdtempSync(join(tmpdir(), 'split-'));
    dirs.push(dir);
    const out = join(dir, 'big.json');
    const printed = execFileSync(
      'npx',
      ['tsx', 'scripts/split-narratives.ts', 'data/campaigns.json', out],
      { encoding: 'utf8' },
    );
    expect(printed).toContain(
      `wrote ${out} and ${join(dir, 'big.narratives.json')} (13 campaigns)`,
    );
    const file = JSON.parse(readFileSync(out, 'utf8'));
    expect(file.narratives).toBe('big.narratives.json');
    expect(file.campaigns.some((c: object) => 'narrative' in c)).toBe(false);

    const original = readDataset('data/campaigns.json');
    const split = readDataset(out);
    if (!original.ok || !split.ok) throw new Error('unreadable');
    expect(split.narratives).toEqual(original.narratives);
    expect(split.dataset.campaigns.map(({ narrative: _, ...c }) => c)).toEqual(
      original.dataset.campaigns.map(({ narrative: _, ...c }) => c),
    );
  });

  it('keeps the stories of campaigns whose ids are also names of Object.prototype', () => {
    const dir = mkdtempSync(join(tmpdir(), 'split-'));
    dirs.push(dir);
    const out = join(dir, 'odd.json');
    execFileSync('npx', ['tsx', 'scripts/split-narratives.ts', 'tests/fixtures/odd-ids.json', out]);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'odd.narratives.json'), 'utf8')))).toEqual(
      ['constructor', 'prototype', 'jeux-de-sotchi'],
    );
    const original = readDataset('tests/fixtures/odd-ids.json');
    const split = readDataset(out);
    if (!original.ok || !split.ok) throw new Error('unreadable');
    expect(split.narratives).toEqual(original.narratives);
    expect(split.narratives.get('constructor')).toEqual(original.dataset.campaigns[0]!.narrative);
  });

  it('refuses to write over the original', () => {
    const dir = mkdtempSync(join(tmpdir(), 'split-'));
    dirs.push(dir);
    const original = join(dir, 'campaigns.json');
    copyFileSync('data/campaigns.json', original);
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync(
        'npx',
        ['tsx', 'scripts/split-narratives.ts', original, `${dir}/./campaigns.json`],
        {
          stdio: 'pipe',
          encoding: 'utf8',
        },
      );
    } catch (error) {
      failure = error as { status: number; stderr: string };
    }
    expect(failure?.status).toBe(2);
    expect(failure?.stderr).toContain('so that the original stays');
    expect(readFileSync(original, 'utf8')).toBe(readFileSync('data/campaigns.json', 'utf8'));
  });

  it('refuses a broken dataset with its problems and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'split-'));
    dirs.push(dir);
    const out = join(dir, 'x.json');
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync(
        'npx',
        ['tsx', 'scripts/split-narratives.ts', 'tests/fixtures/broken/unknown-country.json', out],
        { stdio: 'pipe', encoding: 'utf8' },
      );
    } catch (error) {
      failure = error as { status: number; stderr: string };
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toContain('countries[0].code: unknown ISO 3166-1 alpha-3 code "XXX"');
    expect(() => readFileSync(out)).toThrow();
  });
});
