// What the chat needs from a service's roles stays true to Twilio's names and to the product:
// every call of the Conversations port is mapped, and every permission the store's calls need
// is one `setup` grants (read from the source, as tags.test.mjs reads the tag names).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CHAT_NEEDS, PERMISSION_OF_CALL, ROLE_DEFAULTS, needsOf } from './chat-permissions.mjs';
import { FLEX_DEFAULT_ROLES, PERMISSION_VALUES } from './twilio-roles.mjs';

const src = new URL('../src/', import.meta.url);
const read = (/** @type {string} */ path) => readFileSync(new URL(path, src), 'utf8');

/** The port's interfaces (`ChatConversation` → `Conversation`) and their methods, with whether each takes arguments. */
function portMethods() {
  const ports = read('services/conversations/ports.ts');
  const sdk = readFileSync(new URL('../node_modules/@twilio/conversations/builds/lib.d.ts', import.meta.url), 'utf8');
  /** @type {Map<string, { takesArguments: boolean }>} */
  const methods = new Map();
  for (const [, name, body] of ports.matchAll(/^export interface Chat(\w+)([^{]*\{(?:\}|[\s\S]*?^\}))/gm)) {
    for (const [, method, args] of body.matchAll(/^\s+(\w+)\((\)?)/gm)) methods.set(`${name}.${method}`, { takesArguments: !args });
    // Methods picked from the SDK's own classes: the quoted names the SDK declares as methods.
    for (const [, picked] of body.matchAll(/'(\w+)'/g)) {
      if (new RegExp(`\\n\\s+${picked}\\(`).test(sdk)) methods.set(`${name}.${picked}`, { takesArguments: false });
    }
  }
  return methods;
}

/** The store's code: src/services without tests and without the client implementations. */
function storeSource() {
  const files = readdirSync(new URL('services/', src), { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('local/') && !f.endsWith('ports.ts'),
  );
  return files.map((f) => read(`services/${f}`)).join('\n');
}

describe('what the chat needs from roles', () => {
  it('names only permissions Twilio documents, each on roles of the right type', () => {
    for (const need of CHAT_NEEDS) {
      assert.ok(PERMISSION_VALUES.includes(need.permission), need.permission);
      assert.ok(need.on.length > 0, need.permission);
      const types = new Set(need.on.map((d) => ROLE_DEFAULTS[d].type));
      assert.equal(types.size, 1, `${need.permission} is either a service or a conversation permission`);
    }
    for (const permission of Object.values(PERMISSION_OF_CALL)) if (permission) assert.ok(PERMISSION_VALUES.includes(permission), permission);
    for (const role of FLEX_DEFAULT_ROLES) for (const p of role.permissions) assert.ok(PERMISSION_VALUES.includes(p), `${role.friendlyName}: ${p}`);
  });

  it('maps every call of the Conversations port (src/services/conversations/ports.ts)', () => {
    const methods = portMethods();
    assert.ok(methods.has('Conversation.add') && methods.has('Conversation.typing') && methods.has('Message.updateBody'), 'the port was read');
    const unmapped = [...methods.keys()].filter((call) => !(call in PERMISSION_OF_CALL));
    assert.deepEqual(unmapped, [], 'say in cli/chat-permissions.mjs which permission each needs (null: none)');
    const stale = Object.keys(PERMISSION_OF_CALL).filter((call) => !methods.has(call));
    assert.deepEqual(stale, [], 'calls the port no longer has');
  });

  it('grants every permission the store’s calls need, and only those', () => {
    const source = storeSource();
    const methods = portMethods();
    /** @type {Set<string>} */
    const used = new Set();
    for (const [call, permission] of Object.entries(PERMISSION_OF_CALL)) {
      if (!permission) continue;
      const method = call.split('.')[1];
      // A call without arguments is matched with its empty parentheses, so Map#delete(key) or
      // Array#join(', ') are not taken for Conversation#delete() or #join().
      const pattern = methods.get(call)?.takesArguments ? `\\.${method}\\(` : `\\.${method}\\(\\)`;
      if (new RegExp(pattern).test(source)) used.add(permission);
    }
    const granted = new Set(CHAT_NEEDS.map((need) => need.permission));
    assert.deepEqual([...used].filter((p) => !granted.has(p)), [], 'the store calls something that needs these: add them to CHAT_NEEDS');
    assert.deepEqual([...granted].filter((p) => !used.has(p)), [], 'CHAT_NEEDS grants these, which nothing calls any more');
  });

  it('asks createConversation of the agents’ service role and the rest of both conversation roles', () => {
    assert.deepEqual(needsOf('service').map((n) => n.permission), ['createConversation']);
    const inAChat = ['sendMessage', 'sendMediaMessage', 'editOwnMessage', 'deleteOwnMessage', 'leaveConversation', 'addParticipant', 'editConversationName', 'editConversationAttributes'];
    assert.deepEqual(needsOf('conversation').map((n) => n.permission), inAChat);
    assert.deepEqual(needsOf('creator').map((n) => n.permission), inAChat);
  });
});
