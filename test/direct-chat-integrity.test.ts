/**
 * A direct chat is its two agents' alone, and stays theirs whatever another client writes:
 * someone else in the pair's conversation (there from the start, or added later) means nothing
 * of it is shown or sent into, in words, and the next message starts a clean chat; a chat whose
 * attributes were overwritten is still found, with its history, and is tagged again. The same
 * story on the embedded backend and on the strict SDK double.
 */
import { expect } from '@open-wc/testing';
import type { ChatClient, ChatConversation, JSONValue } from '../src/services/conversations/ports.js';
import { ChatStore } from '../src/services/chat-store.js';
import { directChatAttributes, directChatName, isChatAttributes } from '../src/services/conversations/direct-chat.js';
import { readAllPages } from '../src/services/conversations/initialized.js';
import { InsightsDirectory } from '../src/services/directory/insights-directory.js';
import { LocalInsightsClient } from '../src/services/local/local-insights-client.js';
import { memoryStorage } from '../src/services/storage/user-storage.js';
import { inEnglish } from './helpers/english.js';
import { localChat, testDatabase } from './helpers/local-chat.js';
import { until } from './helpers/until.js';
import { ConversationsServiceDouble, conversationsSdkDouble } from './sdk-double/index.js';

interface Agent {
  store: ChatStore;
  client: ChatClient;
}

type Backend = { name: string; fresh(): void; signIn(identity: string, options?: { start?: boolean }): Promise<Agent> };

const stops: Array<() => Promise<void>> = [];

const embedded: Backend = (() => {
  let database = '';
  return {
    name: 'the embedded backend',
    fresh: () => void (database = testDatabase()),
    async signIn(identity, options) {
      const chat = await localChat(identity, database, options);
      stops.push(() => chat.stop());
      return chat;
    },
  };
})();

const strictDouble: Backend = (() => {
  let service: ConversationsServiceDouble;
  return {
    name: 'the strict SDK double',
    fresh: () => void (service = new ConversationsServiceDouble({ latencyMs: 5, typingTimeoutMs: 300 })),
    async signIn(identity, options) {
      const { Client } = conversationsSdkDouble(service);
      const client = new Client(service.issueToken(identity), { throwErrorsAlways: true });
      const store = new ChatStore({ client, directory: new InsightsDirectory(new LocalInsightsClient()), storage: memoryStorage() });
      stops.push(async () => {
        store.dispose();
        await client.shutdown();
      });
      if (options?.start !== false) await store.start();
      return { store, client };
    },
  };
})();

const sent = (store: ChatStore, peer: string) => store.state.threads.get(peer)?.messages.every((m) => m.delivery === 'sent');
const bodies = (store: ChatStore, peer: string) => store.state.threads.get(peer)?.messages.map((m) => m.body) ?? [];
const identitiesIn = async (conversation: ChatConversation) => (await conversation.getParticipants()).map((p) => p.identity).sort();

/** The conversations `client` is in that hold a message with `body`. */
async function conversationsWith(client: ChatClient, body: string): Promise<ChatConversation[]> {
  const found: ChatConversation[] = [];
  for (const conversation of await readAllPages(client.getSubscribedConversations())) {
    const page = await conversation.getMessages(50);
    if (page.items.some((m) => m.body === body)) found.push(conversation);
  }
  return found;
}

for (const backend of [embedded, strictDouble]) {
  describe(`a direct chat is its two agents' alone, on ${backend.name}`, () => {
    beforeEach(() => backend.fresh());
    afterEach(async () => {
      for (const stop of stops.splice(0)) await stop();
    });

    it('refuses, in words, a pair conversation a third agent made and sits in, and the next message starts a clean one', async () => {
      const carol = await backend.signIn('carol', { start: false });
      const trap = await carol.client.createConversation({
        uniqueName: await directChatName('alice', 'bob'),
        attributes: directChatAttributes('alice', 'bob'),
      });
      await trap.add('alice');
      await trap.add('bob');
      await trap.sendMessage('Welcome, you two');

      const alice = await backend.signIn('alice');
      const bob = await backend.signIn('bob');
      expect(alice.store.state.chats.has('bob'), 'not listed').to.equal(false);
      await alice.store.openChat('bob');
      await until(alice.store, (s) => s.threads.get('bob')?.status === 'ready');
      const thread = alice.store.state.threads.get('bob')!;
      expect(inEnglish(thread.refusal)).to.equal(
        "Someone else is in this chat besides you and Bob Smith, so it isn't shown. Write here to start a new chat with Bob Smith alone.",
      );
      expect(thread.messages, 'nothing of it is shown').to.deep.equal([]);

      await alice.store.send('bob', { text: 'Just us now', files: [] });
      await until(alice.store, () => sent(alice.store, 'bob'));
      expect(alice.store.state.threads.get('bob')?.refusal).to.equal(undefined);
      await until(bob.store, (s) => s.chats.get('alice')?.preview === 'Just us now');
      const [clean] = await conversationsWith(alice.client, 'Just us now');
      expect(await identitiesIn(clean!)).to.deep.equal(['alice', 'bob']);
      expect(await conversationsWith(carol.client, 'Just us now'), 'the third agent reads nothing').to.have.length(0);
    });

    it('stops showing a chat someone else is added to, live, and starts a clean one with the next message', async () => {
      const alice = await backend.signIn('alice');
      const bob = await backend.signIn('bob');
      await alice.store.openChat('bob');
      await alice.store.send('bob', { text: 'Between us', files: [] });
      await until(alice.store, (s) => sent(alice.store, 'bob') && s.threads.get('bob')?.messages.length === 1);
      await backend.signIn('carol', { start: false });

      const [shared] = await conversationsWith(bob.client, 'Between us');
      await shared!.add('carol');
      await until(alice.store, (s) => s.threads.get('bob')?.refusal);
      expect(alice.store.state.threads.get('bob')?.messages).to.deep.equal([]);
      expect(alice.store.state.chats.has('bob')).to.equal(false);

      await alice.store.send('bob', { text: 'Without Carol', files: [] });
      await until(alice.store, (s) => sent(alice.store, 'bob') && s.threads.get('bob')?.messages.some((m) => m.body === 'Without Carol'));
      const [clean] = await conversationsWith(alice.client, 'Without Carol');
      expect(clean!.sid).not.to.equal(shared!.sid);
      expect(await identitiesIn(clean!)).to.deep.equal(['alice', 'bob']);
      await until(bob.store, (s) => s.chats.get('alice')?.preview === 'Without Carol');
    });

    for (const [what, attributes] of [
      ['a number', 42],
      ['an array', [1, 2, 3]],
      ['null', null],
      ['a string', 'not ours'],
      ['a large object without our tag', { crm: 'x'.repeat(12_000) }],
    ] as Array<[string, JSONValue]>) {
      it(`keeps a chat, with its history, whose attributes another client overwrote with ${what}, and tags it again on the next message`, async () => {
        const alice = await backend.signIn('alice');
        const bob = await backend.signIn('bob');
        await alice.store.send('bob', { text: 'Our history', files: [] });
        await until(bob.store, (s) => s.chats.get('alice')?.preview === 'Our history');
        // Another client of Alice's (an integration with her rights): the one who may, on either backend.
        const [conversation] = await conversationsWith(alice.client, 'Our history');
        await conversation!.updateAttributes(attributes);

        const again = await backend.signIn('alice');
        await until(again.store, (s) => s.chats.get('bob')?.preview === 'Our history');
        await again.store.openChat('bob');
        await until(again.store, (s) => s.threads.get('bob')?.status === 'ready');
        expect(bodies(again.store, 'bob')).to.deep.equal(['Our history']);

        await again.store.send('bob', { text: 'Still here', files: [] });
        await until(again.store, (s) => sent(again.store, 'bob') && s.threads.get('bob')?.messages.length === 2);
        const [same] = await conversationsWith(again.client, 'Still here');
        expect(same!.sid, 'the same conversation, not a new one').to.equal(conversation!.sid);
        await until(again.store, () => isChatAttributes(same!.attributes) || undefined);
      });
    }
  });
}
