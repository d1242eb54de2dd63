/**
 * `npm test` on a machine without Chromium stops at once with the command that installs one,
 * instead of type-checking for a while and then failing with a launcher's stack trace.
 *
 * Run from an empty directory (with this project's node_modules linked in), so that nothing the
 * commands would do if the check did not stop them can touch the real run's test-results/.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const project = resolve(fileURLToPath(import.meta.url), '../..');
const missing = '/nonexistent/chromium';

describe('without Chromium', () => {
  let elsewhere;
  before(() => {
    elsewhere = mkdtempSync(join(tmpdir(), 'iac-no-chromium-'));
    symlinkSync(join(project, 'node_modules'), join(elsewhere, 'node_modules'));
  });
  after(() => rmSync(elsewhere, { recursive: true, force: true }));

  /** Runs a command as `npm test` would, with CHROME_PATH at a file that is not there. */
  function run(command, args) {
    const started = Date.now();
    const { status, stdout, stderr, error } = spawnSync(command, args, {
      cwd: elsewhere,
      env: { ...process.env, CHROME_PATH: missing, CI: '1' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    return { status, output: `${stdout}${stderr}`, seconds: (Date.now() - started) / 1000, error };
  }

  for (const [what, command, args] of [
    ['npm test (scripts/test.mjs)', process.execPath, [join(project, 'scripts/test.mjs')]],
    ['the browser tests alone (web-test-runner)', 'npx', ['web-test-runner', '--config', join(project, 'web-test-runner.config.mjs')]],
  ]) {
    it(`${what} stops within seconds, says how to install Chromium, and shows no stack trace`, () => {
      const { status, output, seconds, error } = run(command, args);
      assert.equal(error, undefined, `it finished (${error?.message})`);
      assert.equal(status, 1, output);
      assert.ok(seconds < 10, `stopped after ${seconds} s`);
      assert.match(output, new RegExp(`No Chromium at ${missing}`));
      assert.match(output, /apt-get install -y chromium/);
      assert.match(output, /CHROME_PATH=/);
      assert.doesNotMatch(output, /^\s+at /m, 'no stack trace');
      assert.doesNotMatch(output, /Type-check/, 'nothing else ran first');
    });
  }
});
