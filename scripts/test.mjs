/**
 * `npm test`: type-checking, the browser tests (web-test-runner in Chromium) and the end-to-end
 * tests (two real pages against the served demo), then one closing line for the whole suite.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { requireChromium } from './chromium.mjs';

// First, so that a machine without Chromium hears how to get one at once, not after a type-check.
requireChromium();
rmSync('test-results', { recursive: true, force: true });
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(title, command, args) {
  console.log(`\n▶ ${title}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  return status === 0;
}

const typesOk = run('Type-check (tsc --noEmit)', 'npx', ['tsc', '--noEmit']);
totals[typesOk ? 'passed' : 'failed']++;

const browserOk = run('Browser tests (web-test-runner, Chromium)', 'npx', ['web-test-runner']);
const browser = existsSync('test-results/browser.json') ? JSON.parse(readFileSync('test-results/browser.json', 'utf8')) : null;
if (browser) for (const key of Object.keys(totals)) totals[key] += browser[key];
if (!browserOk && (!browser || browser.failed === 0)) totals.failed++; // The runner itself failed.

const e2eOk = run('Node tests: end-to-end (two pages, playwright-core) and the command line', process.execPath, [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  '--test-reporter-destination=test-results/e2e.tap',
  'e2e/',
  'cli/',
  'scripts/chromium.test.mjs', // Named: scripts/ also holds test.mjs, this very script.
]);
const tap = existsSync('test-results/e2e.tap') ? readFileSync('test-results/e2e.tap', 'utf8') : '';
const tapCount = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
totals.passed += tapCount('pass');
totals.failed += tapCount('fail') + tapCount('cancelled');
totals.skipped += tapCount('skipped') + tapCount('todo');
if (!e2eOk && tapCount('fail') === 0) totals.failed++;

console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed === 0 && typesOk && browserOk && e2eOk ? 0 : 1);
