// For the command line's tests: run `npx internal-agent-chat …` as an admin would, as a child
// process, with only the environment the test gives; and the failures every command that
// reaches Twilio explains alike.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';

const COMMAND = fileURLToPath(new URL('./internal-agent-chat.mjs', import.meta.url));

/** A Twilio SID: the prefix and `n` in 32 hex digits. @param {string} prefix @param {number} n */
export const sid = (prefix, n) => `${prefix}${n.toString(16).padStart(32, '0')}`;

/**
 * Run the command; resolves with its exit code and output.
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string }>}
 */
export function run(args, env) {
  return new Promise((resolve, reject) => {
    // Only what the test gives: no TWILIO_* variables of the machine running the tests.
    const child = spawn(process.execPath, [COMMAND, ...args], { env: { PATH: process.env.PATH, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Tests that `command` words Twilio's failures as rest.mjs's failureInWords does: bad
 * credentials, an unknown service, and a server that cannot be reached.
 * @param {string} command
 * @param {() => NodeJS.ProcessEnv} env the environment of a working set-up (read when the tests run)
 */
export function itExplainsTwilioFailures(command, env) {
  it('says to check the credentials on 401', async () => {
    const result = await run([command], { ...env(), TWILIO_AUTH_TOKEN: 'wrong' });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /Twilio did not accept the credentials \(.*HTTP 401, Twilio error 20003: Authenticate\)\. Check that TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN/);
  });

  it('says to check the service SID on 404', async () => {
    const other = sid('IS', 0x404);
    const result = await run([command, '--service', other], env());
    assert.equal(result.code, 1);
    assert.match(result.stderr, new RegExp(`There is no Conversations service ${other} in this account .*Check --service or TWILIO_CONVERSATIONS_SERVICE_SID`));
  });

  it('says when the server cannot be reached', async () => {
    const result = await run([command], { ...env(), TWILIO_CONVERSATIONS_BASE_URL: await unansweredBaseUrl() });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /Could not reach http:\/\/127\.0\.0\.1:\d+ \(from TWILIO_CONVERSATIONS_BASE_URL\) \(ECONNREFUSED\)\. Check the network connection/);
  });
}

/** A local address where nothing listens (a port just freed). */
async function unansweredBaseUrl() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  await new Promise((resolve) => server.close(() => resolve(undefined)));
  return `http://127.0.0.1:${port}`;
}
