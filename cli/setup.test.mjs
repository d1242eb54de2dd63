// `npx internal-agent-chat setup` run as an admin would, against the local REST server seeded
// with the roles Flex documents for its Conversations service (twilio-roles.mjs).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CHAT_NEEDS } from './chat-permissions.mjs';
import { startFakeConversationsApi } from './fake-conversations-api.mjs';
import { createRolesResource } from './fake-roles-api.mjs';
import { itExplainsTwilioFailures, run, sid } from './run-command.mjs';
import { FLEX_DEFAULT_ROLES } from './twilio-roles.mjs';

const ACCOUNT_SID = sid('AC', 0xacc);
const AUTH_TOKEN = 'test-auth-token';
const SERVICE_SID = sid('IS', 0x15);

/** What each of Flex's default roles lacks of what the chat needs, by role name. */
const FLEX_MISSING = {
  'service user': ['createConversation'],
  guest: ['editOwnMessage', 'deleteOwnMessage', 'leaveConversation', 'addParticipant', 'editConversationName', 'editConversationAttributes'],
  agent: ['addParticipant', 'editConversationName'],
};

/**
 * A fresh server whose service has `roles`, and the environment that points the command at it.
 * @param {{ roles?: import('./twilio-roles.mjs').DocumentedRole[], defaultServiceSid?: string | null }} [seed]
 */
async function setUp(seed = {}) {
  const roles = createRolesResource({ serviceSid: SERVICE_SID, accountSid: ACCOUNT_SID, ...seed });
  const api = await startFakeConversationsApi({
    serviceSid: SERVICE_SID,
    accountSid: ACCOUNT_SID,
    username: ACCOUNT_SID,
    password: AUTH_TOKEN,
    conversations: [],
    resources: [roles],
  });
  const env = { TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: AUTH_TOKEN, TWILIO_CONVERSATIONS_BASE_URL: api.baseUrl };
  const updates = () => api.requests.filter((r) => r.method !== 'GET');
  const role = (/** @type {string} */ name, type = 'conversation') => {
    const found = roles.roles().find((r) => r.friendlyName === name && r.type === type);
    assert.ok(found, `${type} role ${name}`);
    return found;
  };
  return { api, roles, env, updates, role };
}

/**
 * Runs `test` against a fresh server seeded with `seed`, and closes the server after.
 * @param {Parameters<typeof setUp>[0]} seed
 * @param {(world: Awaited<ReturnType<typeof setUp>>) => Promise<void>} test
 */
async function withWorld(seed, test) {
  const world = await setUp(seed);
  try {
    await test(world);
  } finally {
    await world.api.close();
  }
}

/** The lines listing the role `sid` and its permissions, up to the blank line after them. @param {string} stdout @param {string} sid */
const section = (stdout, sid) => stdout.slice(stdout.lastIndexOf('\n', stdout.indexOf(`(${sid})`)) + 1).split('\n\n')[0];

describe('setup: dry run on a Flex service as Flex creates it', () => {
  /** @type {Awaited<ReturnType<typeof setUp>>} */
  let world;
  /** @type {Awaited<ReturnType<typeof run>>} */
  let result;
  before(async () => {
    world = await setUp();
    result = await run(['setup'], world.env);
  });
  after(() => world.api.close());

  it('uses the account’s default service when none is given, and says so', () => {
    assert.ok(world.api.requests.some((r) => r.method === 'GET' && r.path === '/v1/Configuration'));
    assert.match(result.stderr, new RegExp(`Using the account's default Conversations service, ${SERVICE_SID} \\(pass --service to choose another\\)`));
  });

  it('shows each role the configuration names, each needed permission present or MISSING', () => {
    const serviceUser = world.role('service user', 'service');
    assert.match(section(result.stdout, serviceUser.sid), /^service user \(RL\w+\): the service role agents get \(default_chat_service_role_sid\)$/m);
    assert.match(section(result.stdout, serviceUser.sid), /^ {2}MISSING {2}createConversation +start a chat/m);

    const guest = section(result.stdout, world.role('guest').sid);
    assert.match(guest, /the conversation role of an agent added to a chat \(default_conversation_role_sid\)/);
    const agent = section(result.stdout, world.role('agent').sid);
    assert.match(agent, /the conversation role of a chat's creator \(default_conversation_creator_role_sid\)/);
    for (const [text, name] of [[guest, 'guest'], [agent, 'agent']]) {
      const lacking = FLEX_MISSING[/** @type {'guest' | 'agent'} */ (name)];
      for (const need of CHAT_NEEDS.filter((n) => n.on.includes('conversation'))) {
        const state = lacking.includes(need.permission) ? 'MISSING' : 'present';
        assert.match(text, new RegExp(`^ {2}${state} {2}${need.permission} `, 'm'), `${name}: ${need.permission} ${state}`);
      }
    }
    assert.doesNotMatch(result.stdout, /supervisor|admin/, 'roles no default names are not checked');
  });

  it('changes nothing, exits 3 and says how to grant', () => {
    assert.equal(result.code, 3, result.stderr);
    assert.deepEqual(world.updates(), [], 'no POST');
    for (const role of FLEX_DEFAULT_ROLES) {
      assert.deepEqual(world.role(role.friendlyName, role.type).permissions, role.permissions, role.friendlyName);
    }
    assert.match(result.stdout, /^9 permissions missing on 3 roles\. Dry run: nothing changed\. Run again with --yes to grant them; every permission the roles have now is kept\.$/m);
  });
});

describe('setup --yes', () => {
  /** @type {Awaited<ReturnType<typeof setUp>>} */
  let world;
  /** @type {Awaited<ReturnType<typeof run>>} */
  let result;
  before(async () => {
    world = await setUp();
    result = await run(['setup', '--service', SERVICE_SID, '--yes'], world.env);
  });
  after(() => world.api.close());

  it('grants exactly what was missing and keeps every permission each role had', () => {
    assert.equal(result.code, 0, result.stderr);
    for (const [name, lacking] of Object.entries(FLEX_MISSING)) {
      const type = name === 'service user' ? 'service' : 'conversation';
      const before = /** @type {import('./twilio-roles.mjs').DocumentedRole} */ (FLEX_DEFAULT_ROLES.find((r) => r.friendlyName === name && r.type === type));
      assert.deepEqual(world.role(name, type).permissions, [...before.permissions, ...lacking], name);
      assert.match(result.stdout, new RegExp(`^Granted ${lacking.join(', ')} to ${name} \\(RL\\w+\\)\\.$`, 'm'));
    }
    assert.match(result.stdout, /^Granted 9 permissions on 3 roles; every permission they had is kept\.$/m);
  });

  it('sends each role’s whole list as repeated Permission fields, and touches no other role', () => {
    const posts = world.updates();
    assert.equal(posts.length, 3);
    const agent = world.role('agent');
    const post = posts.find((r) => r.path.endsWith(`/Roles/${agent.sid}`));
    assert.ok(post);
    assert.deepEqual(post.form.getAll('Permission'), agent.permissions);
    assert.ok(post.form.getAll('Permission').includes('editOwnMessageAttributes'), 'a permission the chat does not need is kept');
    for (const name of ['admin', 'supervisor']) {
      for (const type of ['service', 'conversation']) assert.ok(!posts.some((r) => r.path.endsWith(world.role(name, type).sid)), `${type} ${name}`);
    }
    assert.ok(!world.api.requests.some((r) => r.path === '/v1/Configuration'), '--service given: no default looked up');
  });

  it('finds nothing missing on a second run, and changes nothing', async () => {
    const again = await run(['setup', '--service', SERVICE_SID, '--yes'], world.env);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /^Nothing missing: these roles allow everything the chat does\.$/m);
    assert.doesNotMatch(again.stdout, /MISSING/);
    assert.equal(world.updates().length, 3);
  });
});

describe('setup: roles shaped otherwise', () => {
  /** @type {Parameters<typeof setUp>[0]} */
  const sharedConversationRole = {
    roles: [
      { friendlyName: 'agents', type: 'service', permissions: ['createConversation', 'joinConversation'], defaultFor: ['service'] },
      { friendlyName: 'chat member', type: 'conversation', permissions: ['sendMessage'], defaultFor: ['conversation', 'creator'] },
    ],
  };

  it('checks a role named by both conversation defaults once, for both', () =>
    withWorld(sharedConversationRole, async (world) => {
      const result = await run(['setup', '--yes'], world.env);
      assert.equal(result.code, 0, result.stderr);
      const member = world.role('chat member');
      assert.match(result.stdout, /^chat member \(RL\w+\): the conversation role of an agent added to a chat \(default_conversation_role_sid\); the conversation role of a chat's creator \(default_conversation_creator_role_sid\)$/m);
      assert.equal(section(result.stdout, member.sid).match(/ sendMessage /g)?.length, 1, 'each permission once');
      assert.deepEqual(world.updates().map((r) => r.path.split('/').at(-1)), [member.sid], 'one update, of that role only');
      assert.match(result.stdout, /^Granted 7 permissions on 1 role;/m);
    }));

  it('names a default the configuration leaves empty, grants the rest and exits 1', () =>
    withWorld({ roles: FLEX_DEFAULT_ROLES.filter((r) => !r.defaultFor?.includes('creator')) }, async (world) => {
      const result = await run(['setup', '--yes'], world.env);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /The service's configuration leaves default_conversation_creator_role_sid \(the conversation role of a chat's creator\) empty\./);
      assert.match(result.stderr, /Set default_conversation_creator_role_sid to one of the service's conversation roles/);
      assert.match(result.stdout, /^Granted 7 permissions on 2 roles/m);
    }));

  it('keeps a permission someone granted between its reading and its update', () =>
    withWorld({}, async (world) => {
      const guest = world.role('guest');
      world.roles.grantAfterListing(guest.sid, 'editNotificationLevel');
      const result = await run(['setup', '--yes'], world.env);
      assert.equal(result.code, 0, result.stderr);
      assert.deepEqual(world.role('guest').permissions, ['sendMessage', 'sendMediaMessage', 'editNotificationLevel', ...FLEX_MISSING.guest]);
    }));

  it('names a role whose update failed, grants the others, and exits 1', () =>
    withWorld({}, async (world) => {
      const guest = world.role('guest');
      world.roles.failUpdate(guest.sid, 500);
      const result = await run(['setup', '--yes'], world.env);
      assert.equal(result.code, 1);
      assert.match(result.stderr, new RegExp(`Could not grant what guest \\(${guest.sid}\\) lacks: updating role ${guest.sid} failed: .*HTTP 500, Twilio error 20500`));
      assert.match(result.stdout, /^Granted 3 permissions on 2 roles; every permission they had is kept\. 1 role could not be updated \(see above\): run the command again to retry\.$/m);
      assert.deepEqual(world.role('guest').permissions, ['sendMessage', 'sendMediaMessage']);
    }));
});

describe('setup: options, configuration and failures', () => {
  /** @type {Awaited<ReturnType<typeof setUp>>} */
  let world;
  before(async () => {
    world = await setUp();
  });
  after(() => world.api.close());

  it('takes the service from TWILIO_CONVERSATIONS_SERVICE_SID without looking up the default', async () => {
    const before = world.api.requests.length;
    const result = await run(['setup'], { ...world.env, TWILIO_CONVERSATIONS_SERVICE_SID: SERVICE_SID });
    assert.equal(result.code, 3, result.stderr);
    assert.doesNotMatch(result.stderr, /Using the account's default/);
    assert.ok(!world.api.requests.slice(before).some((r) => r.path === '/v1/Configuration'));
  });

  it('asks for the service when the account has no default one', () =>
    withWorld({ defaultServiceSid: null }, async (none) => {
      const result = await run(['setup'], none.env);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /The account has no default Conversations service\. Which Conversations service\? Pass --service ISxxx or set TWILIO_CONVERSATIONS_SERVICE_SID/);
    }));

  itExplainsTwilioFailures('setup', () => world.env);

  it('refuses to send the credentials over plain http:// to another host, before any request', async () => {
    const before = world.api.requests.length;
    const result = await run(['setup'], { ...world.env, TWILIO_CONVERSATIONS_BASE_URL: 'http://conversations.example.test' });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /TWILIO_CONVERSATIONS_BASE_URL is plain http:\/\/ to conversations\.example\.test, which would send the account's credentials unencrypted/);
    assert.equal(world.api.requests.length, before);
  });

  it('refuses bad options and what is not a service SID, in words', async () => {
    const wrong = await run(['setup', '--service', 'Flex Chat Service'], world.env);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /"Flex Chat Service" is not a Conversations service SID.*setup --help/);
    const unknown = await run(['setup', '--idle-days', '3'], world.env);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Unknown option '--idle-days'.*\n.*setup --help/);
    assert.deepEqual(world.updates(), []);
  });

  it('explains the dry run, --yes, what it checks and its exit codes with --help', async () => {
    const result = await run(['setup', '--help'], {});
    assert.equal(result.code, 0);
    for (const words of ['DRY RUN', '--yes', 'changes\nnothing', 'replaces\nthe role\'s whole list', 'default_chat_service_role_sid', 'default_conversation_role_sid', 'default_conversation_creator_role_sid', '3 a dry run found permissions\nmissing', 'Flex Chat Service']) {
      assert.ok(result.stdout.includes(words), `help mentions ${JSON.stringify(words)}`);
    }
    for (const need of CHAT_NEEDS) assert.match(result.stdout, new RegExp(`^ {4}${need.permission} +\\S`, 'm'), need.permission);
    const top = await run(['--help'], {});
    assert.match(top.stdout, /^ {2}setup {6}Check \(and with --yes grant\) the role permissions agents need for the chat$/m);
    assert.match(top.stdout, /^ {2}cleanup {4}List \(and with --yes delete\)/m);
  });
});
