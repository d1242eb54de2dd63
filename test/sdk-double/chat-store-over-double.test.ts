/**
 * The ChatStore, unchanged, over the strict SDK double for two agents: proof that the store
 * relies on the documented behaviour of @twilio/conversations, not on the embedded backend's
 * manners (events before a call resolves, rosters current at once, errors with a top-level code).
 */
import { expect } from '@open-wc/testing';
import { ChatStore } from '../../src/services/chat-store.js';
import { InsightsDirectory } from '../../src/services/directory/insights-directory.js';
import { LocalInsightsClient } from '../../src/services/local/local-insights-client.js';
import { memoryStorage } from '../../src/services/storage/user-storage.js';
import { until } from '../helpers/until.js';
import { readAllPages } from '../../src/services/conversations/initialized.js';
import { ConversationsServiceDouble, conversationsSdkDouble, type StrictClient } from './index.js';
import { inEnglish } from '../helpers/english.js';

describe('ChatStore over the strict SDK double', () => {
  let service: ConversationsServiceDouble;
  const running: Array<{ store: ChatStore; client: StrictClient }> = [];

  /** An agent signed in the way a portal or Flex would: a token, then the SDK's Client. */
  const signIn = async (identity: string) => {
    const { Client } = conversationsSdkDouble(service);
    const client = new Client(service.issueToken(identity), { throwErrorsAlways: true });
    const store = new ChatStore({ client, directory: new InsightsDirectory(new LocalInsightsClient()), storage: memoryStorage() });
    running.push({ store, client });
    await store.start();
    return { store, client };
  };

  beforeEach(() => {
    // Some latency, so nothing the store does can lean on answers arriving in the same task.
    service = new ConversationsServiceDouble({ latencyMs: 5, typingTimeoutMs: 300 });
  });

  afterEach(async () => {
    for (const { store, client } of running.splice(0)) {
      store.dispose();
      await client.shutdown();
    }
  });

  it('starts: ready, knows who is signed in, and lists the directory', async () => {
    const { store } = await signIn('alice');
    expect(store.state.startup).to.equal('ready');
    expect(store.state.me?.identity).to.equal('alice');
    await until(store, (s) => s.directory.results.includes('bob'));
  });

  it('takes the signed-in agent once the client is initialized, not when its socket connects (Flex loads plugins in between)', async () => {
    service = new ConversationsServiceDouble({ latencyMs: 5, initializationMs: 150 });
    const { Client } = conversationsSdkDouble(service);
    const client = new Client(service.issueToken('alice'), { throwErrorsAlways: true });
    await new Promise<void>((resolve) => client.on('connectionStateChanged', (state) => state === 'connected' && resolve()));
    expect(client.user.identity).to.equal('', 'connected, still loading');
    const store = new ChatStore({ client, directory: new InsightsDirectory(new LocalInsightsClient()), storage: memoryStorage() });
    running.push({ store, client });
    await store.start();
    expect(store.state.startup).to.equal('ready');
    expect(store.state.me?.identity).to.equal('alice');
  });

  it('files a returning agent\'s chat under the other agent, even when the client announces it before it has initialized', async () => {
    const first = await signIn('alice');
    await signIn('bob');
    await first.store.send('bob', { text: 'Before the reload', files: [] });
    await until(first.store, (s) => s.threads.get('bob')?.messages.every((m) => m.delivery === 'sent'));
    const again = await signIn('alice');
    await until(again.store, (s) => s.chats.has('bob'));
    expect([...again.store.state.chats.keys()]).to.deep.equal(['bob'], 'not under Alice herself');
  });

  it('creates the chat with the first message; the other agent sees it with an unread count, replies, and reads', async () => {
    const alice = await signIn('alice');
    const bob = await signIn('bob');

    await alice.store.openChat('bob');
    expect(await readAllPages(alice.client.getSubscribedConversations())).to.have.length(0, 'opening a chat creates nothing');
    await alice.store.send('bob', { text: 'Hi Bob, got a minute?', files: [] });
    await until(alice.store, (s) => s.threads.get('bob')?.messages.every((m) => m.delivery === 'sent') && s.threads.get('bob')!.messages.length === 1);

    const chat = await until(bob.store, (s) => s.chats.get('alice')?.unread === 1 && s.chats.get('alice'));
    await until(bob.store, (s) => s.chats.get('alice')?.preview === 'Hi Bob, got a minute?');
    expect(chat.peer).to.equal('alice');

    await bob.store.openChat('alice');
    bob.store.setViewing('alice');
    await until(bob.store, (s) => s.chats.get('alice')?.unread === 0);
    const first = alice.store.state.threads.get('bob')!.messages[0]!;
    await until(alice.store, (s) => (s.threads.get('bob')?.readHorizons.get('bob') ?? -1) >= first.index);

    await bob.store.send('alice', { text: 'Sure, go ahead.', files: [] });
    await until(alice.store, (s) => s.chats.get('bob')?.unread === 1 && s.chats.get('bob')?.preview === 'Sure, go ahead.');
    alice.store.setViewing('bob');
    await until(alice.store, (s) => s.chats.get('bob')?.unread === 0);
    await until(bob.store, (s) => {
      const reply = s.threads.get('alice')?.messages.find((m) => m.body === 'Sure, go ahead.');
      return reply && (s.threads.get('alice')?.readHorizons.get('alice') ?? -1) >= reply.index;
    });
    expect(await readAllPages(bob.client.getSubscribedConversations())).to.have.length(1);
  });

  it('counts every message of a new incoming chat as unread (the SDK says null, not zero)', async () => {
    const alice = await signIn('alice');
    for (const text of ['one', 'two', 'three']) await alice.store.send('bob', { text, files: [] });
    const bob = await signIn('bob');
    await until(bob.store, (s) => s.chats.get('alice')?.unread === 3);
  });

  it('ends up with one conversation when both agents send their first message at once (50353 → fetch)', async () => {
    const [alice, bob] = await Promise.all([signIn('alice'), signIn('bob')]);
    await Promise.all([
      alice.store.send('bob', { text: 'from alice', files: [] }),
      bob.store.send('alice', { text: 'from bob', files: [] }),
    ]);
    await until(alice.store, (s) => s.chats.get('bob')?.preview !== undefined && s.chats.get('bob')?.preview !== '');
    await until(bob.store, (s) => s.chats.has('alice'));
    expect(await readAllPages(alice.client.getSubscribedConversations())).to.have.length(1);
    expect(await readAllPages(bob.client.getSubscribedConversations())).to.have.length(1);
  });

  it('sends text and attachments as one message, fetched by a fresh URL', async () => {
    const [alice, bob] = await Promise.all([signIn('alice'), signIn('bob')]);
    const files = [new File(['a'], 'a.txt', { type: 'text/plain' }), new File(['bb'], 'b.png', { type: 'image/png' })];
    await alice.store.send('bob', { text: 'two files', files });
    await until(bob.store, (s) => s.chats.has('alice'));
    await bob.store.openChat('alice');
    const [message] = await until(bob.store, (s) => s.threads.get('alice')?.messages.length === 1 && s.threads.get('alice')!.messages);
    expect(message!.attachments.map((a) => a.filename)).to.deep.equal(['a.txt', 'b.png']);
    const url = await bob.store.attachmentUrl(message!.key, message!.attachments[1]!.sid);
    expect(await (await fetch(url!)).text()).to.equal('bb');
  });

  it('says so in words when the token is refused at start-up', async () => {
    const { Client } = conversationsSdkDouble(service);
    const client = new Client('expired-or-forged', { throwErrorsAlways: true });
    const store = new ChatStore({ client, directory: new InsightsDirectory(new LocalInsightsClient()) });
    running.push({ store, client });
    await store.start();
    expect(store.state.startup).to.equal('failed');
    expect(inEnglish(store.state.startupError)).to.match(/Couldn't start the chat/);
  });
});
