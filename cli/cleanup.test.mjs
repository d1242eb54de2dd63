// `npx internal-agent-chat cleanup` run as an admin would, as a child process, against a local
// server that answers like the Conversations REST API (fake-conversations-api.mjs).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startFakeConversationsApi } from './fake-conversations-api.mjs';
import { itExplainsTwilioFailures, run, sid } from './run-command.mjs';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.now();
const daysAgo = (/** @type {number} */ days) => new Date(NOW - days * DAY);

const ACCOUNT_SID = sid('AC', 0xacc);
const AUTH_TOKEN = 'test-auth-token';
const SERVICE_SID = sid('IS', 0x15);
const API_KEY = sid('SK', 0x5e);
const API_SECRET = 'test-api-secret';

const OURS = JSON.stringify({ internalAgentChat: { kind: 'direct', agents: ['alice', 'bob'] } });
const LEGACY = JSON.stringify({ internalChat: 'internalChat' });
const GROUP = JSON.stringify({ internalAgentChat: { kind: 'group' } });

/**
 * 260 conversations, kinds interleaved so every page holds a mix. Returns them with the sids the
 * command must find idle.
 */
function seed() {
  /** @type {import('./fake-conversations-api.mjs').FakeConversation[]} */
  const conversations = [];
  /** @type {Set<string>} */
  const idle = new Set();
  const kinds = [
    'ours-idle',
    'untagged-idle',
    'ours-recent',
    'legacy-idle',
    'untagged-idle',
    'ours-idle-but-recent-message',
    'malformed',
    'ours-idle-with-old-messages',
    'ours-updated-recently',
    'ours-idle',
  ];
  const malformed = ['{not json', 'null', '[]', '"internalChat"', '{"internalAgentChat":"yes"}', '{"internalChat":"other"}', '', '{"internalagentchat":{}}'];
  for (let i = 0; i < 260; i++) {
    const kind = kinds[i % kinds.length];
    const conversation = { sid: sid('CH', i + 1), uniqueName: `iac:dm:agent${i}:peer${i}`, dateCreated: daysAgo(45 + (i % 50)), attributes: OURS };
    switch (kind) {
      case 'ours-idle':
        // Every other one of the last kind is a group.
        if (i % 20 === 19) Object.assign(conversation, { attributes: GROUP, uniqueName: `iac:group:${i}`, friendlyName: `Escalations ${i}` });
        idle.add(conversation.sid);
        break;
      case 'untagged-idle':
        Object.assign(conversation, { attributes: JSON.stringify({ flexInteraction: true }), uniqueName: undefined, friendlyName: 'Customer chat' });
        break;
      case 'ours-recent':
        conversation.dateCreated = daysAgo(3);
        break;
      case 'legacy-idle':
        Object.assign(conversation, { attributes: LEGACY, uniqueName: `agent${i}+peer${i}` });
        idle.add(conversation.sid);
        break;
      case 'ours-idle-but-recent-message':
        Object.assign(conversation, { messages: [daysAgo(40), daysAgo(2)] });
        break;
      case 'malformed':
        conversation.attributes = malformed[Math.floor(i / kinds.length) % malformed.length];
        break;
      case 'ours-idle-with-old-messages':
        Object.assign(conversation, { messages: [daysAgo(44), daysAgo(33)] });
        idle.add(conversation.sid);
        break;
      case 'ours-updated-recently':
        Object.assign(conversation, { dateUpdated: daysAgo(1) });
        break;
    }
    conversations.push(conversation);
  }
  return { conversations, idle };
}

/** @param {string} stdout */
const listedSids = (stdout) => new Set([...stdout.matchAll(/^ {2}(CH[0-9a-f]{32}) /gm)].map((m) => m[1]));

/** A fresh server with the seed, and the environment that points the command at it. */
async function setUp() {
  const { conversations, idle } = seed();
  const api = await startFakeConversationsApi({
    serviceSid: SERVICE_SID,
    accountSid: ACCOUNT_SID,
    username: ACCOUNT_SID,
    password: AUTH_TOKEN,
    conversations,
  });
  const env = {
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    TWILIO_CONVERSATIONS_SERVICE_SID: SERVICE_SID,
    TWILIO_CONVERSATIONS_BASE_URL: api.baseUrl,
  };
  const deletes = () => api.requests.filter((r) => r.method === 'DELETE').map((r) => r.path.split('/').at(-1));
  const listings = () => api.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/Conversations'));
  return { api, env, conversations, idle, deletes, listings };
}

describe('cleanup: dry run', () => {
  /** @type {Awaited<ReturnType<typeof setUp>>} */
  let world;
  /** @type {Awaited<ReturnType<typeof run>>} */
  let result;
  before(async () => {
    world = await setUp();
    result = await run(['cleanup'], world.env);
  });
  after(() => world.api.close());

  it('lists exactly the tagged idle chats, ours (groups too) and the original plugin’s, across every page', () => {
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(listedSids(result.stdout), world.idle);
    assert.equal(world.idle.size, 104);
  });

  it('names a group by its name', () => {
    assert.match(result.stdout, /^ {2}CH[0-9a-f]{32} {2}last active .+ {2}group “Escalations 19”$/m);
  });

  it('reads every page by following next_page_url, 100 at a time', () => {
    const pages = world.listings();
    assert.equal(pages.length, 3);
    assert.equal(pages[0].query.get('PageSize'), '100');
    assert.ok(pages[1].query.get('PageToken'), 'the second page is asked for with the token Twilio gave');
    assert.ok(pages.every((p) => p.query.get('PageSize') === '100'));
  });

  it('deletes nothing and says how to delete', () => {
    assert.deepEqual(world.deletes(), []);
    assert.equal(world.api.remaining().size, 260);
    assert.match(
      result.stdout,
      /^Found 104 idle chats out of 182 tagged \(260 conversations read\)\. Dry run: nothing deleted\. Run again with --yes to delete them\.$/m,
    );
  });

  it('shows progress on stderr and says it is not talking to Twilio', () => {
    assert.match(result.stderr, /Reading conversations: 260 read, 182 tagged…/);
    assert.match(result.stderr, /Checking last messages:/);
    assert.match(result.stderr, /Talking to http:\/\/127\.0\.0\.1:\d+, not Twilio/);
  });

  it('looks up last messages only for chats whose own dates are old', () => {
    const lookups = world.api.requests.filter((r) => r.path.endsWith('/Messages'));
    assert.ok(lookups.every((r) => r.query.get('Order') === 'desc' && r.query.get('PageSize') === '1'));
    const checked = new Set(lookups.map((r) => r.path.split('/')[5]));
    for (const c of world.conversations) {
      if (![OURS, LEGACY, GROUP].includes(c.attributes)) assert.ok(!checked.has(c.sid), `${c.sid} is not ours`);
      if (c.dateUpdated && c.dateUpdated > daysAgo(30)) assert.ok(!checked.has(c.sid), `${c.sid} was updated recently`);
    }
  });
});

describe('cleanup --yes', () => {
  /** @type {Awaited<ReturnType<typeof setUp>>} */
  let world;
  after(() => world?.api.close());

  it('deletes exactly the tagged idle chats and never an untagged one', async () => {
    world = await setUp();
    const result = await run(['cleanup', '--yes'], world.env);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(new Set(world.deletes()), world.idle);
    assert.equal(world.deletes().length, world.idle.size, 'each chat is deleted once');
    const remaining = world.api.remaining();
    for (const c of world.conversations) assert.equal(remaining.has(c.sid), !world.idle.has(c.sid), c.sid);
    assert.match(result.stdout, /^Found 104 idle chats out of 182 tagged \(260 conversations read\)\. Deleted 104\.$/m);
  });

  it('finds nothing left to delete on a second run', async () => {
    const result = await run(['cleanup', '--yes'], world.env);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^Found 0 idle chats out of 78 tagged \(156 conversations read\)\. Nothing to delete\.$/m);
  });
});

describe('cleanup --yes when deletes fail', () => {
  it('tolerates a chat that is already gone (404)', async () => {
    const world = await setUp();
    try {
      const [gone] = world.idle;
      world.api.failDelete(gone, 404);
      const result = await run(['cleanup', '--yes'], world.env);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /Deleted 103; 1 was already gone\.$/m);
      assert.doesNotMatch(result.stderr, /Could not delete/);
    } finally {
      await world.api.close();
    }
  });

  it('names a chat that could not be deleted (500), deletes the others and exits 1', async () => {
    const world = await setUp();
    try {
      const [broken] = world.idle;
      world.api.failDelete(broken, 500);
      const result = await run(['cleanup', '--yes'], world.env);
      assert.equal(result.code, 1);
      assert.match(result.stderr, new RegExp(`Could not delete ${broken} \\(iac:dm:[^)]+\\): .*HTTP 500, Twilio error 20500: Internal server error\\.`));
      assert.match(result.stdout, /Deleted 103; 1 could not be deleted \(see above\): run the command again to retry it\.$/m);
      const remaining = world.api.remaining();
      assert.ok(remaining.has(broken));
      for (const id of world.idle) if (id !== broken) assert.ok(!remaining.has(id), id);
    } finally {
      await world.api.close();
    }
  });
});

describe('cleanup: options and configuration', () => {
  /** @type {Awaited<ReturnType<typeof setUp>>} */
  let world;
  before(async () => {
    world = await setUp();
  });
  after(() => world.api.close());

  it('takes --idle-days and --service', async () => {
    const { TWILIO_CONVERSATIONS_SERVICE_SID: _, ...env } = world.env;
    const result = await run(['cleanup', '--service', SERVICE_SID, '--idle-days', '90'], env);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /idle for more than 90 days/);
    // Created 45 to 94 days ago: only the oldest few are past 90 days.
    const listed = listedSids(result.stdout);
    assert.ok(listed.size > 0 && listed.size < world.idle.size);
    for (const id of listed) assert.ok(world.idle.has(id));
  });

  it('signs in with an API key', async () => {
    const keyed = await startFakeConversationsApi({
      serviceSid: SERVICE_SID,
      accountSid: ACCOUNT_SID,
      username: API_KEY,
      password: API_SECRET,
      conversations: seed().conversations,
    });
    try {
      const result = await run(['cleanup'], {
        TWILIO_ACCOUNT_SID: ACCOUNT_SID,
        TWILIO_API_KEY: API_KEY,
        TWILIO_API_SECRET: API_SECRET,
        TWILIO_CONVERSATIONS_SERVICE_SID: SERVICE_SID,
        TWILIO_CONVERSATIONS_BASE_URL: keyed.baseUrl,
      });
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /Found 104 idle chats/);
    } finally {
      await keyed.close();
    }
  });

  it('names the variables when credentials are missing, and asks nothing of Twilio', async () => {
    const before = world.api.requests.length;
    const result = await run(['cleanup'], { TWILIO_CONVERSATIONS_SERVICE_SID: SERVICE_SID, TWILIO_CONVERSATIONS_BASE_URL: world.api.baseUrl });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /No Twilio credentials: TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are not set\./);
    assert.match(result.stderr, /TWILIO_API_KEY and TWILIO_API_SECRET/);
    assert.equal(world.api.requests.length, before);

    const halfKey = await run(['cleanup'], { TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_API_KEY: API_KEY, TWILIO_CONVERSATIONS_SERVICE_SID: SERVICE_SID });
    assert.equal(halfKey.code, 2);
    assert.match(halfKey.stderr, /TWILIO_API_SECRET is not set/);
  });

  it('asks for the service, and refuses something that is not a service SID', async () => {
    const { TWILIO_CONVERSATIONS_SERVICE_SID: _, ...env } = world.env;
    const missing = await run(['cleanup'], env);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /Pass --service ISxxx or set TWILIO_CONVERSATIONS_SERVICE_SID/);
    const wrong = await run(['cleanup', '--service', 'Flex Chat Service'], env);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /"Flex Chat Service" is not a Conversations service SID/);
  });

  itExplainsTwilioFailures('cleanup', () => world.env);

  it('refuses bad options in words', async () => {
    for (const args of [['cleanup', '--idle-days', '0'], ['cleanup', '--idle-days', 'ten'], ['cleanup', '--idle-days', '1.5']]) {
      const result = await run(args, world.env);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, /--idle-days must be a whole number of days, 1 or more/);
    }
    const unknown = await run(['cleanup', '--include-pinned'], world.env);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Unknown option '--include-pinned'.*\n.*cleanup --help/);
    const command = await run(['purge'], world.env);
    assert.equal(command.code, 2);
    assert.match(command.stderr, /There is no command "purge"/);
    assert.deepEqual(world.deletes(), []);
  });

  it('explains itself with --help', async () => {
    const result = await run(['cleanup', '--help'], {});
    assert.equal(result.code, 0);
    for (const words of ['--yes', '--idle-days N', 'DRY RUN', 'TWILIO_CONVERSATIONS_SERVICE_SID', 'TWILIO_API_KEY', 'Flex Chat Service', 'never deleted']) {
      assert.ok(result.stdout.includes(words), `help mentions ${words}`);
    }
    const top = await run(['--help'], {});
    assert.equal(top.code, 0);
    assert.match(top.stdout, /cleanup {4}List \(and with --yes delete\)/);
    const none = await run([], {});
    assert.equal(none.code, 2);
    assert.match(none.stderr, /A command is needed/);
  });
});
