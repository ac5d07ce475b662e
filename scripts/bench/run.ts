/**
 * `npm run bench [-- --no-build --reps 5 --sizes 13,1000,10000 --timeout 60 --seed 1 --split]`:
 * builds the app, serves it with synthetic datasets on one origin, and times it
 * in the system Chromium (no CPU throttling): time to interactive, click to
 * painted panel, frames while hovering the map and dragging the period, JS heap.
 * `--split` serves each dataset with its narratives in a file apart (`npm run data:split`).
 * Prints a table against the floors and writes reports/bench.json. A benchmark,
 * not a gate: exits 1 only when a dataset is invalid, the build fails or the
 * page cannot load.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { frenchTypography } from '../../src/lib/format/typography.ts';
import { fr } from '../../src/lib/i18n/fr.ts';
import { BROWSER_ARGS, findBrowser } from '../browser.ts';
import { serveStatic } from '../serve-static.ts';
import { splitNarratives } from '../split-narratives.ts';
import { generateDataset, generateDatasetText } from './generate.ts';
import * as act from './interactions.ts';
import { probeScript, type Ready } from './probe.ts';

const argv = process.argv.slice(2);
const option = (flag: string, fallback: string) => {
  const i = argv.indexOf(flag);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
};
const SIZES = option('--sizes', '13,1000,10000').split(',').map(Number);
const REPS = Number(option('--reps', '5'));
const STEP_TIMEOUT = Number(option('--timeout', '60')) * 1000;
const SEED = Number(option('--seed', '1'));
const SPLIT = argv.includes('--split');
/** A laptop: wide enough for the desktop layout (panel beside the map). */
const VIEWPORT = { width: 1366, height: 768 };

type Interaction = 'hover' | 'selection' | 'drag';
type Step = 'interactive' | 'heap' | Interaction;

interface Run extends act.Measures {
  rep: number;
  drawnMs?: number;
  interactiveMs?: number;
  longTasks?: number;
  longestTaskMs?: number;
  milestones?: Record<string, number | [number, number]>;
  heapMB?: number;
  /** Steps that hit the timeout. */
  timedOut: Step[];
  /** Steps not tried: they timed out on two earlier loads (counted as timed out). */
  skipped: Step[];
  errors: string[];
  pageErrors: string[];
}

// prettier-ignore
const METRICS: { key: string; label: string; unit: string; step: Step; of: (r: Run) => number | number[] | undefined }[] = [
  { key: 'interactive', label: 'time to interactive', unit: 'ms', step: 'interactive', of: (r) => r.interactiveMs },
  { key: 'drawn', label: 'map + timeline painted', unit: 'ms', step: 'interactive', of: (r) => r.drawnMs },
  { key: 'selection', label: 'click → panel painted', unit: 'ms', step: 'selection', of: (r) => r.selectionMs },
  { key: 'selectionFrames', label: 'click → panel painted', unit: 'frames', step: 'selection', of: (r) => r.selectionFrames },
  { key: 'drag', label: 'frame, dragging period', unit: 'ms', step: 'drag', of: (r) => r.dragFrames },
  { key: 'hover', label: 'frame, hovering map', unit: 'ms', step: 'hover', of: (r) => r.hoverFrames },
  { key: 'heap', label: 'JS heap after load', unit: 'MB', step: 'heap', of: (r) => r.heapMB },
];

/**
 * Checked against p95: 10 000 campaigns stay usable, 13 stay within one frame. For a
 * click, "within one frame" is "painted in the next frame" (fewer than 2): its time in
 * ms also counts the wait for that frame's start, 0 to 16.7 ms whatever the work.
 */
const FRAME = 16.7;
const FLOORS: Record<number, Record<string, number>> = {
  10000: { interactive: 1000, selection: 50, drag: FRAME },
  13: { selectionFrames: 2, drag: FRAME, hover: FRAME },
};

const newRun = (rep: number): Run => ({
  rep,
  hoverFrames: [],
  selectionMs: [],
  selectionFrames: [],
  dragFrames: [],
  timedOut: [],
  skipped: [],
  errors: [],
  pageErrors: [],
});

class TimedOut extends Error {}
/** The page cannot load (HTTP error, the app's data error page): exit 1. */
class Fatal extends Error {}

async function within<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut()), STEP_TIMEOUT);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** A fresh context (no cache, no state) with the probe, navigated and interactive. */
async function open(browser: Browser, url: string, dataPath: string, run: Run) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR' });
  const page = await context.newPage();
  page.on('pageerror', (error) => run.pageErrors.push(error.message));
  const errorText = fr.dataUnusable(dataPath).replace(/\s*:$/, '');
  const args = { mapName: fr.map, listName: fr.list, closeName: fr.close, errorText };
  await page.addInitScript({ content: probeScript(args) });
  try {
    const response = await within(page.goto(url, { waitUntil: 'load', timeout: 0 }));
    if (!response?.ok()) throw new Fatal(`${url}: HTTP ${response?.status()}`);
    const ready: Ready = await within(
      page.evaluate((q) => window.__bench.interactive(q), act.QUIET_MS),
    );
    if ('error' in ready) throw new Fatal(`the app shows a data error:\n${ready.error}`);
    return { context, page, ready };
  } catch (error) {
    await shut(context);
    throw error;
  }
}

/** A page stuck in a long task can make close() hang too: never wait for it long. */
const shut = (context: BrowserContext) =>
  Promise.race([context.close(), new Promise((resolve) => setTimeout(resolve, 5000))]);

async function measureLoad(
  browser: Browser,
  url: string,
  dataPath: string,
  run: Run,
  titles: Set<string>,
  skip: Set<Step>,
) {
  let first: Awaited<ReturnType<typeof open>>;
  try {
    first = await open(browser, url, dataPath, run);
  } catch (error) {
    if (!(error instanceof TimedOut)) throw error;
    return void run.timedOut.push('interactive', 'heap', 'hover', 'selection', 'drag');
  }
  const { ready } = first;
  let session: { context: BrowserContext; page: Page } | undefined = first;
  Object.assign(run, {
    drawnMs: ready.drawn,
    interactiveMs: ready.interactive,
    longTasks: ready.longTasks,
    longestTaskMs: ready.longestTask,
    milestones: ready.milestones,
  });
  try {
    const cdp = await first.context.newCDPSession(first.page);
    // After a GC: the heap the app keeps, not the garbage of loading.
    await within(cdp.send('HeapProfiler.collectGarbage'));
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    if (used !== undefined) run.heapMB = used / 2 ** 20;
  } catch (error) {
    if (error instanceof TimedOut) run.timedOut.push('heap');
    else run.errors.push(`heap: ${(error as Error).message.split('\n')[0]}`);
  }
  const steps: Record<Interaction, (page: Page) => Promise<void>> = {
    hover: (page) => act.hoverMap(page, run),
    selection: (page) => act.selectSome(page, run, titles, run.rep),
    drag: (page) => act.dragPeriod(page, run),
  };
  // Each interaction is timed on its own: after a timeout, a fresh page for the next.
  for (const step of ['hover', 'selection', 'drag'] as const) {
    if (skip.has(step)) {
      run.skipped.push(step);
      continue;
    }
    try {
      session ??= await open(browser, url, dataPath, run);
      await within(steps[step](session.page));
    } catch (error) {
      if (error instanceof Fatal) throw error;
      if (error instanceof TimedOut) run.timedOut.push(step);
      else run.errors.push(`${step}: ${(error as Error).message.split('\n')[0]}`);
      if (session) await shut(session.context);
      session = undefined;
    }
  }
  if (session) await shut(session.context);
}

function summarise(runs: Run[], size: number) {
  const quantile = (sorted: number[], q: number) =>
    sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!; // nearest rank: of 5 loads, p95 is the slowest
  return METRICS.map((m) => {
    const samples = runs.flatMap((r) => m.of(r) ?? []).sort((a, b) => a - b);
    const timeouts = runs.filter((r) => [...r.timedOut, ...r.skipped].includes(m.step)).length;
    const floor = FLOORS[size]?.[m.key];
    const mid = samples.length / 2;
    const stats = samples.length
      ? {
          median:
            samples.length % 2
              ? samples[Math.floor(mid)]!
              : (samples[mid - 1]! + samples[mid]!) / 2,
          p95: quantile(samples, 0.95),
        }
      : {};
    // A timeout took longer than any floor: it fails it. Nothing measured: no verdict.
    const measured = samples.length > 0 || timeouts > 0;
    const pass =
      floor === undefined || !measured ? undefined : !timeouts && (stats.p95 ?? Infinity) < floor;
    return { ...m, of: undefined, n: samples.length, ...stats, timeouts, floor, pass };
  });
}

const fmt = (n: number | undefined) =>
  n === undefined ? '—' : n >= 100 ? n.toFixed(0) : n.toFixed(1);

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(1);
}

/** Beside `campaigns-N.json` when `--split`. */
const narrativesFile = (size: number) => `campaigns-${size}.narratives.json`;

async function main() {
  const datasets = new Map<number, { text: string; narratives?: string; titles: Set<string> }>();
  for (const size of SIZES) {
    try {
      let text = generateDatasetText(size, SEED);
      const dataset = generateDataset(size, SEED);
      const titles = dataset.campaigns.map((c) => frenchTypography(c.title));
      let narratives: string | undefined;
      if (SPLIT) {
        const split = splitNarratives(dataset, narrativesFile(size));
        // As `npm run data:split` writes them: without indentation.
        text = JSON.stringify(split.dataset);
        narratives = JSON.stringify(split.narratives);
      }
      datasets.set(size, { text, narratives, titles: new Set(titles) });
    } catch (error) {
      fail(`dataset of ${size} campaigns: ${(error as Error).message}`);
    }
  }
  if (!argv.includes('--no-build')) {
    console.log('bench: npm run build …');
    const build = spawnSync('npm', ['run', 'build'], { encoding: 'utf8' });
    if (build.status !== 0) {
      console.error(`${build.stdout}\n${build.stderr}`.trim().split('\n').slice(-30).join('\n'));
      fail('the build failed (--no-build uses the existing dist/)');
    }
  }
  if (!existsSync('dist/index.html')) fail('dist/index.html is missing: build the app first');
  const executablePath = findBrowser();
  if (!executablePath) fail('no Chromium found (apt-get install -y chromium, or set CHROME_PATH)');

  // A copy of dist/ with the datasets beside it: one origin, as `?data=` requires.
  const root = mkdtempSync(join(tmpdir(), 'campaign-bench-'));
  cpSync('dist', root, { recursive: true });
  mkdirSync(join(root, 'bench-data'));
  const dataPath = (size: number) => `bench-data/campaigns-${size}.json`;
  for (const [size, { text, narratives }] of datasets) {
    writeFileSync(join(root, dataPath(size)), text);
    if (narratives) writeFileSync(join(root, 'bench-data', narrativesFile(size)), narratives);
  }
  const server = await serveStatic({ dir: root });
  const browser = await chromium.launch({ executablePath, args: BROWSER_ARGS });
  const urlOf = (size: number) => `${server.origin}/?data=${dataPath(size)}`;

  const fatal: string[] = [];
  const results = [];
  try {
    // The browser's first page pays for its start-up: one load, uncounted.
    await open(browser, urlOf(SIZES[0]!), dataPath(SIZES[0]!), newRun(0))
      .then(({ context }) => shut(context))
      .catch(() => undefined); // the measured loads report it
    for (const size of SIZES) {
      const runs: Run[] = [];
      const skip = new Set<Step>();
      for (let rep = 1; rep <= REPS; rep++) {
        const run = newRun(rep);
        runs.push(run);
        process.stdout.write(`bench: ${size} campaigns, load ${rep}/${REPS} … `);
        try {
          await measureLoad(
            browser,
            urlOf(size),
            dataPath(size),
            run,
            datasets.get(size)!.titles,
            skip,
          );
        } catch (error) {
          fatal.push(`${size} campaigns: ${(error as Error).message}`);
          console.log('cannot load');
          break;
        }
        const tti =
          run.interactiveMs === undefined
            ? 'not interactive'
            : `interactive ${fmt(run.interactiveMs)} ms`;
        const notes = [
          run.timedOut.length ? `timed out: ${run.timedOut.join(', ')}` : '',
          run.skipped.length ? `skipped after two timeouts: ${run.skipped.join(', ')}` : '',
          run.errors.length ? `errors: ${run.errors.join('; ')}` : '',
        ];
        console.log([tti, ...notes.filter(Boolean)].join(', '));
        // A step that timed out twice will again: spare the wait on the remaining loads.
        for (const step of run.timedOut)
          if (runs.filter((r) => r.timedOut.includes(step)).length >= 2) skip.add(step);
        if (skip.has('interactive')) break;
      }
      const dragMethods = [...new Set(runs.flatMap((r) => r.dragMethod ?? []))];
      const { text } = datasets.get(size)!;
      results.push({ size, bytes: text.length, dragMethods, metrics: summarise(runs, size), runs });
    }
  } finally {
    const chromiumVersion = browser.version();
    await browser.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
    report(results, fatal, chromiumVersion);
  }
  if (fatal.length) fail(`the page could not load:\n${fatal.join('\n')}`);
}

function report(
  results: {
    size: number;
    dragMethods: string[];
    metrics: ReturnType<typeof summarise>;
    runs: Run[];
  }[],
  fatal: string[],
  chromium: string,
) {
  const cpu = cpus();
  const machine = {
    cores: cpu.length,
    cpu: cpu[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    /** Other work on the machine skews every number: 1-minute load average at the end. */
    loadAverage: Number(loadavg()[0]!.toFixed(1)),
    node: process.version,
    chromium,
  };
  const date = new Date().toISOString();
  const settings = {
    sizes: SIZES,
    reps: REPS,
    seed: SEED,
    viewport: VIEWPORT,
    stepTimeoutMs: STEP_TIMEOUT,
    quietMs: act.QUIET_MS,
    selectionsPerLoad: act.SELECTIONS,
    dragSteps: act.DRAG_STEPS,
    cpuThrottling: 'none',
    narratives: SPLIT ? 'apart' : 'inline',
    floorsCheckedAgainst: 'p95',
  };
  console.log(`\nCampaign explorer benchmark — ${date}`);
  console.log(
    `${machine.cores} cores (${machine.cpu}), ${machine.memoryGB} GB, ${machine.os}, Chromium ${chromium}, load average ${machine.loadAverage}`,
  );
  if (machine.loadAverage > machine.cores)
    console.log('(the machine was busy with other work: expect noisy numbers)');
  console.log(
    `viewport ${VIEWPORT.width}×${VIEWPORT.height}, no CPU throttling, narratives ${SPLIT ? 'in a file apart' : 'inline'}, ${REPS} loads per size, ${act.SELECTIONS} selections per load, seed ${SEED}; floors are checked against p95\n`,
  );
  const header = ['size', 'metric', 'n', 'median', 'p95', 'floor', 'result'];
  const timedOut = 'timed out';
  const rows = results.flatMap((r) =>
    r.metrics.map((m) => [
      String(r.size),
      `${m.label} (${m.unit})`,
      String(m.n),
      m.n ? fmt(m.median) : m.timeouts ? timedOut : '—',
      m.n
        ? fmt(m.p95) + (m.timeouts ? ` (+${m.timeouts} ${timedOut})` : '')
        : m.timeouts
          ? timedOut
          : '—',
      m.floor === undefined ? '' : `< ${m.floor}`,
      m.pass === undefined ? '' : m.pass ? 'pass' : 'FAIL',
    ]),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  [header, widths.map((w) => '-'.repeat(w)), ...rows].forEach((row) => console.log(line(row)));
  for (const r of results) {
    const notes = r.runs.flatMap((run) => [
      ...run.errors.map((e) => `load ${run.rep}: ${e}`),
      ...run.pageErrors.slice(0, 3).map((e) => `load ${run.rep}: page error: ${e}`),
    ]);
    const late = r.metrics.filter((m) => m.timeouts).map((m) => m.key);
    if (late.length)
      notes.push(
        `timed out (> ${STEP_TIMEOUT / 1000} s per step): ${[...new Set(late)].join(', ')}`,
      );
    if (r.dragMethods.includes('keyboard'))
      notes.push('the pointer could not move the period handle: timed with the keyboard instead');
    if (notes.length) console.log(`\n${r.size} campaigns:\n  ${notes.join('\n  ')}`);
  }
  mkdirSync('reports', { recursive: true });
  const json = { date, machine, settings, results, fatal };
  writeFileSync('reports/bench.json', JSON.stringify(json, null, 2) + '\n');
  console.log('\nwrote reports/bench.json');
}

await main();
