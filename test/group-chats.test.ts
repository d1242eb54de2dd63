/**
 * Group chats in the store, on the embedded backend and on the strict SDK double: a
 * conversation tagged as this widget's group is a chat of its own for every member (issue 14's
 * store part; the UI to start one is still to come), and membership events keep it right: who
 * is in it, and who no longer sees it.
 */
import { expect } from '@open-wc/testing';
import { ChatStore } from '../src/services/chat-store.js';
import type { ChatClient, ChatConversation } from '../src/services/conversations/ports.js';
import { InsightsDirectory } from '../src/services/directory/insights-directory.js';
import { LocalInsightsClient } from '../src/services/local/local-insights-client.js';
import { memoryStorage } from '../src/services/storage/user-storage.js';
import { groupChatAttributes } from '../src/services/conversations/direct-chat.js';
import { groupChatId } from '../src/services/chat/chat-id.js';
import { GROUP_MAX_MEMBERS } from '../src/services/chat/group-chats.js';
import { FailureInWords } from '../src/services/conversations/describe-error.js';
import { phrase } from '../src/l10n/phrase.js';
import { localChat, testDatabase } from './helpers/local-chat.js';
import { until } from './helpers/until.js';
import { ConversationsServiceDouble, conversationsSdkDouble } from './sdk-double/index.js';

type GroupConversation = ChatConversation & { removeParticipant(identity: string): Promise<void> };

/** What a test drives of a member: their store, and the client beneath it for what the UI will do. */
interface Member {
  store: ChatStore;
  client: Omit<ChatClient, 'createConversation'> & { createConversation(options: object): Promise<GroupConversation> };
  stop(): Promise<void>;
}

interface Backend {
  signIn(identity: string): Promise<Member>;
  /** Someone with the right to (an admin, through the REST API on Twilio) takes `identity` out. */
  remove(conversation: GroupConversation, identity: string): Promise<void>;
}

const BACKENDS: Record<string, () => Backend> = {
  'the embedded backend': () => {
    const database = testDatabase();
    return {
      signIn: (identity) => localChat(identity, database) as Promise<Member>,
      remove: (conversation, identity) => conversation.removeParticipant(identity),
    };
  },
  'the strict SDK double': () => {
    const service = new ConversationsServiceDouble({ latencyMs: 5, typingTimeoutMs: 300 });
    const { Client } = conversationsSdkDouble(service);
    return {
      async signIn(identity) {
        const client = new Client(service.issueToken(identity), { throwErrorsAlways: true });
        const store = new ChatStore({ client, directory: new InsightsDirectory(new LocalInsightsClient()), storage: memoryStorage() });
        await store.start();
        return { store, client: client as unknown as Member['client'], stop: async () => (store.dispose(), await client.shutdown()) };
      },
      remove: async (conversation, identity) => service.restRemoveParticipant(conversation.sid, identity),
    };
  },
};

for (const [backend, open] of Object.entries(BACKENDS)) describe(`group chats in the store, on ${backend}`, () => {
  let backend: Backend;
  const running: Member[] = [];
  const start = async (identity: string) => {
    const member = await backend.signIn(identity);
    running.push(member);
    return member;
  };

  beforeEach(() => {
    backend = open();
  });

  afterEach(async () => {
    await Promise.all(running.splice(0).map((member) => member.stop()));
  });

  /** Alice starts "Escalations" with `others`, as the New group dialog does. */
  async function escalations(alice: Member, others: string[]) {
    const chat = await alice.store.createGroup(' Escalations ', others);
    const conversation = (await alice.client.getConversationBySid(chat.slice('group:'.length))) as GroupConversation;
    return { conversation, chat };
  }

  /** A two-person group made the way a client outside the widget would: only its tag says it is a group. */
  async function pairGroup(alice: Member, other: string) {
    const conversation = await alice.client.createConversation({ friendlyName: 'Escalations', attributes: groupChatAttributes() });
    await conversation.add(other);
    return { conversation, chat: groupChatId(conversation.sid) };
  }

  it('is a chat for every member, named and with its members, and its messages count unread with their author', async () => {
    const [alice, bob, maria] = await Promise.all([start('alice'), start('bob'), start('maria.garcia')]);
    const { chat } = await escalations(alice, ['bob', 'maria.garcia']);
    for (const member of [alice, bob, maria]) {
      const summary = await until(member.store, (s) => s.chats.get(chat)?.members.length === 3 && s.chats.get(chat));
      expect(summary).to.include({ kind: 'group', name: 'Escalations' });
      expect([...summary.members].sort()).to.deep.equal(['alice', 'bob', 'maria.garcia']);
    }

    await maria.store.send(chat, { text: 'On it', files: [] });
    await until(alice.store, (s) => s.chats.get(chat)?.unread === 1);
    await until(bob.store, (s) => s.chats.get(chat)?.unread === 1);
    await alice.store.openChat(chat);
    const [message] = await until(alice.store, (s) => s.threads.get(chat)?.messages.length === 1 && s.threads.get(chat)!.messages);
    expect(message).to.include({ author: 'maria.garcia', body: 'On it' });
    expect(alice.store.agent(message.author).displayName).to.equal('María José García Fernández de la Torre');
  });

  it('follows who joins and leaves: the others see the members change, and one who leaves stops seeing the group', async () => {
    const [alice, bob, maria] = await Promise.all([start('alice'), start('bob'), start('maria.garcia')]);
    const { conversation, chat } = await pairGroup(alice, 'bob');
    await until(bob.store, (s) => s.chats.get(chat)?.members.length === 2);

    await conversation.add('maria.garcia');
    await until(bob.store, (s) => s.chats.get(chat)?.members.includes('maria.garcia'));
    await until(maria.store, (s) => s.chats.has(chat));

    // María leaves: gone from her list, and from the members the others see.
    await maria.store.openChat(chat);
    await maria.store.leaveGroup(chat);
    await until(maria.store, (s) => !s.chats.has(chat) && s.activeChat !== chat);
    await until(alice.store, (s) => s.chats.get(chat)?.members.length === 2 && !s.chats.get(chat)!.members.includes('maria.garcia'));
    await until(bob.store, (s) => !s.chats.get(chat)?.members.includes('maria.garcia'));

    // Bob is removed by Alice: he stops seeing the group too.
    await backend.remove(conversation, 'bob');
    await until(bob.store, (s) => !s.chats.has(chat));
    await until(alice.store, (s) => s.chats.get(chat)?.members.join() === 'alice');
  });

  it('is started with a name and at least two others, and refuses in words what it cannot start, creating nothing', async () => {
    const alice = await start('alice');
    const refusal = async (name: string, people: string[]) => {
      const error = await alice.store.createGroup(name, people).then(() => null, (e: unknown) => e);
      return error instanceof FailureInWords ? error.words : error;
    };
    expect(await refusal('  ', ['bob', 'maria.garcia'])).to.deep.equal(phrase('groupNeedsName'));
    // Alice herself, twice, and one other are not two others.
    expect(await refusal('Escalations', ['alice', 'bob', 'bob'])).to.deep.equal(phrase('groupNeedsPeople'));
    const crowd = Array.from({ length: GROUP_MAX_MEMBERS }, (_, i) => `agent-${i}`);
    expect(await refusal('Everyone', crowd)).to.deep.equal(phrase('groupTooLarge', GROUP_MAX_MEMBERS));
    expect(alice.store.state.chats.size).to.equal(0);
    expect((await alice.client.getSubscribedConversations()).items).to.have.length(0);

    const chat = await alice.store.createGroup('Escalations', crowd.slice(0, GROUP_MAX_MEMBERS - 1));
    expect(alice.store.state.chats.get(chat)).to.include({ kind: 'group', name: 'Escalations' });
    expect(alice.store.chatName(chat)).to.equal('Escalations');
  });

  it('takes more people in, up to its limit, and shows them to everyone in it', async () => {
    const [alice, bob, maria] = await Promise.all([start('alice'), start('bob'), start('maria.garcia')]);
    const { chat } = await escalations(alice, ['bob', 'dev']);
    await until(bob.store, (s) => s.chats.get(chat)?.members.length === 3);
    await bob.store.addToGroup(chat, ['maria.garcia', 'dev']);
    await until(alice.store, (s) => s.chats.get(chat)?.members.includes('maria.garcia'));
    await until(maria.store, (s) => s.chats.get(chat)?.members.length === 4);
    const crowd = Array.from({ length: GROUP_MAX_MEMBERS - 3 }, (_, i) => `agent-${i}`);
    const error = await alice.store.addToGroup(chat, crowd).then(() => null, (e: unknown) => e);
    expect(error).to.be.instanceOf(FailureInWords);
    expect((error as FailureInWords).words).to.deep.equal(phrase('groupTooLarge', GROUP_MAX_MEMBERS));
    expect(alice.store.state.chats.get(chat)!.members).to.have.length(4);
  });

  it('carries mentions in the message attributes; the one mentioned sees it marked until they read it', async () => {
    const [alice, bob, maria] = await Promise.all([start('alice'), start('bob'), start('maria.garcia')]);
    const { chat, conversation } = await escalations(alice, ['bob', 'maria.garcia']);
    await until(bob.store, (s) => s.chats.has(chat));
    await until(maria.store, (s) => s.chats.has(chat));

    await alice.store.send(chat, { text: '@Bob Smith can you take this?', files: [], mentions: ['bob', 'bob', ''] });
    const [stored] = (await conversation.getMessages(1)).items;
    expect(stored!.attributes).to.deep.include({ mentions: ['bob'] });
    await until(bob.store, (s) => s.chats.get(chat)?.unread === 1 && s.chats.get(chat)?.unreadMention === true);
    await until(maria.store, (s) => s.chats.get(chat)?.unread === 1);
    expect(maria.store.state.chats.get(chat)?.unreadMention, 'not mentioned').to.not.equal(true);
    expect(alice.store.state.chats.get(chat)?.unreadMention, 'her own message').to.not.equal(true);

    await bob.store.openChat(chat);
    const [message] = await until(bob.store, (s) => s.threads.get(chat)?.messages.length === 1 && s.threads.get(chat)!.messages);
    expect(message!.mentions).to.deep.equal(['bob']);
    bob.store.setViewing(chat);
    await until(bob.store, (s) => s.chats.get(chat)?.unread === 0 && !s.chats.get(chat)?.unreadMention);
  });

  it('is renamed by any member for everyone, and each change is a line in the thread that every member reads', async () => {
    const [alice, bob, maria] = await Promise.all([start('alice'), start('bob'), start('maria.garcia')]);
    const { chat } = await escalations(alice, ['bob', 'maria.garcia']);
    await until(bob.store, (s) => s.chats.has(chat));
    await bob.store.renameGroup(chat, '  Escalations EMEA ');
    await until(alice.store, (s) => s.chats.get(chat)?.name === 'Escalations EMEA');
    const refused = await bob.store.renameGroup(chat, ' ').then(() => null, (error: unknown) => error);
    expect(refused instanceof FailureInWords && refused.words).to.deep.equal(phrase('groupNeedsName'));
    await maria.store.leaveGroup(chat);
    await until(alice.store, (s) => s.chats.get(chat)?.members.length === 2);
    expect(alice.store.state.chats.get(chat)?.preview).to.deep.equal(phrase('previewLeft'));

    await alice.store.openChat(chat);
    const notices = await until(alice.store, (s) => s.threads.get(chat)?.messages.length === 2 && s.threads.get(chat)!.messages);
    expect(notices.map((m) => [m.author, m.notice, m.body])).to.deep.equal([
      ['bob', { kind: 'renamed', name: 'Escalations EMEA' }, 'renamed the group “Escalations EMEA”'],
      ['maria.garcia', { kind: 'left' }, 'left the group'],
    ]);
  });

  it('is left by retention once idle and unpinned, for the one whose retention ran; it stays the others\' and keeps its name', async () => {
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
    const [alice, bob] = await Promise.all([start('alice'), start('bob')]);
    const { chat, conversation } = await escalations(alice, ['bob', 'maria.garcia']);
    await alice.store.send(chat, { text: 'long ago', files: [] });
    await until(bob.store, (s) => s.chats.get(chat)?.unread === 1);
    await bob.store.pin(chat);

    expect(await alice.store.leaveIdleChats(inDays(29))).to.deep.equal([]);
    expect(await alice.store.leaveIdleChats(inDays(31))).to.deep.equal([chat]);
    await until(alice.store, (s) => !s.chats.has(chat));
    await until(bob.store, (s) => s.chats.get(chat)?.members.length === 2);
    expect(conversation.uniqueName, 'a group keeps its name for the others').to.match(/^iac:group:/);
    expect(await bob.store.leaveIdleChats(inDays(31)), 'pinned, and unread').to.deep.equal([]);
    expect(bob.store.state.chats.has(chat)).to.equal(true);
  });

  it('marks an unread mention again on the next start, though newer messages follow it', async () => {
    const [alice, bob, maria] = await Promise.all([start('alice'), start('bob'), start('maria.garcia')]);
    const { chat } = await escalations(alice, ['bob', 'maria.garcia']);
    await until(maria.store, (s) => s.chats.has(chat));
    await alice.store.send(chat, { text: '@Bob Smith can you take line 4?', files: [], mentions: ['bob'] });
    await maria.store.send(chat, { text: 'I can cover if not.', files: [] });
    await until(bob.store, (s) => s.chats.get(chat)?.unread === 2 && s.chats.get(chat)?.unreadMention === true);
    // Bob opens the chat again in a new tab: what the service holds says it, not this session.
    const again = await start('bob');
    const summary = await until(again.store, (s) => s.chats.get(chat)?.preview === 'I can cover if not.' && s.chats.get(chat));
    expect(summary).to.include({ unread: 2, unreadMention: true });
  });
});
