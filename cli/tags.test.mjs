// Which conversations the clean-up may consider, read from REST's JSON strings.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CHAT_TAG, GROUP_NAME_PREFIX, LEGACY_TAG, chatName, isChatAttributes, lastActivity, toDate } from './tags.mjs';
import { printable } from './output.mjs';

describe('tags', () => {
  it('recognises our tag and the original plugin’s', () => {
    assert.equal(isChatAttributes('{"internalAgentChat":{"kind":"direct","agents":["a","b"]}}'), true);
    assert.equal(isChatAttributes('{"internalAgentChat":{}}'), true);
    assert.equal(isChatAttributes('{"internalChat":"internalChat"}'), true);
    assert.equal(isChatAttributes({ internalChat: 'internalChat' }), true);
  });

  it('treats anything else, malformed included, as not ours', () => {
    for (const raw of [
      undefined,
      null,
      '',
      '{}',
      '{not json',
      'null',
      '[]',
      '"internalChat"',
      '42',
      '{"internalAgentChat":"yes"}',
      '{"internalAgentChat":null}',
      '{"internalAgentChat":[]}',
      '{"internalChat":"other"}',
      '{"internalChat":true}',
      '{"InternalAgentChat":{}}',
      '[{"internalAgentChat":{}}]',
      '{"task":{"internalChat":"internalChat"}}',
    ]) {
      assert.equal(isChatAttributes(raw), false, String(raw));
    }
  });

  it('uses the same tag names as the widget (src/services/conversations/direct-chat.ts)', () => {
    const source = readFileSync(new URL('../src/services/conversations/direct-chat.ts', import.meta.url), 'utf8');
    assert.match(source, new RegExp(`export const CHAT_TAG = '${CHAT_TAG}';`));
    assert.match(source, new RegExp(`export const LEGACY_TAG = '${LEGACY_TAG}';`));
    assert.match(source, new RegExp(`export const GROUP_NAME_PREFIX = '${GROUP_NAME_PREFIX}';`));
  });

  it('names a group by its name, and any other chat by its unique name', () => {
    assert.equal(chatName({ uniqueName: `${GROUP_NAME_PREFIX}0c2f`, friendlyName: 'Escalations' }), 'group “Escalations”');
    assert.equal(chatName({ uniqueName: 'iac:dm:alice:bob', friendlyName: 'Internal chat' }), 'iac:dm:alice:bob');
    assert.equal(chatName({ uniqueName: null, friendlyName: 'Customer chat' }), 'Customer chat');
  });
});

describe('last activity', () => {
  it('is the latest of the last message, the update and the creation', () => {
    const created = new Date('2026-01-01T00:00:00Z');
    const updated = new Date('2026-02-01T00:00:00Z');
    const message = new Date('2026-03-01T00:00:00Z');
    assert.deepEqual(lastActivity({ lastMessageAt: message, dateUpdated: updated, dateCreated: created }), message);
    assert.deepEqual(lastActivity({ lastMessageAt: created, dateUpdated: updated, dateCreated: created }), updated);
    assert.deepEqual(lastActivity({ lastMessageAt: null, dateUpdated: null, dateCreated: created }), created);
  });

  it('is unknown when no date can be read', () => {
    assert.equal(lastActivity({ lastMessageAt: null, dateUpdated: 'soon', dateCreated: undefined }), null);
    assert.equal(toDate('2026-13-45T99:00:00Z'), null);
    assert.deepEqual(toDate('2026-01-02T03:04:05Z'), new Date('2026-01-02T03:04:05Z'));
  });
});

describe('printable names', () => {
  it('shows control and direction characters escaped, never obeyed', () => {
    assert.equal(printable('a\u001b[2Jb\r\nc\u202ed'), 'a\\u001b[2Jb\\u000d\\u000ac\\u202ed');
    assert.equal(printable(undefined), '');
    assert.equal(printable('x'.repeat(100), 10), `${'x'.repeat(9)}…`);
  });
});
