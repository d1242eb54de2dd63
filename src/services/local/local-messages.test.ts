import { expect } from '@open-wc/testing';
import type { ChatMessage } from '../conversations/ports.js';
import type { LocalConversation } from './local-conversation.js';
import type { LocalConversationsClient } from './local-conversations-client.js';
import type { LocalParticipant } from './local-participant.js';
import { ClientPool, nextEvent, record, rejection, sleep, until } from './test-support.js';

describe('LocalConversation messages', () => {
  let pool: ClientPool;
  let alice: LocalConversationsClient;
  let bob: LocalConversationsClient;
  let chat: LocalConversation; // alice's object
  let bobsChat: LocalConversation;

  beforeEach(async () => {
    pool = new ClientPool();
    alice = await pool.client('alice', { typingTimeoutMs: 200 });
    bob = await pool.client('bob');
    chat = await alice.createConversation({ uniqueName: 'alice|bob' });
    const added = nextEvent(bob, 'conversationAdded');
    await chat.add('bob');
    bobsChat = (await added) as LocalConversation;
  });
  afterEach(() => pool.dispose());

  it('sends text and three attachments as one message whose URLs fetch the right bytes', async () => {
    const heard = record(bob, 'messageAdded');
    const files = [
      new File(['first file'], 'notes.txt', { type: 'text/plain' }),
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'pixel.png', { type: 'image/png' }),
      new File(['{"a":1}'], 'data.json', { type: 'application/json' }),
    ];
    const form = new FormData();
    form.append('file', files[2]!);
    const index = await chat
      .prepareMessage()
      .setBody('Here are the files')
      .setAttributes({ clientId: 'c-9' })
      .addMedia({ contentType: files[0]!.type, filename: files[0]!.name, media: files[0]! })
      .addMedia({ contentType: files[1]!.type, filename: files[1]!.name, media: files[1]! })
      .addMedia(form)
      .build()
      .send();
    expect(index).to.equal(0);
    await until(() => heard.length > 0);
    await sleep(20);
    expect(heard).to.have.length(1);
    const message = heard[0]!;
    expect(message.body).to.equal('Here are the files');
    expect(message.type).to.equal('media');
    expect(message.attributes).to.deep.equal({ clientId: 'c-9' });
    const media = message.attachedMedia!;
    expect(media.map((m) => m.filename)).to.deep.equal(['notes.txt', 'pixel.png', 'data.json']);
    expect(media.map((m) => m.contentType)).to.deep.equal(['text/plain', 'image/png', 'application/json']);
    expect(media.map((m) => m.size)).to.deep.equal(files.map((f) => f.size));
    for (const [i, attachment] of media.entries()) {
      const url = (await attachment.getContentTemporaryUrl())!;
      expect(await attachment.getContentTemporaryUrl()).not.to.equal(url); // A new URL each call.
      const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
      expect([...bytes]).to.deep.equal([...new Uint8Array(await files[i]!.arrayBuffer())]);
    }
  });

  it('sends one attachment with sendMessage and refuses more than ten in one message', async () => {
    const heard = nextEvent(bob, 'messageAdded');
    await chat.sendMessage({ contentType: 'text/plain', filename: 'a.txt', media: new Blob(['a']) });
    const message = await heard;
    expect(message.body).to.equal(null);
    expect(message.attachedMedia?.[0]?.filename).to.equal('a.txt');

    const builder = chat.prepareMessage();
    for (let i = 0; i < 11; i++) builder.addMedia({ contentType: 'text/plain', media: new Blob([`${i}`]) });
    expect(() => builder.build()).to.throw(/Too many attachments/);
    expect(chat.limits.mediaAttachmentsCountLimit).to.equal(10);
  });

  it('refuses an oversize body and an empty message', async () => {
    const oversize = await rejection(chat.sendMessage('é'.repeat(16 * 1024 + 1))); // 2 bytes each in UTF-8.
    expect(oversize.message).to.match(/32 KB/);
    expect(await chat.sendMessage('x'.repeat(32 * 1024))).to.equal(0);
    expect((await rejection(chat.sendMessage(''))).message).to.match(/body or an attachment/);
  });

  it('pages 95 messages newest page first, items ascending, walking back and forward', async () => {
    for (let i = 0; i < 95; i++) await chat.sendMessage(`m${i}`);
    const indexes = (page: { items: ChatMessage[] }) => page.items.map((m) => m.index);
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

    const newest = await bobsChat.getMessages();
    expect(indexes(newest)).to.deep.equal(range(65, 94));
    expect(newest.items[0]!.body).to.equal('m65');
    expect(newest.hasPrevPage).to.equal(true);
    expect(newest.hasNextPage).to.equal(false);
    expect((await rejection(newest.nextPage())).message).to.equal('No next page');

    const older = await newest.prevPage();
    expect(indexes(older)).to.deep.equal(range(35, 64));
    expect(older.hasNextPage).to.equal(true);
    const oldest = await (await older.prevPage()).prevPage();
    expect(indexes(oldest)).to.deep.equal(range(0, 4));
    expect(oldest.hasPrevPage).to.equal(false);
    expect((await rejection(oldest.prevPage())).message).to.equal('No previous page');

    const forward = await oldest.nextPage();
    expect(indexes(forward)).to.deep.equal(range(5, 34));
    expect(indexes(await bobsChat.getMessages(10, 50))).to.deep.equal(range(41, 50));
    expect(indexes(await bobsChat.getMessages(10, 90, 'forward'))).to.deep.equal(range(90, 94));
    expect(await bobsChat.getMessagesCount()).to.equal(95);
    // The same message is the same object.
    expect((await bobsChat.getMessages(1)).items[0]).to.equal(newest.items.at(-1));
  });

  it('counts unread from a read horizon: null before any, then only forward', async () => {
    expect(await bobsChat.getUnreadMessagesCount()).to.equal(null);
    expect(bobsChat.lastReadMessageIndex).to.equal(null);
    for (let i = 0; i < 5; i++) await chat.sendMessage(`m${i}`);
    expect(await bobsChat.getUnreadMessagesCount()).to.equal(null);
    // Bob's client has heard all five (each a 'lastMessage' update) before the one under test.
    await until(() => bobsChat.lastMessage?.index === 4);

    const aliceSees = nextEvent(chat, 'participantUpdated');
    const bobUpdated = nextEvent(bob, 'conversationUpdated');
    expect(await bobsChat.advanceLastReadMessageIndex(2)).to.equal(2);
    const { participant, updateReasons } = await aliceSees;
    expect(participant.identity).to.equal('bob');
    expect(participant.lastReadMessageIndex).to.equal(2);
    expect(participant.lastReadTimestamp).to.be.instanceOf(Date);
    expect(updateReasons).to.deep.equal(['lastReadMessageIndex', 'lastReadTimestamp']);
    expect((await bobUpdated).updateReasons).to.deep.equal(['lastReadMessageIndex']);
    expect(bobsChat.lastReadMessageIndex).to.equal(2);
    expect(await bobsChat.getUnreadMessagesCount()).to.equal(2);

    const updates = record(chat, 'participantUpdated');
    expect(await bobsChat.advanceLastReadMessageIndex(1)).to.equal(2); // Never backwards.
    expect(bobsChat.lastReadMessageIndex).to.equal(2);
    expect(await bobsChat.setAllMessagesRead()).to.equal(0);
    expect(bobsChat.lastReadMessageIndex).to.equal(4);
    expect(await bobsChat.getUnreadMessagesCount()).to.equal(0);
    await until(() => updates.length === 1);
    expect(updates[0]!.participant.lastReadMessageIndex).to.equal(4);
    // Alice's own horizon is still unset.
    expect(await chat.getUnreadMessagesCount()).to.equal(null);
  });

  it('shows typing to the others, ending after the timeout without another typing()', async () => {
    const started = nextEvent(bobsChat, 'typingStarted');
    const startedOnClient = nextEvent(bob, 'typingStarted');
    const own = record(alice, 'typingStarted');
    const begun = performance.now();
    await chat.typing();
    const participant = (await started) as LocalParticipant;
    expect(await startedOnClient).to.equal(participant);
    expect(participant.identity).to.equal('alice');
    expect(participant.isTyping).to.equal(true);
    const ended = await nextEvent(bobsChat, 'typingEnded');
    expect(ended).to.equal(participant);
    expect(performance.now() - begun).to.be.at.least(150);
    expect(participant.isTyping).to.equal(false);
    expect(own).to.have.length(0);
  });

  it('keeps typing alive while typing() repeats, and ends it at once on a message', async () => {
    const ended = record(bob, 'typingEnded');
    const started = record(bob, 'typingStarted');
    await chat.typing();
    for (let i = 0; i < 4; i++) {
      await sleep(100);
      await chat.typing();
    }
    expect(started).to.have.length(1);
    expect(ended).to.have.length(0);
    const order: string[] = [];
    bob.on('typingEnded', () => order.push('typingEnded'));
    bob.on('messageAdded', () => order.push('messageAdded'));
    await chat.sendMessage('done typing');
    await until(() => order.length === 2);
    expect(order).to.deep.equal(['typingEnded', 'messageAdded']);
  });

  it('edits and deletes messages (author only), telling everyone', async () => {
    await chat.sendMessage('first draft');
    const bobsMessage = (await bobsChat.getMessages()).items[0]!;
    const mine = (await chat.getMessages()).items[0]!;

    const updated = nextEvent(bob, 'messageUpdated');
    await mine.updateBody('final text');
    const { message, updateReasons } = await updated;
    expect(message).to.equal(bobsMessage);
    expect(message.body).to.equal('final text');
    expect(updateReasons).to.include('body');
    expect(mine.body).to.equal('final text');

    expect((await rejection(bobsMessage.updateBody('not yours'))).code).to.equal(50107);

    const removed = nextEvent(bobsChat, 'messageRemoved');
    await mine.remove();
    expect((await removed).index).to.equal(0);
    expect((await bobsChat.getMessages()).items).to.have.length(0);
    expect(await chat.sendMessage('next')).to.equal(1); // Indexes are never reused.
  });

  it('imports many messages in one go, announced in order like sends', async () => {
    const heard = record(bob, 'messageAdded');
    const updates = record(bob, 'conversationUpdated');
    const indexes = await chat.importMessages(
      Array.from({ length: 300 }, (_, i) => ({ body: `seed ${i}`, author: i % 2 ? 'bob' : 'alice' })),
    );
    expect(indexes).to.deep.equal(Array.from({ length: 300 }, (_, i) => i));
    await until(() => heard.length === 300);
    expect(heard.map((m) => m.index)).to.deep.equal(indexes);
    expect(heard[1]!.author).to.equal('bob');
    expect(updates.map((u) => u.updateReasons)).to.deep.equal([['lastMessage']]);
    expect(bobsChat.lastMessage?.index).to.equal(299);
    expect(await chat.sendMessage('after the import')).to.equal(300);
    expect((await rejection(chat.importMessages([{ body: 'x', author: 'mallory' }]))).code).to.equal(50107);
  });
});
