// Where the commands may send the account's credentials (TWILIO_CONVERSATIONS_BASE_URL is for tests).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXIT } from './errors.mjs';
import { baseUrlFromEnv } from './rest.mjs';

const from = (/** @type {string} */ value) => baseUrlFromEnv({ TWILIO_CONVERSATIONS_BASE_URL: value });

describe('the base URL override', () => {
  it('is unset by default: the commands talk to Twilio', () => {
    assert.equal(baseUrlFromEnv({}), undefined);
    assert.equal(from('  '), undefined);
  });

  it('takes https:// anywhere and plain http:// on this machine, as an origin', () => {
    assert.equal(from('https://conversations.example.test/v1'), 'https://conversations.example.test');
    assert.equal(from('http://127.0.0.1:4010'), 'http://127.0.0.1:4010');
    assert.equal(from('http://localhost:4010/'), 'http://localhost:4010');
    assert.equal(from('http://[::1]:4010'), 'http://[::1]:4010');
    assert.equal(from('http://127.1:4010'), 'http://127.0.0.1:4010');
  });

  it('refuses plain http:// to another host, which would send the credentials unencrypted', () => {
    for (const value of ['http://conversations.example.test', 'http://10.0.0.5:8080', 'http://localhost.example.test', 'http://[::ffff:10.0.0.5]']) {
      assert.throws(
        () => from(value),
        (error) =>
          error instanceof Error &&
          /** @type {{ exitCode?: number }} */ (error).exitCode === EXIT.usage &&
          /is plain http:\/\/ to .*unencrypted\. Use https:\/\/, or http:\/\/ only to localhost, 127\.0\.0\.1 or \[::1\]/.test(error.message),
        value,
      );
    }
  });

  it('refuses what is not an http(s) URL', () => {
    for (const value of ['conversations.twilio.com', 'ftp://127.0.0.1', 'file:///etc/passwd']) {
      assert.throws(() => from(value), /must be an http\(s\) URL/, value);
    }
  });
});
