/**
 * `npm run bench`: builds the bundles and the bench page, seeds the embedded backend at scale in
 * headless Chromium, runs every figure several times and prints one table of medians against
 * the budgets in DESIGN.md; writes the same to bench/results.json. Budgets are reported, not
 * asserted: timings are noisy on a shared machine (the bundle-size budget is a test instead).
 *
 * BENCH_RUNS (default 5) sets the runs per figure; the two long ones (the history scroll, and
 * 200 sends) run 3 times at most, to keep the whole bench near 5 minutes on two cores.
 * BENCH_ONLY=bundles,thread,search,send,startup,flexOpen picks figures.
 */
import { chromium } from 'playwright-core';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { TITLES, bundles, flexOpen, search, sendToOtherTab, startup, thread } from './figures.mjs';
import { missing, table } from './report.mjs';
import { serveBenchPage } from './serve.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const longRuns = Math.min(runs, 3);
const only = process.env.BENCH_ONLY?.split(',');
const figures = { bundles, thread, search, send: sendToOtherTab, startup, flexOpen };
const started = Date.now();
const loadBefore = os.loadavg()[0];
const server = await serveBenchPage();
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs.filter((flag) => !flag.startsWith('--headless')), // playwright sets its own
  headless: true,
});
const chromiumVersion = browser.version();
const rows = [];
/** Uncaught errors in the pages, by figure: reported with the table, they do not stop it. */
const pageErrors = {};
try {
  for (const [name, measure] of Object.entries(figures)) {
    if (only && !only.includes(name)) continue;
    const figureStarted = Date.now();
    process.stderr.write(`… ${name}`);
    pageErrors[name] = [];
    try {
      rows.push(...(await measure({ browser, url: server.url, runs, longRuns, pageErrors: pageErrors[name] })));
    } catch (error) {
      rows.push(...TITLES[name].map((figure) => missing(figure, `error: ${error.message.split('\n')[0]}`)));
    }
    process.stderr.write(` ${((Date.now() - figureStarted) / 1000).toFixed(0)} s\n`);
  }
} finally {
  await browser.close();
  await server.stop();
}

// Other work on the machine slows every timing: the load average says how busy it was.
const load = `load average ${loadBefore.toFixed(1)} before, ${os.loadavg()[0].toFixed(1)} after`;
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Chromium ${chromiumVersion} headless, Node ${process.versions.node}`;
console.log(`\n${table(rows)}\n`);
for (const r of rows.filter((r) => r.note)) console.log(`- ${r.figure}: ${r.note}`);
for (const [name, errors] of Object.entries(pageErrors).filter(([, errors]) => errors.length)) {
  console.log(`- ${name}: ${errors.length} uncaught error(s) in the page, first: ${errors[0]}`);
}
console.log(`\n${runs} runs a figure (scroll and send: ${longRuns}); medians; ${machine}; ${load}; ${((Date.now() - started) / 1000).toFixed(0)} s in all.`);
await writeFile(
  new URL('results.json', import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), machine, load, runs, longRuns, figures: rows, pageErrors }, null, 2)}\n`,
);
