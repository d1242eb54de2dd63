/**
 * Each figure as the driver runs it: a fresh browser context (so fresh IndexedDB) and a fresh
 * embedded-backend database per figure, seeded in the page, then several runs through the bench
 * page's functions. Each returns rows for the table (see report.mjs).
 */
import { BUNDLE_BUDGET_BYTES, PLUGIN_ALL_FILES_BUDGET_BYTES, PLUGIN_AT_START_BUDGET_BYTES, PORTAL_AT_START_BUDGET_BYTES, bundleSizes } from './bundle-size.mjs';
import { median, missing, percentile, row } from './report.mjs';
import * as esbuild from 'esbuild';
import { basename } from 'node:path';
import { buildPlugin } from '../esbuild.config.mjs';
import { serveFakeFlex } from '../e2e/fake-flex/server.mjs';
import { PLUGIN_NAME, fakeFlexHost, flexPage } from '../e2e/fake-flex/page.mjs';

const THREAD_MESSAGES = 10_000;
const DIRECTORY_AGENTS = 5_000;
const STARTUP_CHATS = 500;
const SENDS = 200;
/** Scroll speed: a fast reader flicking up through history, in pixels per frame. */
const SCROLL_STEP_PX = 600;
const SCROLL_CAP_MS = 45_000;

const KB = (bytes) => bytes / 1024;

const TITLE = {
  pluginAtStart: 'Flex plugin, loaded at Flex start, gzip',
  plugin: 'Flex plugin bundle, gzip',
  portalAtStart: 'Portal bundle, loaded at start, gzip',
  portal: 'portal bundle, gzip, without @twilio/conversations',
  open: 'open a 10,000-message thread to first paint',
  opened: 'message elements in the DOM after opening it (1 s later)',
  scroll: 'scroll its history newest → oldest: frames over 16 ms',
  scrolled: 'message elements in the DOM while scrolling it, most',
  heap: 'JS heap after opening it',
  search: 'one keystroke of directory search over 5,000 agents, keystroke to paint',
  searchAfterDebounce: "one keystroke of directory search over 5,000 agents, the directory's answer after the debounce, to paint",
  sendP50: 'send in one tab → shown in another (embedded backend), p50',
  sendP95: 'send in one tab → shown in another (embedded backend), p95',
  startup: 'start-up with 500 chats and a 50-member group to interactive list (embedded backend)',
  flexOpen: 'first open of the chat view in Flex, to interactive',
};

/** The rows each figure gives, by name: run.mjs shows them with the reason when a figure fails. */
export const TITLES = {
  bundles: [TITLE.pluginAtStart, TITLE.plugin, TITLE.portalAtStart, TITLE.portal],
  thread: [TITLE.open, TITLE.opened, TITLE.scroll, TITLE.scrolled, TITLE.heap],
  search: [TITLE.search, TITLE.searchAfterDebounce],
  send: [TITLE.sendP50, TITLE.sendP95],
  startup: [TITLE.startup],
  flexOpen: [TITLE.flexOpen],
};

export async function bundles() {
  const { portal, plugin, atStart } = await bundleSizes();
  const loadedAtStart = (all, start) =>
    start === all ? 'one file, all of it loaded at start' : `${KB(start).toFixed(1)} KB of it loads at start, the rest when first used`;
  const notBuilt = (title) => missing(title, 'not built yet (no `buildPlugin` in esbuild.config.mjs)');
  return [
    plugin === null
      ? notBuilt(TITLE.pluginAtStart)
      : row(TITLE.pluginAtStart, 'KB', [KB(atStart.plugin)], KB(PLUGIN_AT_START_BUDGET_BYTES), 'the entry file Flex loads; its parts load when the view first opens, or at idle'),
    plugin === null
      ? notBuilt(TITLE.plugin)
      : row(TITLE.plugin, 'KB', [KB(plugin)], KB(PLUGIN_ALL_FILES_BUDGET_BYTES), 'all its files: the entry, the view part, the Spanish and Arabic words, Flex-provided libraries excluded'),
    row(TITLE.portalAtStart, 'KB', [KB(atStart.portal)], KB(PORTAL_AT_START_BUDGET_BYTES), 'the entry and what it imports statically'),
    row(TITLE.portal, 'KB', [KB(portal)], KB(BUNDLE_BUDGET_BYTES), loadedAtStart(portal, atStart.portal)),
  ];
}

/** Opens the 10,000-message thread in a fresh page each run; scrolls its history in the first `scrollRuns`. */
export async function thread({ browser, url, runs, longRuns: scrollRuns, pageErrors }) {
  const { page, close } = await openPage(browser, url, pageErrors);
  const database = databaseName('thread');
  await page.evaluate(([db, n]) => window.bench.seedThread(db, n), [database, THREAD_MESSAGES]);
  const opens = [];
  const heaps = [];
  const scrolls = [];
  for (let run = 0; run < runs; run++) {
    await page.goto(url);
    opens.push(await page.evaluate((db) => window.bench.openThread(db, 'bob'), database));
    heaps.push(await jsHeapMB(page));
    if (run < scrollRuns) {
      scrolls.push(await page.evaluate(([step, cap]) => window.bench.scrollHistory(step, cap), [SCROLL_STEP_PX, SCROLL_CAP_MS]));
    }
  }
  await close();
  const reached = scrolls.filter((s) => s.reachedOldest).length;
  return [
    { ...row(TITLE.open, 'ms', opens.map((o) => o.ms), 100), details: opens },
    row(TITLE.opened, '', opens.map((o) => o.settled), 150),
    // A share, not a count: a run that cannot reach the oldest message in time stops early.
    row(
      TITLE.scroll,
      '%',
      scrolls.map((s) => (100 * s.longFrames) / s.frames),
      null,
      `${SCROLL_STEP_PX} px a frame; reached the oldest message in ${reached} of ${scrolls.length} runs ` +
        `(stopping at ${SCROLL_CAP_MS / 1000} s otherwise); medians: ${median(scrolls.map((s) => s.longFrames))} of ` +
        `${median(scrolls.map((s) => s.frames))} frames over 16 ms in ${median(scrolls.map((s) => s.ms / 1000)).toFixed(1)} s, ` +
        `back through ${median(scrolls.map((s) => s.scrolledThrough)).toLocaleString('en-US')} of ${THREAD_MESSAGES.toLocaleString('en-US')} messages, ` +
        `worst frame ${Math.round(median(scrolls.map((s) => s.worstFrameMs)))} ms`,
    ),
    { ...row(TITLE.scrolled, '', scrolls.map((s) => s.mostElements), 150), details: scrolls },
    row(TITLE.heap, 'MB', heaps, null),
  ];
}

/** One keystroke ("a", in an empty box) of search over 5,000 agents, repeated in one page. */
export async function search({ browser, url, runs, pageErrors }) {
  const { page, close } = await openPage(browser, url, pageErrors);
  await page.evaluate(([db, n]) => window.bench.prepareSearch(db, n), [databaseName('search'), DIRECTORY_AGENTS]);
  const keystrokes = [];
  for (let run = 0; run < runs; run++) keystrokes.push(await page.evaluate(() => window.bench.searchKeystroke('a')));
  await close();
  return [
    row(
      TITLE.search,
      'ms',
      keystrokes.map((k) => k.keystrokeToPaintMs),
      50,
      `the agents already known that match, shown at once (${median(keystrokes.map((k) => k.knownShown))} rows in the DOM)`,
    ),
    row(
      TITLE.searchAfterDebounce,
      'ms',
      keystrokes.map((k) => k.afterDebounceMs),
      16,
      `from the list's debounced search (it asks the directory 120 ms after a keystroke) to the paint; ` +
        `keystroke to that paint ${Math.round(median(keystrokes.map((k) => k.keystrokeToAnswerMs)))} ms; ` +
        `${median(keystrokes.map((k) => k.results))} results shown`,
    ),
  ];
}

/** alice and bob in two windows of one browser; each run a fresh database and 200 messages, one at a time. */
export async function sendToOtherTab({ browser, url, longRuns: runs, pageErrors }) {
  const p50 = [];
  const p95 = [];
  for (let run = 0; run < runs; run++) {
    const { page: alice, context, close } = await openPage(browser, url, pageErrors);
    // bob gets a window of his own: a second tab of alice's window counts as a background tab,
    // whose timers the browser holds back to once a second, so nothing in it would be "shown".
    const [bob] = await Promise.all([
      context.waitForEvent('page'),
      alice.evaluate((href) => void window.open(href, '_blank', 'popup,noopener'), url),
    ]);
    await bob.waitForLoadState();
    const database = databaseName('send');
    await alice.evaluate((db) => window.bench.signInAs(db, 'alice'), database);
    await bob.evaluate((db) => window.bench.signInAs(db, 'bob'), database);
    await alice.evaluate(() => window.bench.send('bob', 'Hi Bob')); // Creates the chat; not measured.
    await bob.evaluate(() => window.bench.openChat('alice'));
    await alice.evaluate(() => window.bench.openChat('bob'));
    await bob.evaluate(() => window.bench.watchArrivals());
    const latencies = [];
    for (let n = 0; n < SENDS; n++) {
      await alice.evaluate((i) => window.bench.sendNumbered('bob', i), n);
      const shown = await bob.waitForFunction((i) => window.bench.shownAfter(i), n, { timeout: 10_000 });
      latencies.push(await shown.jsonValue());
    }
    await close();
    p50.push(percentile(latencies, 50));
    p95.push(percentile(latencies, 95));
  }
  const note = `${SENDS} messages a run, each sent once the previous one was shown`;
  return [
    row(TITLE.sendP50, 'ms', p50, null, note),
    row(TITLE.sendP95, 'ms', p95, 50),
  ];
}

/** alice with 500 chats and a 50-member group: each run loads the page afresh and times navigation start → list painted. */
export async function startup({ browser, url, runs, pageErrors }) {
  const { page, close } = await openPage(browser, url, pageErrors);
  const database = databaseName('startup');
  await page.evaluate(([db, n]) => window.bench.seedChats(db, 'alice', n), [database, STARTUP_CHATS]);
  const results = [];
  for (let run = 0; run < runs; run++) {
    await page.goto(`${url}?startup=${database}&as=alice&agents=${DIRECTORY_AGENTS}&chats=${STARTUP_CHATS + 1}`);
    const result = await page.evaluate(() => window.startup);
    if (result.error) throw new Error(result.error);
    results.push(result);
  }
  await close();
  return [
    row(
      TITLE.startup,
      'ms',
      results.map((r) => r.ms),
      500,
      `from navigation start; from the page's script starting: ${Math.round(median(results.map((r) => r.scriptToListMs)))} ms; ` +
        `${DIRECTORY_AGENTS.toLocaleString('en-US')} agents in the directory`,
    ),
  ];
}

/** A page in a context of its own (fresh storage); uncaught errors in its pages go to `errors`. */
async function openPage(browser, url, errors) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.on('page', (page) => page.on('pageerror', (error) => errors.push(error.message)));
  const page = await context.newPage();
  await page.goto(url);
  return { page, context, close: () => context.close() };
}

/** Live JS heap after a full garbage collection, from the DevTools protocol. */
async function jsHeapMB(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize').value / 1e6;
}

const databaseName = (figure) => `bench-${figure}-${Date.now().toString(36)}`;

/**
 * The built plugin in the fake Flex (e2e/fake-flex/), its files served locally from another
 * origin; each run a fresh page: once Flex has started and the view part has been fetched at idle
 * (a warm cache: no network at the click), the click on the side-nav link to the painted view
 * with its search box.
 */
export async function flexOpen({ browser, runs, pageErrors }) {
  const { entry, parts } = await buildPlugin({ write: false, logLevel: 'silent' });
  const plugin = Object.fromEntries(
    [...entry.outputFiles, ...parts.outputFiles].filter((file) => file.path.endsWith('.js')).map((file) => [basename(file.path), Buffer.from(file.contents)]),
  );
  const release = { plugins: [`/${PLUGIN_NAME}.js`], injectSource: false };
  const server = await serveFakeFlex({ page: (pluginOrigin) => flexPage({ pluginOrigin, release }), host: await fakeFlexHost(), plugin });
  const measure = await esbuild.build({ entryPoints: ['bench/page/flex-open.ts'], bundle: true, format: 'iife', target: 'es2022', write: false, logLevel: 'silent' });
  const opens = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${server.flexOrigin}/`);
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith('.view.js')));
      // A person clicking once Flex has loaded: its chat client initialized, the page idle again.
      await page.evaluate(() => window.flexHost.clientStarted());
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 })));
      await page.addScriptTag({ content: measure.outputFiles[0].text });
      opens.push(await page.evaluate(() => window.benchFlex.openChatView()));
      await context.close();
    }
  } finally {
    await server.stop();
  }
  return [row(TITLE.flexOpen, 'ms', opens, 150, 'once Flex has started and the view part arrived at idle: the click to the painted view with its search box')];
}
