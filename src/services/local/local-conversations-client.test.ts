import { expect } from '@open-wc/testing';
import { ConversationsDatabase } from './conversations-database.js';
import type { LocalConversation } from './local-conversation.js';
import { LocalConversationsClient } from './local-conversations-client.js';
import {
  CONVERSATION_NOT_FOUND_CODE,
  PARTICIPANT_CONVERSATIONS_LIMIT_CODE,
  UNIQUE_NAME_EXISTS_CODE,
} from './local-errors.js';
import { ClientPool, nextEvent, record, rejection, sleep, testDatabase, until } from './test-support.js';

async function readAllPages<T>(first: Promise<{ items: T[]; hasNextPage: boolean; nextPage(): Promise<unknown> }>): Promise<T[]> {
  let page = await first;
  const items = [...page.items];
  while (page.hasNextPage) {
    page = (await page.nextPage()) as typeof page;
    items.push(...page.items);
  }
  return items;
}

/** Alice's conversation with Bob in it, as each of them sees it. */
async function aliceWithBob(pool: ClientPool) {
  const alice = await pool.client('alice');
  const bob = await pool.client('bob');
  const conversation = await alice.createConversation();
  const bobAdded = nextEvent(bob, 'conversationAdded');
  await conversation.add('bob');
  return { alice, bob, conversation, bobsConversation: await bobAdded };
}

describe('LocalConversationsClient', () => {
  let pool: ClientPool;
  beforeEach(() => {
    pool = new ClientPool();
  });
  afterEach(() => pool.dispose());

  it('connects after the constructor returns: connecting, connected, then initialized', async () => {
    const client = new LocalConversationsClient('alice', { database: pool.database });
    const states = record(client, 'connectionStateChanged');
    expect(client.connectionState).to.equal('unknown');
    await nextEvent(client, 'initialized');
    expect(states).to.deep.equal(['connecting', 'connected']);
    expect(client.user.identity).to.equal('alice');
    await client.shutdown();
  });

  it('reports initFailed when IndexedDB cannot be opened', async () => {
    const database = testDatabase();
    // A newer schema version already on disk makes our open fail with a VersionError.
    const newer = indexedDB.open(database, 99);
    await new Promise((resolve) => (newer.onsuccess = resolve));
    newer.result.close();
    const client = new LocalConversationsClient('alice', { database });
    const { error } = await nextEvent(client, 'initFailed');
    expect(error?.terminal).to.equal(true);
    expect(error?.message).to.be.a('string').and.not.empty;
    expect(client.connectionState).to.equal('error');
    expect((await rejection(client.getSubscribedConversations())).message).to.equal(error?.message);
    await client.shutdown();
    indexedDB.deleteDatabase(database);
  });

  it('lets alice start a chat with bob: bob hears the conversation and the message', async () => {
    const alice = await pool.client('alice');
    const bob = await pool.client('bob');
    const conversation = await alice.createConversation({
      uniqueName: 'alice|bob',
      friendlyName: 'Alice and Bob',
      attributes: { iac: 'direct' },
    });
    expect(conversation.status).to.equal('joined');
    expect(conversation.createdBy).to.equal('alice');
    expect(conversation.lastMessage).to.equal(undefined);

    const bobAdded = nextEvent(bob, 'conversationAdded');
    const bobJoined = nextEvent(bob, 'conversationJoined');
    await conversation.add('bob');
    const bobsConversation = await bobAdded;
    expect(await bobJoined).to.equal(bobsConversation);
    expect(bobsConversation.sid).to.equal(conversation.sid);
    expect(bobsConversation.uniqueName).to.equal('alice|bob');
    expect(bobsConversation.friendlyName).to.equal('Alice and Bob');
    expect(bobsConversation.attributes).to.deep.equal({ iac: 'direct' });
    expect((await bobsConversation.getParticipants()).map((p) => p.identity).sort()).to.deep.equal(['alice', 'bob']);

    const bobHears = nextEvent(bob, 'messageAdded');
    const bobsConversationHears = nextEvent(bobsConversation, 'messageAdded');
    const aliceHears = nextEvent(alice, 'messageAdded');
    const bobUpdated = nextEvent(bob, 'conversationUpdated');
    const index = await conversation.sendMessage('Hi Bob', { clientId: 'c-1' });
    expect(index).to.equal(0);

    const message = await bobHears;
    expect(await bobsConversationHears).to.equal(message);
    expect(message).to.include({ index: 0, author: 'alice', body: 'Hi Bob', type: 'text' });
    expect(message.attributes).to.deep.equal({ clientId: 'c-1' });
    expect(message.attachedMedia).to.equal(null);
    expect(message.sid).to.match(/^IM[0-9a-f]{32}$/);
    expect(message.dateCreated).to.be.instanceOf(Date);
    expect(message.conversation).to.equal(bobsConversation);
    expect((await aliceHears).body).to.equal('Hi Bob');
    expect((await bobUpdated).updateReasons).to.deep.equal(['lastMessage']);
    expect(bobsConversation.lastMessage?.index).to.equal(0);
    expect(conversation.lastMessage?.index).to.equal(0);

    // Same sid, same object: listeners on it keep working.
    expect(await bob.getConversationBySid(conversation.sid)).to.equal(bobsConversation);
    expect(await bob.getConversationByUniqueName('alice|bob')).to.equal(bobsConversation);
  });

  it('keeps conversations private to their participants', async () => {
    const alice = await pool.client('alice');
    const carol = await pool.client('carol');
    const carolHeard = record(carol, 'conversationAdded');
    const carolMessages = record(carol, 'messageAdded');
    const conversation = await alice.createConversation({ uniqueName: 'secret' });
    await conversation.sendMessage('for alice only');
    await sleep(50);
    expect(carolHeard).to.have.length(0);
    expect(carolMessages).to.have.length(0);
    const bySid = await rejection(carol.getConversationBySid(conversation.sid));
    expect(bySid.code).to.equal(CONVERSATION_NOT_FOUND_CODE);
    expect(bySid.reply).to.deep.equal({
      status: { code: 404, status: 'Not Found' },
      body: { code: CONVERSATION_NOT_FOUND_CODE, message: 'Conversation not found' },
    });
    expect((await rejection(carol.getConversationByUniqueName('secret'))).code).to.equal(CONVERSATION_NOT_FOUND_CODE);
  });

  it('refuses a taken uniqueName with 50353 and a 409 reply', async () => {
    const alice = await pool.client('alice');
    const bob = await pool.client('bob');
    await alice.createConversation({ uniqueName: 'alice|bob' });
    const error = await rejection(bob.createConversation({ uniqueName: 'alice|bob' }));
    expect(error.code).to.equal(UNIQUE_NAME_EXISTS_CODE);
    expect(error.message).to.equal('Conversation with provided unique name already exists');
    expect(error.reply).to.deep.equal({
      status: { code: 409, status: 'Conflict' },
      body: { code: UNIQUE_NAME_EXISTS_CODE, message: 'Conversation with provided unique name already exists' },
    });
  });

  it('lets exactly one of two racing clients create a uniqueName', async () => {
    const alice = await pool.client('alice');
    const bob = await pool.client('bob');
    for (let round = 0; round < 5; round++) {
      const results = await Promise.allSettled([
        alice.createConversation({ uniqueName: `race-${round}` }),
        bob.createConversation({ uniqueName: `race-${round}` }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).to.have.length(1);
      const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect((loser.reason as { code: number }).code).to.equal(UNIQUE_NAME_EXISTS_CODE);
    }
  });

  it('allocates unique, gap-free indexes when two clients send at once', async () => {
    const { alice, bob, conversation, bobsConversation } = await aliceWithBob(pool);
    const aliceHeard = record(alice, 'messageAdded');
    const bobHeard = record(bob, 'messageAdded');
    const indexes = await Promise.all([
      ...Array.from({ length: 20 }, (_, i) => conversation.sendMessage(`a${i}`)),
      ...Array.from({ length: 20 }, (_, i) => bobsConversation.sendMessage(`b${i}`)),
    ]);
    expect([...indexes].sort((a, b) => a - b)).to.deep.equal(Array.from({ length: 40 }, (_, i) => i));
    await until(() => aliceHeard.length === 40 && bobHeard.length === 40);
    // Both clients hear every message once, in commit order.
    expect(aliceHeard.map((m) => m.index)).to.deep.equal(Array.from({ length: 40 }, (_, i) => i));
    expect(bobHeard.map((m) => m.index)).to.deep.equal(Array.from({ length: 40 }, (_, i) => i));
    expect(await bobsConversation.getMessagesCount()).to.equal(40);
  });

  it('refuses one conversation more than the per-identity limit', async () => {
    const alice = await pool.client('alice', { conversationLimit: 3 });
    await pool.client('bob');
    const conversations: LocalConversation[] = [];
    for (let i = 0; i < 3; i++) conversations.push(await alice.createConversation());
    const create = await rejection(alice.createConversation());
    expect(create.code).to.equal(PARTICIPANT_CONVERSATIONS_LIMIT_CODE);
    expect(create.message).to.contain('alice');

    const other = await (await pool.client('carol', { conversationLimit: 3 })).createConversation();
    await other.add('bob');
    const add = await rejection(other.add('alice'));
    expect(add.code).to.equal(PARTICIPANT_CONVERSATIONS_LIMIT_CODE);
    // Leaving one frees a place.
    await conversations[0]!.leave();
    await other.add('alice');
  });

  it('pages subscribed conversations 50 at a time', async () => {
    const alice = await pool.client('alice');
    const created = new Set<string>();
    for (let i = 0; i < 120; i++) created.add((await alice.createConversation({ uniqueName: `c${i}` })).sid);
    const first = await alice.getSubscribedConversations();
    expect(first.items).to.have.length(50);
    expect(first.hasPrevPage).to.equal(false);
    const second = await first.nextPage();
    const third = await second.nextPage();
    expect(second.items).to.have.length(50);
    expect(third.items).to.have.length(20);
    expect(third.hasNextPage).to.equal(false);
    expect((await rejection(third.nextPage())).message).to.equal('No next page');
    expect((await third.prevPage()).items).to.deep.equal(second.items);
    expect(new Set([...first.items, ...second.items, ...third.items].map((c) => c.sid))).to.deep.equal(created);
  });

  it('loads existing conversations at start-up, as after a reload', async () => {
    const alice = await pool.client('alice');
    await alice.createConversation({ uniqueName: 'one' });
    await (await alice.createConversation({ uniqueName: 'two' })).sendMessage('hello');
    const reloaded = new LocalConversationsClient('alice', { database: pool.database });
    const announced = record(reloaded, 'conversationAdded');
    await nextEvent(reloaded, 'initialized');
    expect(announced.map((c) => c.uniqueName).sort()).to.deep.equal(['one', 'two']);
    const all = await readAllPages(reloaded.getSubscribedConversations());
    expect(all.map((c) => c.uniqueName).sort()).to.deep.equal(['one', 'two']);
    expect((await reloaded.getConversationByUniqueName('two')).lastMessage?.index).to.equal(0);
    await reloaded.shutdown();
  });

  it('goes offline: calls reject with "disconnected"; back online it delivers what it missed, in order', async () => {
    const { alice, conversation, bobsConversation } = await aliceWithBob(pool);

    const states = record(alice, 'connectionStateChanged');
    const heard = record(alice, 'messageAdded');
    alice.goOffline();
    expect(alice.connectionState).to.equal('disconnected');
    expect((await rejection(conversation.sendMessage('lost?'))).message).to.equal('disconnected');
    expect((await rejection(alice.getSubscribedConversations())).message).to.equal('disconnected');
    expect((await rejection(conversation.getMessages())).message).to.equal('disconnected');
    expect((await rejection(alice.createConversation())).message).to.equal('disconnected');

    for (const body of ['one', 'two', 'three']) await bobsConversation.sendMessage(body);
    await sleep(50);
    expect(heard).to.have.length(0);

    await alice.goOnline();
    expect(states).to.deep.equal(['disconnected', 'connecting', 'connected']);
    expect(heard.map((m) => m.body)).to.deep.equal(['one', 'two', 'three']);
    expect(conversation.lastMessage?.index).to.equal(2);
    expect(await conversation.sendMessage('back')).to.equal(3);
  });

  it('tells the others when I leave, and removes a deleted conversation for everyone', async () => {
    const alice = await pool.client('alice');
    const bob = await pool.client('bob');
    const carol = await pool.client('carol');
    const conversation = await alice.createConversation();
    const bobAdded = nextEvent(bob, 'conversationAdded');
    await conversation.add('bob');
    const bobsConversation = await bobAdded;
    const carolAdded = nextEvent(carol, 'conversationAdded');
    await conversation.add('carol');
    const carolsConversation = await carolAdded;

    const aliceSeesLeft = nextEvent(alice, 'participantLeft');
    const bobLeft = nextEvent(bob, 'conversationLeft');
    const bobRemoved = nextEvent(bob, 'conversationRemoved');
    await bobsConversation.leave();
    expect((await aliceSeesLeft).identity).to.equal('bob');
    expect(await bobLeft).to.equal(bobsConversation);
    expect(await bobRemoved).to.equal(bobsConversation);
    expect(bobsConversation.status).to.equal('notParticipating');
    await bobsConversation.leave(); // Not joined: nothing happens.
    expect((await rejection(bob.getConversationBySid(conversation.sid))).code).to.equal(CONVERSATION_NOT_FOUND_CODE);

    const carolRemoved = nextEvent(carol, 'conversationRemoved');
    const removedEvent = nextEvent(carolsConversation, 'removed');
    await conversation.delete();
    expect(await carolRemoved).to.equal(carolsConversation);
    expect(await removedEvent).to.equal(carolsConversation);
    expect(await readAllPages(carol.getSubscribedConversations())).to.have.length(0);
    expect(await readAllPages(alice.getSubscribedConversations())).to.have.length(0);
    // The uniqueName-free conversation is gone for good.
    expect((await rejection(alice.getConversationBySid(conversation.sid))).code).to.equal(CONVERSATION_NOT_FOUND_CODE);
  });

  it('hears a change another tab wrote without telling what it was (an older version), and one it never announced', async () => {
    const { conversation, bobsConversation: bobs } = await aliceWithBob(pool);
    const heard = record(bobs, 'messageAdded');

    // A tab that writes straight to the shared database and says nothing, then one that says only "the log changed".
    const silent = await ConversationsDatabase.open(pool.database, 1000);
    await silent.appendMessage(conversation.sid, 'alice', { body: 'unannounced', attributes: {}, media: [] });
    await sleep(50);
    expect(heard).to.have.length(0);
    const olderTab = new BroadcastChannel(`iac-local:${pool.database}`);
    olderTab.postMessage({ kind: 'log' });
    await until(() => heard.length === 1);
    expect(heard[0]!.body).to.equal('unannounced');

    // An entry nobody announced before one that is announced: both arrive, in order.
    await silent.appendMessage(conversation.sid, 'alice', { body: 'missed', attributes: {}, media: [] });
    await conversation.sendMessage('announced');
    await until(() => heard.length === 3);
    expect(heard.map((m) => [m.index, m.body])).to.deep.equal([
      [0, 'unannounced'],
      [1, 'missed'],
      [2, 'announced'],
    ]);
    olderTab.close();
    silent.close();
  });

  it('works alone in its tab without BroadcastChannel', async () => {
    const original = globalThis.BroadcastChannel;
    // @ts-expect-error simulating a browser without BroadcastChannel
    delete globalThis.BroadcastChannel;
    try {
      const alice = await pool.client('alice');
      const conversation = await alice.createConversation();
      const heard = nextEvent(conversation, 'messageAdded');
      await conversation.sendMessage('still works');
      expect((await heard).body).to.equal('still works');
      await conversation.typing();
    } finally {
      globalThis.BroadcastChannel = original;
    }
  });

  it('knows users: me, and others who signed in with a friendly name', async () => {
    const alice = await pool.client('alice', { friendlyName: 'Alice Johnson' });
    await pool.client('bob', { friendlyName: 'Bob Smith' });
    expect(alice.user).to.include({ identity: 'alice', friendlyName: 'Alice Johnson', isOnline: true });
    expect(await alice.getUser('bob')).to.include({ identity: 'bob', friendlyName: 'Bob Smith' });
    expect((await alice.getUser('nobody')).friendlyName).to.equal(null);
    await alice.updateToken('new-token');
  });
});
