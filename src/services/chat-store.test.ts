import { expect, waitUntil } from '@open-wc/testing';
import { localChat, testDatabase, type LocalChat } from '../../test/helpers/local-chat.js';
import { until } from '../../test/helpers/until.js';
import { readAllPages } from './conversations/initialized.js';
import { inEnglish } from '../../test/helpers/english.js';
import { openUserStorage } from './storage/user-storage.js';

describe('ChatStore on the embedded backend', () => {
  let database: string;
  const running: LocalChat[] = [];
  const start = async (identity: string, options?: { start?: boolean }) => {
    const chat = await localChat(identity, database, options);
    running.push(chat);
    return chat;
  };

  beforeEach(() => {
    database = testDatabase();
  });

  afterEach(async () => {
    await Promise.all(running.splice(0).map((chat) => chat.stop()));
  });

  it('starts with the signed-in agent and the directory, without the agent listing themselves', async () => {
    const { store } = await start('alice');
    expect(store.state.startup).to.equal('ready');
    expect(store.state.me?.identity).to.equal('alice');
    await until(store, (s) => s.directory.results.includes('bob'));
    expect(store.state.directory.results).not.to.include('alice');
    expect(store.agent('bob').displayName).to.equal('Bob Smith');
  });

  it('creates the conversation on the first message, not on opening the chat', async () => {
    const alice = await start('alice');
    await alice.store.openChat('bob');
    expect(await readAllPages(alice.client.getSubscribedConversations())).to.have.length(0);

    const bob = await start('bob');
    await alice.store.send('bob', { text: 'Hi Bob', files: [] });
    // The preview may follow the unread count: previews load after the list.
    await until(bob.store, (s) => s.chats.get('alice')?.unread === 1 && s.chats.get('alice')?.preview === 'Hi Bob');
    expect(await readAllPages(alice.client.getSubscribedConversations())).to.have.length(1);
  });

  it('shows a message as sending at once, then as sent exactly once', async () => {
    const alice = await start('alice');
    await alice.store.openChat('bob');
    const sending = alice.store.send('bob', { text: 'On my way', files: [] });
    const [pending] = alice.store.state.threads.get('bob')!.messages;
    expect(pending.body).to.equal('On my way');
    expect(pending.delivery).to.be.oneOf(['queued', 'sending']);
    await sending;
    await until(alice.store, (s) => s.threads.get('bob')?.messages.every((m) => m.delivery === 'sent'));
    expect(alice.store.state.threads.get('bob')?.messages.map((m) => m.body)).to.deep.equal(['On my way']);
  });

  it('yields one conversation when both agents send their first message at the same moment', async () => {
    const [alice, bob] = await Promise.all([start('alice'), start('bob')]);
    await Promise.all([
      alice.store.send('bob', { text: 'from alice', files: [] }),
      bob.store.send('alice', { text: 'from bob', files: [] }),
    ]);
    await until(alice.store, (s) => s.chats.get('bob')?.preview && s.threads.get('bob')?.messages.length === 2);
    const conversations = await readAllPages(alice.client.getSubscribedConversations());
    expect(conversations).to.have.length(1);
    expect(await readAllPages(bob.client.getSubscribedConversations())).to.have.length(1);
    const bodies = alice.store.state.threads.get('bob')!.messages.map((m) => m.body);
    expect(bodies).to.have.members(['from alice', 'from bob']);
  });

  it('counts every message unread in a new incoming chat that has no read horizon yet', async () => {
    const alice = await start('alice');
    await alice.store.send('bob', { text: 'one', files: [] });
    await alice.store.send('bob', { text: 'two', files: [] });
    await alice.store.send('bob', { text: 'three', files: [] });
    const bob = await start('bob');
    await until(bob.store, (s) => s.chats.get('alice')?.unread === 3);
    await until(bob.store, (s) => s.chats.get('alice')?.preview === 'three');
  });

  it('marks a chat read while it is viewed, and the sender sees it as read', async () => {
    const [alice, bob] = await Promise.all([start('alice'), start('bob')]);
    await alice.store.openChat('bob');
    await alice.store.send('bob', { text: 'Seen this?', files: [] });
    await until(bob.store, (s) => s.chats.get('alice')?.unread === 1);
    await bob.store.openChat('alice');
    bob.store.setViewing('alice');
    await until(bob.store, (s) => s.chats.get('alice')?.unread === 0);
    const sent = alice.store.state.threads.get('bob')!.messages[0];
    await until(alice.store, (s) => (s.threads.get('bob')?.readHorizons.get('bob') ?? -1) >= sent.index);
  });

  it('tells the sender "seen" for a burst of messages with a few read receipts, not one per message, ending at the last', async () => {
    const [alice, bob] = await Promise.all([start('alice'), start('bob')]);
    await alice.store.send('bob', { text: 'first', files: [] });
    await until(bob.store, (s) => s.chats.get('alice')?.unread === 1);
    await bob.store.openChat('alice');
    bob.store.setViewing('alice');
    await alice.store.openChat('bob');
    const [conversation] = await readAllPages(alice.client.getSubscribedConversations());
    const receipts: number[] = [];
    conversation!.on('participantUpdated', ({ participant }) => {
      if (participant.identity === 'bob' && participant.lastReadMessageIndex !== null) receipts.push(participant.lastReadMessageIndex);
    });
    for (let i = 0; i < 10; i++) await alice.store.send('bob', { text: `burst ${i}`, files: [] });
    const last = alice.store.state.threads.get('bob')!.messages.at(-1)!;
    await until(alice.store, (s) => s.threads.get('bob')?.readHorizons.get('bob') === last.index, 3000);
    expect(bob.store.state.chats.get('alice')?.unread).to.equal(0, 'bob reads each message as it arrives');
    expect(receipts.at(-1)).to.equal(last.index);
    expect(receipts.length).to.be.below(6, `receipts for 10 messages: ${receipts.join(', ')}`);
  });

  it('clears the unread count in every tab of the reader once one tab has read it', async () => {
    const alice = await start('alice');
    const [bobHere, bobThere] = await Promise.all([start('bob'), start('bob')]);
    await alice.store.send('bob', { text: 'ping', files: [] });
    await until(bobThere.store, (s) => s.chats.get('alice')?.unread === 1);
    await bobHere.store.openChat('alice');
    bobHere.store.setViewing('alice');
    await until(bobThere.store, (s) => s.chats.get('alice')?.unread === 0);
  });

  it('never counts a message twice, however its events and the first load interleave', async () => {
    const alice = await start('alice');
    const bob = await start('bob');
    const sends = Array.from({ length: 5 }, (_, i) => alice.store.send('bob', { text: `burst ${i}`, files: [] }));
    await Promise.all(sends);
    await until(bob.store, (s) => s.chats.get('alice')?.unread === 5);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bob.store.state.chats.get('alice')?.unread).to.equal(5);
  });

  it('shows the other agent typing, and stops when they pause', async () => {
    const [alice, bob] = await Promise.all([start('alice'), start('bob')]);
    await alice.store.send('bob', { text: 'hi', files: [] });
    await until(bob.store, (s) => s.chats.has('alice'));
    await bob.store.openChat('alice');
    await alice.store.notifyTyping('bob');
    await until(bob.store, (s) => s.threads.get('alice')?.typing.includes('alice'));
    await until(bob.store, (s) => s.threads.get('alice')?.typing.includes('alice') === false);
  });

  it('sends text and every attachment as one message', async () => {
    const [alice, bob] = await Promise.all([start('alice'), start('bob')]);
    const files = [new File(['a'], 'a.txt', { type: 'text/plain' }), new File(['bb'], 'b.png', { type: 'image/png' })];
    await alice.store.send('bob', { text: 'two files', files });
    await until(bob.store, (s) => s.chats.has('alice'));
    await bob.store.openChat('alice');
    const [message] = await until(bob.store, (s) => s.threads.get('alice')?.messages.length === 1 && s.threads.get('alice')!.messages);
    expect(message.body).to.equal('two files');
    expect(message.attachments.map((a) => [a.filename, a.size])).to.deep.equal([['a.txt', 1], ['b.png', 2]]);
    const url = await bob.store.attachmentUrl(message.key, message.attachments[1].sid);
    expect(await (await fetch(url!)).text()).to.equal('bb');
  });

  it("edits and deletes a message only through the chat it is in: another chat's id changes nothing", async () => {
    const [alice, bob] = await Promise.all([start('alice'), start('bob')]);
    await alice.store.send('bob', { text: 'For Bob only', files: [] });
    await alice.store.openChat('bob');
    const key = await until(alice.store, (s) => s.threads.get('bob')?.messages[0]?.delivery === 'sent' && s.threads.get('bob')!.messages[0].key);
    await until(bob.store, (s) => s.chats.get('alice')?.unread === 1);

    await alice.store.editMessage('carol', key, 'Changed');
    await alice.store.deleteMessage('carol', key);
    await bob.store.openChat('alice');
    await until(bob.store, (s) => s.threads.get('alice')?.messages.length === 1);
    expect(bob.store.state.threads.get('alice')!.messages.map((m) => m.body)).to.deep.equal(['For Bob only']);
    expect(alice.store.state.threads.get('bob')!.messages.map((m) => m.body)).to.deep.equal(['For Bob only']);
  });

  it('keeps messages written offline in the outbox and sends them in order on reconnect', async () => {
    const [alice, bob] = await Promise.all([start('alice'), start('bob')]);
    await alice.store.send('bob', { text: 'first', files: [] });
    await until(bob.store, (s) => s.chats.has('alice'));
    await alice.store.openChat('bob');
    alice.client.goOffline();
    await until(alice.store, (s) => s.connection !== 'connected');
    for (const text of ['second', 'third', 'fourth']) await alice.store.send('bob', { text, files: [] });
    const waiting = alice.store.state.threads.get('bob')!.messages.filter((m) => m.delivery === 'queued');
    expect(waiting.map((m) => m.body)).to.deep.equal(['second', 'third', 'fourth']);

    await alice.client.goOnline();
    await until(alice.store, (s) => s.threads.get('bob')?.messages.every((m) => m.delivery === 'sent') && s.threads.get('bob')!.messages.length === 4);
    await bob.store.openChat('alice');
    const bodies = await until(bob.store, (s) => s.threads.get('alice')?.messages.length === 4 && s.threads.get('alice')!.messages.map((m) => m.body));
    expect(bodies).to.deep.equal(['first', 'second', 'third', 'fourth']);
  });

  it('keeps the outbox across a reload, and a resend after an unanswered try never duplicates', async () => {
    const alice = await start('alice');
    await alice.store.send('bob', { text: 'hello', files: [] });
    alice.client.goOffline();
    await until(alice.store, (s) => s.connection !== 'connected');
    await alice.store.send('bob', { text: 'written offline', files: [new File(['log'], 'agent.log', { type: 'text/plain' })] });
    await alice.stop();
    running.splice(running.indexOf(alice), 1);

    const again = await start('alice');
    await again.store.openChat('bob');
    await until(again.store, (s) => s.threads.get('bob')?.messages.filter((m) => m.delivery === 'sent').length === 2);
    const messages = again.store.state.threads.get('bob')!.messages;
    expect(messages.map((m) => m.body)).to.deep.equal(['hello', 'written offline']);
    expect(messages[1].attachments.map((a) => a.filename)).to.deep.equal(['agent.log']);
  });

  it('shows a refused message with words and keeps its text', async () => {
    const alice = await start('alice');
    await alice.store.openChat('bob');
    const tooLong = 'x'.repeat(33 * 1024);
    await alice.store.send('bob', { text: tooLong, files: [] });
    const [failed] = alice.store.state.threads.get('bob')!.messages;
    expect(failed.delivery).to.equal('failed');
    expect(failed.body).to.equal(tooLong);
    expect(inEnglish(failed.error)).to.match(/Couldn't send this message/);
  });

  it('keeps drafts per chat and per agent across restarts', async () => {
    const alice = await start('alice');
    alice.store.saveDraft('bob', 'half a thought');
    alice.store.saveDraft('carol', 'for carol');
    alice.store.saveDraft('carol', '');
    expect(alice.store.draft('bob')).to.equal('half a thought');
    await alice.stop();
    running.splice(running.indexOf(alice), 1);
    const again = await start('alice');
    expect(again.store.draft('bob')).to.equal('half a thought');
    expect(again.store.draft('carol')).to.equal('');
    expect((await start('bob')).store.draft('bob')).to.equal('');
    await again.store.send('bob', { text: 'the whole thought', files: [] });
    expect(again.store.draft('bob'), 'sending clears the draft').to.equal('');
  });

  it('starts with what it can read of stored drafts, leaving out what is not text', async () => {
    const storage = await openUserStorage('alice', `${database}-user`);
    await storage.set('drafts', { bob: 'still here', carol: 42, dave: { text: 'no' } });
    const alice = await start('alice');
    expect(alice.store.state.startup).to.equal('ready');
    expect([alice.store.draft('bob'), alice.store.draft('carol'), alice.store.draft('dave')]).to.deep.equal(['still here', '', '']);
  });

  it('upgrades from a version that kept chats by agent: pins, mutes, drafts and an unsent message all carry over', async () => {
    const storage = await openUserStorage('alice', `${database}-user`);
    await storage.set('pins', ['carol', 'bob']);
    await storage.set('muted', ['carol']);
    await storage.set('drafts', { bob: 'half a thought' });
    const unsent = { clientId: crypto.randomUUID(), peer: 'bob', text: 'Written before the upgrade', files: [], createdAt: Date.now(), attempted: false };
    await storage.set('outbox', [unsent]);

    const bob = await start('bob');
    const alice = await start('alice');
    expect(alice.store.state.pins).to.deep.equal(['carol', 'bob']);
    expect(alice.store.state.muted).to.deep.equal(['carol']);
    expect(alice.store.draft('bob')).to.equal('half a thought');
    await until(bob.store, (s) => s.chats.get('alice')?.preview === 'Written before the upgrade');
  });

  it('keeps pins per agent across restarts', async () => {
    const alice = await start('alice');
    await alice.store.pin('bob');
    await alice.store.pin('carol');
    await alice.store.unpin('bob');
    await alice.store.pin('bob');
    await alice.stop();
    running.splice(running.indexOf(alice), 1);
    expect((await start('alice')).store.state.pins).to.deep.equal(['carol', 'bob']);
    expect((await start('bob')).store.state.pins).to.deep.equal([]);
  });

  it('shows only tagged chats, including ones the original plugin made', async () => {
    const bob = await start('bob', { start: false });
    const untagged = await bob.client.createConversation({ uniqueName: 'some-task', attributes: {} });
    await untagged.add('alice');
    await untagged.sendMessage('not a chat of ours');
    const legacy = await bob.client.createConversation({ uniqueName: 'alice+bob', attributes: { internalChat: 'internalChat' } });
    await legacy.add('alice');
    await legacy.sendMessage('from the old plugin');
    const alice = await start('alice');
    expect([...alice.store.state.chats.keys()]).to.deep.equal(['bob']);
    await alice.store.openChat('bob');
    await until(alice.store, (s) => s.threads.get('bob')?.messages[0]?.body === 'from the old plugin');
  });

  describe('retention', () => {
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

    it('leaves chats idle past the period; both agents can start a new chat afterwards', async () => {
      const [alice, bob] = await Promise.all([start('alice'), start('bob')]);
      await alice.store.send('bob', { text: 'long ago', files: [] });
      await until(bob.store, (s) => s.chats.has('alice'));
      await bob.store.openChat('alice');
      bob.store.setViewing('alice');
      await until(bob.store, (s) => s.chats.get('alice')?.unread === 0);
      bob.store.setViewing(null);

      expect(await alice.store.leaveIdleChats(inDays(29))).to.deep.equal([]);
      expect(await alice.store.leaveIdleChats(inDays(31))).to.deep.equal(['bob']);
      await until(alice.store, (s) => !s.chats.has('bob'));
      // Bob's side follows: nothing unread there, so it leaves too and frees its place.
      await waitUntil(async () => (await readAllPages(bob.client.getSubscribedConversations())).length === 0, 'bob leaves too');

      await bob.store.send('alice', { text: 'new topic', files: [] });
      await until(alice.store, (s) => s.chats.get('bob')?.unread === 1);
      await alice.store.send('bob', { text: 'sure', files: [] });
      await bob.store.openChat('alice');
      await until(bob.store, (s) => s.threads.get('alice')?.messages.map((m) => m.body).join() === 'new topic,sure');
    });

    it('forgets what it showed of a chat it left: opened again, the chat starts afresh', async () => {
      const alice = await start('alice');
      await alice.store.openChat('bob');
      await alice.store.send('bob', { text: 'long ago', files: [] });
      await until(alice.store, (s) => s.threads.get('bob')?.messages.every((m) => m.delivery === 'sent'));
      alice.store.closeChat();
      expect(await alice.store.leaveIdleChats(inDays(31))).to.deep.equal(['bob']);
      await until(alice.store, (s) => !s.chats.has('bob'));

      await alice.store.openChat('bob');
      await until(alice.store, (s) => s.threads.get('bob')?.status === 'ready');
      expect(alice.store.state.threads.get('bob')?.messages, 'not the conversation it left').to.deep.equal([]);
    });

    it('keeps what the other agent wrote before their side left until it is read, across a reload; the next message starts a new chat', async () => {
      const [alice, bob] = await Promise.all([start('alice'), start('bob')]);
      await bob.store.send('alice', { text: 'read me before I go', files: [] });
      await until(alice.store, (s) => s.chats.get('bob')?.unread === 1);
      // Bob's retention leaves the chat (nothing is unread on his side); Alice never opened it.
      expect(await bob.store.leaveIdleChats(inDays(31))).to.deep.equal(['alice']);
      await waitUntil(async () => (await readAllPages(bob.client.getSubscribedConversations())).length === 0, 'bob left');
      await alice.stop();
      running.splice(running.indexOf(alice), 1);

      const again = await start('alice');
      await until(again.store, (s) => s.chats.get('bob')?.unread === 1);
      await again.store.openChat('bob');
      again.store.setViewing('bob');
      await until(again.store, (s) => s.threads.get('bob')?.messages.map((m) => m.body).join() === 'read me before I go');
      await until(again.store, (s) => s.chats.get('bob')?.unread === 0);

      await again.store.send('bob', { text: 'and I answer', files: [] });
      await until(bob.store, (s) => s.chats.get('alice')?.preview === 'and I answer');
      await until(again.store, (s) => s.threads.get('bob')?.messages.map((m) => m.body).join() === 'and I answer');
      const held = await readAllPages(again.client.getSubscribedConversations());
      expect(held, 'the old conversation is left; the new one is the only one').to.have.length(1);
    });

    it('shows what the other agent wrote before their side left, live, and leaves it once read and reloaded', async () => {
      const [alice, bob] = await Promise.all([start('alice'), start('bob')]);
      await bob.store.send('alice', { text: 'one last thing', files: [] });
      await until(alice.store, (s) => s.chats.get('bob')?.unread === 1);
      expect(await bob.store.leaveIdleChats(inDays(31))).to.deep.equal(['alice']);
      const [conversation] = await readAllPages(alice.client.getSubscribedConversations());
      await waitUntil(async () => (await conversation!.getParticipants()).length === 1, 'bob left');

      await alice.store.openChat('bob');
      alice.store.setViewing('bob');
      await until(alice.store, (s) => s.threads.get('bob')?.messages.map((m) => m.body).join() === 'one last thing');
      await until(alice.store, (s) => s.chats.get('bob')?.unread === 0);
      await alice.stop();
      running.splice(running.indexOf(alice), 1);

      const again = await start('alice');
      await waitUntil(async () => (await readAllPages(again.client.getSubscribedConversations())).length === 0, 'read, so left on the next start');
    });

    it('never leaves a pinned chat, or one with unread messages', async () => {
      const [alice, carol] = await Promise.all([start('alice'), start('carol')]);
      await alice.store.send('bob', { text: 'pinned one', files: [] });
      await carol.store.send('alice', { text: 'unread one', files: [] });
      await until(alice.store, (s) => s.chats.get('carol')?.unread === 1 && s.chats.has('bob'));
      await alice.store.pin('bob');
      expect(await alice.store.leaveIdleChats(inDays(365))).to.deep.equal([]);
    });
  });

  it("warns the agent well before Twilio's 1,000-conversation limit", async function () {
    this.timeout(30_000);
    const bob = await start('bob', { start: false });
    // Any conversation counts towards the limit, not only chats: these stand for customer tasks.
    for (let i = 0; i < 800; i++) await bob.client.createConversation({ uniqueName: `task-${i}` });
    await bob.store.start();
    expect(inEnglish(bob.store.state.budgetWarning)).to.match(/You're in 800 of Twilio's 1,000 conversations/);
  });

  it('says so in words when the service cannot start', async () => {
    const alice = await start('alice', { start: false });
    alice.client.goOffline();
    await alice.store.start();
    expect(alice.store.state.startup).to.equal('failed');
    expect(inEnglish(alice.store.state.startupError)).to.match(/Couldn't start the chat/);
  });
});
