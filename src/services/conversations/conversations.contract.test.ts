/**
 * One contract, two implementations: the embedded LocalConversationsClient and the strict SDK
 * double run the same test bodies, so neither can drift from the documented behaviour of
 * `@twilio/conversations` (TWILIO-FACTS.md) without a failure here.
 *
 * The bodies use only the port (ChatClient and what it hands out) and never assume an event
 * has already happened when a call resolves: listeners are attached before acting.
 */
import { expect } from '@open-wc/testing';
import type { ChatClient, ChatConversation } from './ports.js';
import { ERROR_CODES, errorCode } from './describe-error.js';
import { readAllPages, whenInitialized } from './initialized.js';
import { LocalConversationsClient } from '../local/local-conversations-client.js';
import { nextEvent, rejection, testDatabase, until } from '../local/test-support.js';
import { ConversationsServiceDouble, conversationsSdkDouble } from '../../../test/sdk-double/index.js';

const TYPING_TIMEOUT_MS = 400;

/** A client that can also lose and regain its connection, as both implementations can. */
type TestClient = ChatClient & { goOffline(): void; goOnline(): Promise<void> };

interface Backend {
  /** A client for `identity`, made the way an application makes one: it connects on its own. */
  construct(identity: string): TestClient;
  dispose(): Promise<void>;
}

const implementations: Array<{ name: string; create(): Backend }> = [
  {
    name: 'embedded LocalConversationsClient',
    create() {
      const database = testDatabase();
      const clients: LocalConversationsClient[] = [];
      return {
        construct(identity) {
          const client = new LocalConversationsClient(identity, { database, typingTimeoutMs: TYPING_TIMEOUT_MS });
          clients.push(client);
          return client;
        },
        async dispose() {
          await Promise.all(clients.map((client) => client.shutdown()));
          indexedDB.deleteDatabase(database);
        },
      };
    },
  },
  {
    name: 'strict SDK double',
    create() {
      const service = new ConversationsServiceDouble({ typingTimeoutMs: TYPING_TIMEOUT_MS });
      const { Client } = conversationsSdkDouble(service);
      const clients: Array<InstanceType<typeof Client>> = [];
      return {
        construct(identity) {
          const client = new Client(service.issueToken(identity), { throwErrorsAlways: true });
          clients.push(client);
          return client;
        },
        async dispose() {
          await Promise.all(clients.map((client) => client.shutdown()));
        },
      };
    },
  },
];

for (const implementation of implementations) {
  describe(`Conversations contract: ${implementation.name}`, () => {
    let backend: Backend;
    const connect = async (identity: string) => {
      const client = backend.construct(identity);
      await whenInitialized(client);
      return client;
    };

    /** Alice's conversation with Bob, once each side has heard of the other. */
    async function chatBetween(a: ChatClient, b: ChatClient, uniqueName?: string): Promise<[ChatConversation, ChatConversation]> {
      const ours = await a.createConversation({ uniqueName, attributes: { kind: 'test' } });
      const theirs = nextEvent(b, 'conversationJoined');
      const heard = nextEvent(a, 'participantJoined');
      await ours.add(b.user.identity);
      await heard;
      return [ours, await theirs];
    }

    beforeEach(() => {
      backend = implementation.create();
    });
    afterEach(() => backend.dispose());

    it('reports initialized only after the constructor returned, then knows its user', async () => {
      const client = backend.construct('alice');
      let initialized = false;
      client.on('initialized', () => (initialized = true));
      expect(client.connectionState).not.to.equal('connected');
      await whenInitialized(client);
      expect(initialized).to.equal(true);
      expect(client.connectionState).to.equal('connected');
      expect(client.user.identity).to.equal('alice');
    });

    it('creates a conversation, announces it, and refuses its uniqueName a second time with 50353', async () => {
      const [alice, bob] = await Promise.all([connect('alice'), connect('bob')]);
      const added = nextEvent(alice, 'conversationAdded');
      const joined = nextEvent(alice, 'conversationJoined');
      const conversation = await alice.createConversation({ uniqueName: 'pair:a', friendlyName: 'Pair A', attributes: { kind: 'test' } });
      expect(conversation.uniqueName).to.equal('pair:a');
      expect(conversation.friendlyName).to.equal('Pair A');
      expect(conversation.attributes).to.deep.equal({ kind: 'test' });
      expect(conversation.createdBy).to.equal('alice');
      expect(conversation.status).to.equal('joined');
      expect((await added).sid).to.equal(conversation.sid);
      expect((await joined).sid).to.equal(conversation.sid);

      for (const client of [alice, bob]) {
        const error = await rejection(client.createConversation({ uniqueName: 'pair:a' }));
        expect(errorCode(error)).to.equal(ERROR_CODES.uniqueNameExists);
        expect(error.reply?.status.code).to.equal(409);
        expect(error.reply?.body.code).to.equal(ERROR_CODES.uniqueNameExists);
      }
    });

    it('finds a conversation by uniqueName only for its participants (50350 for others)', async () => {
      const [alice, bob] = await Promise.all([connect('alice'), connect('bob')]);
      const ours = await alice.createConversation({ uniqueName: 'pair:b' });
      const missing = await rejection(bob.getConversationByUniqueName('pair:b'));
      expect(errorCode(missing)).to.equal(ERROR_CODES.notFound);
      expect(missing.reply?.status.code).to.equal(404);

      const theirs = nextEvent(bob, 'conversationJoined');
      await ours.add('bob');
      await theirs;
      const found = await bob.getConversationByUniqueName('pair:b');
      expect(found.sid).to.equal(ours.sid);
      expect(found.status).to.equal('joined');
      expect(await alice.getConversationByUniqueName('pair:b')).to.equal(ours, 'one object per conversation');
    });

    it('adds a participant: both sides hear it and list both; adding them again is refused', async () => {
      const [alice, bob] = await Promise.all([connect('alice'), connect('bob')]);
      const ours = await alice.createConversation();
      const heard = nextEvent(alice, 'participantJoined');
      const theirs = nextEvent(bob, 'conversationJoined');
      const added = nextEvent(bob, 'conversationAdded');
      await ours.add('bob');
      const participant = await heard;
      expect(participant.identity).to.equal('bob');
      expect(participant.conversation).to.equal(ours);
      expect(participant.lastReadMessageIndex).to.equal(null);
      const conversation = await theirs;
      expect((await added).sid).to.equal(ours.sid);
      expect((await conversation.getParticipants()).map((p) => p.identity).sort()).to.deep.equal(['alice', 'bob']);
      expect((await ours.getParticipants()).map((p) => p.identity).sort()).to.deep.equal(['alice', 'bob']);
      expect(errorCode(await rejection(ours.add('bob')))).to.equal(50433);
    });

    it('sends text, attributes and several attachments as one message that both sides hear', async () => {
      const [alice, bob] = await Promise.all([connect('alice'), connect('bob')]);
      const [ours, theirs] = await chatBetween(alice, bob);
      const mine = nextEvent(alice, 'messageAdded');
      const heard = nextEvent(bob, 'messageAdded');
      const onConversation = nextEvent(theirs, 'messageAdded');
      const form = new FormData();
      form.append('file', new File(['bbb'], 'b.png', { type: 'image/png' }));
      const index = await ours
        .prepareMessage()
        .setBody('two files')
        .setAttributes({ clientId: 'c1' })
        .addMedia({ contentType: 'text/plain', filename: 'a.txt', media: new Blob(['aa'], { type: 'text/plain' }) })
        .addMedia(form)
        .build()
        .send();

      const message = await heard;
      expect(await onConversation).to.equal(message);
      expect((await mine).conversation).to.equal(ours);
      expect(message.conversation).to.equal(theirs);
      expect(message.index).to.equal(index);
      expect(message.author).to.equal('alice');
      expect(message.body).to.equal('two files');
      expect(message.attributes).to.deep.equal({ clientId: 'c1' });
      expect(message.type).to.equal('media');
      expect(message.attachedMedia?.map((m) => [m.filename, m.contentType, m.size])).to.deep.equal([
        ['a.txt', 'text/plain', 2],
        ['b.png', 'image/png', 3],
      ]);
      const media = message.attachedMedia![1]!;
      const first = await media.getContentTemporaryUrl();
      const second = await media.getContentTemporaryUrl();
      expect(second).not.to.equal(first, 'a new temporary URL on each call');
      expect(await (await fetch(second!)).text()).to.equal('bbb');
    });

    it('refuses to build a message past the attachment count limit, without checking sizes', async () => {
      const alice = await connect('alice');
      const conversation = await alice.createConversation();
      const builder = conversation.prepareMessage();
      const limit = conversation.limits.mediaAttachmentsCountLimit;
      for (let i = 0; i < limit; i++) builder.addMedia({ contentType: 'text/plain', filename: `${i}.txt`, media: new Blob(['x']) });
      expect(() => builder.build()).not.to.throw();
      builder.addMedia({ contentType: 'text/plain', filename: 'one-too-many.txt', media: new Blob(['x']) });
      expect(() => builder.build()).to.throw();
    });

    it('pages backwards from the newest and forwards from an anchor; paginators reject past either end', async () => {
      const alice = await connect('alice');
      const conversation = await alice.createConversation();
      const sent: number[] = [];
      for (let i = 0; i < 7; i++) sent.push(await conversation.sendMessage(`message ${i}`));
      const indexes = (page: { items: Array<{ index: number }> }) => page.items.map((m) => m.index);

      const newest = await conversation.getMessages(3);
      expect(indexes(newest)).to.deep.equal(sent.slice(4));
      expect([newest.hasPrevPage, newest.hasNextPage]).to.deep.equal([true, false]);
      const older = await newest.prevPage();
      expect(indexes(older)).to.deep.equal(sent.slice(1, 4));
      expect([older.hasPrevPage, older.hasNextPage]).to.deep.equal([true, true]);
      const oldest = await older.prevPage();
      expect(indexes(oldest)).to.deep.equal(sent.slice(0, 1));
      expect(oldest.hasPrevPage).to.equal(false);
      await rejection(oldest.prevPage());
      await rejection(newest.nextPage());

      const start = await conversation.getMessages(3, sent[0], 'forward');
      expect(indexes(start)).to.deep.equal(sent.slice(0, 3));
      expect([start.hasPrevPage, start.hasNextPage]).to.deep.equal([false, true]);
      const middle = await start.nextPage();
      expect(indexes(middle)).to.deep.equal(sent.slice(3, 6));
      const end = await middle.nextPage();
      expect(indexes(end)).to.deep.equal(sent.slice(6));
      expect(end.hasNextPage).to.equal(false);
      await rejection(end.nextPage());
    });

    it('reports null unread before a read horizon, then counts; horizons reach the other side', async () => {
      const [alice, bob] = await Promise.all([connect('alice'), connect('bob')]);
      const [ours, theirs] = await chatBetween(alice, bob);
      const sent: number[] = [];
      for (const body of ['one', 'two', 'three']) sent.push(await ours.sendMessage(body));

      expect(await theirs.getUnreadMessagesCount()).to.equal(null, 'no horizon yet: null, not 0 and not 3');
      expect(theirs.lastReadMessageIndex).to.equal(null);

      const heard = nextEvent(alice, 'participantUpdated');
      expect(await theirs.advanceLastReadMessageIndex(sent[0]!)).to.equal(2);
      const { participant, updateReasons } = await heard;
      expect(participant.identity).to.equal('bob');
      expect(participant.conversation).to.equal(ours);
      expect(participant.lastReadMessageIndex).to.equal(sent[0]);
      expect(updateReasons).to.include('lastReadMessageIndex');
      expect(await theirs.getUnreadMessagesCount()).to.equal(2);

      const ownUpdate = new Promise<void>((resolve) => {
        const listener = ({ conversation, updateReasons: reasons }: { conversation: ChatConversation; updateReasons: string[] }) => {
          if (conversation !== theirs || !reasons.includes('lastReadMessageIndex') || conversation.lastReadMessageIndex !== sent[2]) return;
          bob.off('conversationUpdated', listener);
          resolve();
        };
        bob.on('conversationUpdated', listener);
      });
      expect(await theirs.setAllMessagesRead()).to.equal(0);
      await ownUpdate;
      expect(await theirs.getUnreadMessagesCount()).to.equal(0);
      expect(await theirs.advanceLastReadMessageIndex(sent[0]!)).to.equal(0, 'a horizon never moves back');
    });

    it('tells both sides about each message, and updates lastMessage on both', async () => {
      const [alice, bob] = await Promise.all([connect('alice'), connect('bob')]);
      const [ours, theirs] = await chatBetween(alice, bob);
      const updated = (client: ChatClient, conversation: ChatConversation) =>
        new Promise<void>((resolve) => {
          const listener = (data: { conversation: ChatConversation; updateReasons: string[] }) => {
            if (data.conversation !== conversation || !data.updateReasons.includes('lastMessage')) return;
            client.off('conversationUpdated', listener);
            resolve();
          };
          client.on('conversationUpdated', listener);
        });
      const both = Promise.all([nextEvent(alice, 'messageAdded'), nextEvent(bob, 'messageAdded'), updated(alice, ours), updated(bob, theirs)]);
      const index = await theirs.sendMessage('from bob');
      const [mine, heard] = await both;
      expect([mine.body, heard.body]).to.deep.equal(['from bob', 'from bob']);
      expect([mine.author, heard.author]).to.deep.equal(['bob', 'bob']);
      expect([ours.lastMessage?.index, theirs.lastMessage?.index]).to.deep.equal([index, index]);
    });

    it('shows typing to the other side, ended by a pause or at once by a message', async () => {
      const [alice, bob] = await Promise.all([connect('alice'), connect('bob')]);
      const [ours, theirs] = await chatBetween(alice, bob);
      const started = nextEvent(bob, 'typingStarted');
      await ours.typing();
      const participant = await started;
      expect(participant.identity).to.equal('alice');
      expect(participant.conversation).to.equal(theirs);
      await nextEvent(bob, 'typingEnded', TYPING_TIMEOUT_MS * 5);

      const again = nextEvent(bob, 'typingStarted');
      await ours.typing();
      await again;
      const order: string[] = [];
      bob.on('typingEnded', () => order.push('typingEnded'));
      bob.on('messageAdded', () => order.push('messageAdded'));
      await ours.sendMessage('done typing');
      await until(() => order.includes('messageAdded'));
      expect(order).to.deep.equal(['typingEnded', 'messageAdded']);
    });

    it('pages through every subscribed conversation, past the first page', async () => {
      const alice = await connect('alice');
      const created = new Set<string>();
      for (let i = 0; i < 55; i++) created.add((await alice.createConversation()).sid);
      const first = await alice.getSubscribedConversations();
      expect(first.hasNextPage).to.equal(true);
      expect(first.items.length).to.be.below(55);
      let page = first;
      while (page.hasNextPage) page = await page.nextPage();
      await rejection(page.nextPage());
      const all = await readAllPages(alice.getSubscribedConversations());
      expect(new Set(all.map((c) => c.sid))).to.deep.equal(created);
    });

    it('rejects calls with "disconnected" while offline and delivers what it missed once back', async () => {
      const [alice, bob] = await Promise.all([connect('alice'), connect('bob')]);
      const [ours, theirs] = await chatBetween(alice, bob);
      const states: string[] = [];
      bob.on('connectionStateChanged', (state) => states.push(state));
      bob.goOffline();
      expect(bob.connectionState).to.equal('disconnected');
      expect((await rejection(theirs.sendMessage('from the tunnel'))).message).to.match(/disconnected/);

      const heard = nextEvent(bob, 'messageAdded', 3000);
      await ours.sendMessage('while you were away');
      await bob.goOnline();
      expect((await heard).body).to.equal('while you were away');
      expect(bob.connectionState).to.equal('connected');
      expect(states[0]).to.equal('disconnected');
      expect(states.at(-1)).to.equal('connected');
    });

    it('renames a conversation as people see it: the other side hears friendlyName change', async () => {
      const [alice, bob] = await Promise.all([connect('alice'), connect('bob')]);
      const [ours, theirs] = await chatBetween(alice, bob);
      const heard = nextEvent(bob, 'conversationUpdated');
      expect(await ours.updateFriendlyName('Escalations')).to.equal(ours);
      const { conversation, updateReasons } = await heard;
      expect(conversation).to.equal(theirs);
      expect(updateReasons).to.include('friendlyName');
      expect([ours.friendlyName, theirs.friendlyName]).to.deep.equal(['Escalations', 'Escalations']);
    });

    it('leaves: the leaver hears conversationLeft, the other participantLeft; leaving again does nothing', async () => {
      const [alice, bob] = await Promise.all([connect('alice'), connect('bob')]);
      const [, theirs] = await chatBetween(alice, bob);
      const left = nextEvent(bob, 'conversationLeft');
      const heard = nextEvent(alice, 'participantLeft');
      await theirs.leave();
      expect((await left).sid).to.equal(theirs.sid);
      expect(theirs.status).to.equal('notParticipating');
      expect((await heard).identity).to.equal('bob');
      await theirs.leave();
      expect(await readAllPages(bob.getSubscribedConversations())).to.deep.equal([]);
    });
  });
}
