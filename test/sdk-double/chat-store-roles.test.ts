/**
 * The ChatStore on a Flex Conversations service whose roles nobody has set up (Flex's defaults,
 * from cli/twilio-roles.mjs): every refusal names the permission an admin must grant, and a chat
 * whose conversation was created but whose other agent could not be added is completed, not
 * stranded, once the permission is there.
 */
import { expect } from '@open-wc/testing';
import { ChatStore } from '../../src/services/chat-store.js';
import { InsightsDirectory } from '../../src/services/directory/insights-directory.js';
import { LocalInsightsClient } from '../../src/services/local/local-insights-client.js';
import { memoryStorage } from '../../src/services/storage/user-storage.js';
import { until } from '../helpers/until.js';
import { inEnglish } from '../helpers/english.js';
import { readAllPages } from '../../src/services/conversations/initialized.js';
import { ConversationsServiceDouble, conversationsSdkDouble, ServiceRoles, type StrictClient } from './index.js';

describe('ChatStore on a Flex service whose roles are not set up', () => {
  let service: ConversationsServiceDouble;
  const running: Array<{ store: ChatStore; client: StrictClient }> = [];

  const signIn = async (identity: string, options: { retentionDays?: number } = {}) => {
    const { Client } = conversationsSdkDouble(service);
    const client = new Client(service.issueToken(identity), { throwErrorsAlways: true });
    const store = new ChatStore({ client, directory: new InsightsDirectory(new LocalInsightsClient()), storage: memoryStorage(), ...options });
    running.push({ store, client });
    await store.start();
    return { store, client };
  };
  /** The words under the last message of the thread with `peer`, once it has failed. */
  const failure = async (store: ChatStore, peer: string) => {
    const failed = await until(store, (s) => s.threads.get(peer)?.messages.find((m) => m.delivery === 'failed'));
    return { key: failed.key, words: inEnglish(failed.error!) };
  };

  /** Alice and Bob with a chat Alice started, on a service that lets agents start chats and nothing more. */
  const chatStartedByAlice = async () => {
    service.roles.grant('service', ['createConversation']);
    service.roles.grant('creator', ['addParticipant']);
    const [alice, bob] = await Promise.all([signIn('alice'), signIn('bob')]);
    await alice.store.send('bob', { text: 'Hi Bob', files: [] });
    await until(bob.store, (s) => s.chats.get('alice')?.unread === 1);
    await bob.store.openChat('alice');
    return { alice, bob };
  };

  beforeEach(() => {
    service = new ConversationsServiceDouble({ latencyMs: 2, roles: ServiceRoles.flexDefaults() });
  });
  afterEach(async () => {
    for (const { store, client } of running.splice(0)) {
      store.dispose();
      await client.shutdown();
    }
  });

  it('says which permission a first message needs, and sends it on Retry once an admin has granted it', async () => {
    const alice = await signIn('alice');
    await alice.store.send('bob', { text: 'Hi Bob', files: [] });
    const { key, words } = await failure(alice.store, 'bob');
    expect(words).to.match(/agents aren't allowed to start new chats .*“createConversation”.*npx internal-agent-chat setup/);

    service.roles.grant('service', ['createConversation']);
    service.roles.grant('creator', ['addParticipant']);
    await alice.store.retry('bob', key);
    await until(alice.store, (s) => s.threads.get('bob')?.messages.every((m) => m.delivery === 'sent'));
  });

  it('completes a chat whose other agent could not be added, instead of stranding its name', async () => {
    service.roles.grant('service', ['createConversation']);
    const [alice, bob] = await Promise.all([signIn('alice'), signIn('bob')]);
    await alice.store.send('bob', { text: 'Are you there?', files: [] });
    const { key, words } = await failure(alice.store, 'bob');
    expect(words).to.match(/add people to a chat .*“addParticipant”/);
    expect(await readAllPages(alice.client.getSubscribedConversations())).to.have.length(1, 'created, with Alice alone in it');

    service.roles.grant('creator', ['addParticipant']);
    await alice.store.retry('bob', key);
    await until(bob.store, (s) => s.chats.get('alice')?.unread === 1);
    expect(await readAllPages(alice.client.getSubscribedConversations())).to.have.length(1, 'the same conversation, completed');
  });

  it('names the permission when an added agent may not edit or delete their own message', async () => {
    const { bob } = await chatStartedByAlice();
    await bob.store.send('alice', { text: 'Hi Alcie', files: [] });
    const mine = await until(bob.store, (s) => s.threads.get('alice')?.messages.find((m) => m.own && m.delivery === 'sent'));

    await bob.store.editMessage('alice', mine.key, 'Hi Alice');
    expect(inEnglish(bob.store.state.notice)).to.match(/^Couldn't edit your message: agents aren't allowed to edit their own messages .*“editOwnMessage”/);
    await bob.store.deleteMessage('alice', mine.key);
    expect(inEnglish(bob.store.state.notice)).to.match(/^Couldn't delete your message: .*“deleteOwnMessage”/);
  });

  it('says once that old chats cannot be cleared out, rather than keeping them silently', async () => {
    const { bob } = await chatStartedByAlice();
    bob.store.setViewing('alice');
    await until(bob.store, (s) => s.chats.get('alice')?.unread === 0);
    bob.store.setViewing(null);

    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
    expect(await bob.store.leaveIdleChats(inDays(31))).to.deep.equal([]);
    expect(inEnglish(bob.store.state.notice)).to.match(/^Couldn't clear out old chats: .*“editConversationName”/);
    expect(bob.store.state.chats.has('alice')).to.equal(true, 'kept, not stranded');
  });
});
