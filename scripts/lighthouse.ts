/**
 * `npm run lighthouse [-- --no-build]`: a benchmark, not a gate. Builds, serves dist/ gzipped
 * under the README's CSP (as a real host would), runs Lighthouse 13 three times per form factor
 * in the system Chromium (simulated throttling), prints the median runs and the audits that did
 * not score 1, and writes every number to reports/lighthouse.json. Exits 0 whatever the scores.
 */
import { execSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { desktopConfig, generateReport, type Config, type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { BROWSER_ARGS, findBrowser } from './browser';
import { serveStatic, type StaticServer } from './serve-static';

const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FORM_FACTORS: { name: 'mobile' | 'desktop'; config?: Config }[] = [
  { name: 'mobile' }, // Lighthouse's default config is mobile (Moto G Power, slow 4G).
  { name: 'desktop', config: desktopConfig },
];
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
  bytes: 'total-byte-weight',
} as const;

function summary(lhr: Result) {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: Math.round(value(METRICS.fcp)),
    lcpMs: Math.round(value(METRICS.lcp)),
    tbtMs: Math.round(value(METRICS.tbt)),
    cls: Number(value(METRICS.cls).toFixed(3)),
    speedIndexMs: Math.round(value(METRICS.si)),
    transferKB: Number((value(METRICS.bytes) / 1024).toFixed(1)),
    // The host's CPU speed as Lighthouse measured it: simulated times scale with it.
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

interface Chain {
  url: string;
  navStartToEndTime: number;
  isLongest?: boolean;
  children: Record<string, Chain>;
}

/** The network-dependency-tree insight's longest chain: "/ → /a.js → /b.json (417 ms)". */
function longestChain(chains: Record<string, Chain>): string {
  const urls: string[] = [];
  let end = 0;
  for (let c = Object.values(chains).find((c) => c.isLongest); c;) {
    urls.push(c.url);
    end = c.navStartToEndTime;
    c = Object.values(c.children).find((c) => c.isLongest);
  }
  return `${urls.join(' → ')} (${Math.round(end)} ms)`;
}

/** What an audit points at (URLs, reasons, elements), so the list says where to look. */
function culprits(details: unknown): string[] {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  return items
    .flatMap((item): string[] => {
      if (item.type === 'table') return culprits(item); // insights nest tables in lists
      const value = item.value as { type?: string; chains?: Record<string, Chain> } | undefined;
      if (value?.type === 'network-tree' && value.chains) return [longestChain(value.chains)];
      const node = item.node as { selector?: string } | undefined;
      const source = item.source as { url?: string; value?: string } | undefined;
      const what =
        item.url ??
        item.reason ??
        item.groupLabel ??
        node?.selector ??
        source?.url ??
        source?.value;
      return typeof what === 'string' ? [what] : [];
    })
    .slice(0, 3);
}

/** Audits of the four categories that scored below 1 (null scores are informative or n/a). */
function failing(lhr: Result) {
  const ids = new Set(CATEGORIES.flatMap((c) => lhr.categories[c]?.auditRefs.map((r) => r.id)));
  return [...ids].flatMap((id) => {
    const a = id ? lhr.audits[id] : undefined;
    if (!a || a.score === null || a.score >= 1) return [];
    const { title, score, displayValue = '' } = a;
    return [{ id: a.id, title, score, displayValue, culprits: culprits(a.details) }];
  });
}

async function main() {
  const chromePath = findBrowser();
  if (!chromePath) {
    console.error(
      'No Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH.',
    );
    process.exit(1);
  }
  if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });
  // Serve a snapshot: a build started elsewhere (tests, size) empties dist/ and would
  // otherwise swap the assets between runs.
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-dist-'));
  let server: StaticServer | undefined;
  let chrome: LaunchedChrome | undefined;
  try {
    cpSync('dist', dir, { recursive: true });
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const missing = [...html.matchAll(/(?:src|href)="\.?\/(assets\/[^"]+)"/g)]
      .map((m) => m[1] ?? '')
      .filter((path) => !existsSync(join(dir, path)));
    if (missing.length) throw new Error(`dist/ changed during the copy: no ${missing.join(', ')}`);
    // no-cache rather than the test server's no-store, which bars the back/forward cache.
    // Lighthouse empties the HTTP cache before each run, so this does not change the metrics.
    server = await serveStatic({ dir, gzip: true, csp: true, cacheControl: 'no-cache' });
    // One browser for all runs: Lighthouse clears storage and cache before each navigation.
    chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...BROWSER_ARGS] }).catch(
      (error: unknown) => {
        throw new Error(`could not start ${chromePath}: ${String(error)}`);
      },
    );
    const url = `${server.origin}/`;
    const results: Record<string, { median: Result; runs: Result[] }> = {};
    for (const { name, config } of FORM_FACTORS) {
      const runs: Result[] = [];
      for (let i = 1; i <= RUNS; i++) {
        process.stdout.write(`lighthouse ${name} run ${i}/${RUNS}…\n`);
        const flags = { port: chrome.port, logLevel: 'error' as const, onlyCategories: CATEGORIES };
        const lhr = (await lighthouse(url, flags, config))?.lhr;
        if (!lhr) throw new Error('Lighthouse returned no result');
        if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
        runs.push(lhr);
      }
      // Lighthouse's own pick: the run closest to the median FCP and TTI.
      results[name] = { median: computeMedianRun(runs), runs };
    }

    const date = new Date().toISOString();
    const any = Object.values(results)[0]?.median;
    const rows = Object.entries(results).map(([name, r]) => ({ name, ...summary(r.median) }));
    console.log(`\nLighthouse ${any?.lighthouseVersion} · ${date} · ${url} · median of ${RUNS}`);
    // Simulated throttling scales the observed CPU time: on a busy host TBT and LCP grow.
    const bench = Object.values(results).flatMap((r) =>
      r.runs.map((l) => l.environment.benchmarkIndex),
    );
    const host = `benchmarkIndex ${Math.min(...bench)}–${Math.max(...bench)}, load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} CPUs`;
    console.log(`${any?.environment.hostUserAgent}\nhost: ${host}\n`);
    console.table(
      Object.fromEntries(
        rows.map((r) => [
          r.name,
          {
            perf: r.performance,
            a11y: r.accessibility,
            'best pr.': r.bestPractices,
            seo: r.seo,
            'FCP s': r.fcpMs / 1000,
            'LCP s': r.lcpMs / 1000,
            'TBT ms': r.tbtMs,
            CLS: r.cls,
            'SI s': r.speedIndexMs / 1000,
            KB: r.transferKB,
          },
        ]),
      ),
    );
    for (const [name, r] of Object.entries(results)) {
      const list = failing(r.median);
      console.log(`\n${name}: ${list.length} audit(s) below 1`);
      for (const a of list) {
        console.log(`  ${a.id} (${a.score}): ${a.title} ${a.displayValue}`.trimEnd());
        for (const c of a.culprits) console.log(`      ${c.replaceAll(url, '/')}`);
      }
    }

    mkdirSync('reports', { recursive: true });
    const report = {
      date,
      url,
      lighthouseVersion: any?.lighthouseVersion,
      userAgent: any?.environment.hostUserAgent,
      throttling: 'simulated',
      host,
      formFactors: Object.fromEntries(
        Object.entries(results).map(([name, r]) => [
          name,
          {
            median: summary(r.median),
            runs: r.runs.map(summary),
            failingAudits: failing(r.median),
          },
        ]),
      ),
    };
    writeFileSync('reports/lighthouse.json', JSON.stringify(report, null, 2) + '\n');
    // The median runs' full reports, to open in a browser for the details.
    for (const [name, r] of Object.entries(results)) {
      writeFileSync(`reports/lighthouse-${name}.html`, generateReport(r.median, 'html'));
    }
    console.log('\nwrote reports/lighthouse.json and reports/lighthouse-{mobile,desktop}.html');
  } finally {
    chrome?.kill();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`lighthouse failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
