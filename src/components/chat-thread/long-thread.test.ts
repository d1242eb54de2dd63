/** A 10,000-message thread, scrolled from the newest message to the oldest and back. */
import { expect, html, waitUntil } from '@open-wc/testing';
import { directChatAttributes, directChatName } from '../../services/conversations/direct-chat.js';
import { LocalConversationsClient } from '../../services/local/index.js';
import { localChat, testDatabase, type LocalChat } from '../../../test/helpers/local-chat.js';
import { fixtureWithStore, settled } from '../../../test/helpers/fixture-with-store.js';
import { until } from '../../../test/helpers/until.js';
import type { IacChatThread } from './chat-thread.js';
import './chat-thread.js';

const TOTAL = 10_000;
const MAX_MESSAGE_ELEMENTS = 150;

describe('a 10,000-message thread', function () {
  this.timeout(120_000);
  let alice: LocalChat;
  let bob: LocalChat;
  let thread: IacChatThread;
  const root = () => thread.shadowRoot!;
  const log = () => root().querySelector<HTMLElement>('.log')!;
  const messageElements = () => root().querySelectorAll('.message').length;
  const firstShown = () => bob.store.state.threads.get('alice')!.messages[0];

  before(async () => {
    // A long-lived chat: its history is there before either agent signs in.
    const database = testDatabase();
    const seeder = await LocalConversationsClient.create('alice', { database });
    const conversation = await seeder.createConversation({
      uniqueName: await directChatName('alice', 'bob'),
      attributes: directChatAttributes('alice', 'bob'),
    });
    await conversation.add('bob');
    await conversation.importMessages(Array.from({ length: TOTAL }, (_, i) => ({ body: `message ${i + 1}`, author: i % 3 ? 'alice' : 'bob' })));
    await seeder.shutdown();
    [alice, bob] = await Promise.all([localChat('alice', database), localChat('bob', database)]);
    await until(bob.store, (s) => s.chats.has('alice'));
    // Bob has read it all before (unread, it would open at his first unread message).
    await bob.store.openChat('alice');
    bob.store.setViewing('alice');
    await until(bob.store, (s) => s.chats.get('alice')?.unread === 0);
    bob.store.closeChat();
    thread = await fixtureWithStore<IacChatThread>(bob.store, html`<iac-chat-thread style="height: 500px"></iac-chat-thread>`);
    await bob.store.openChat('alice');
    await settled(thread);
  });

  after(() => Promise.all([alice.stop(), bob.stop()]));

  it(`keeps at most ${MAX_MESSAGE_ELEMENTS} message elements from the newest message to the oldest, and back`, async () => {
    expect([...root().querySelectorAll('.message')].at(-1)?.textContent).to.contain(`message ${TOTAL}`);
    const started = performance.now();
    let most = messageElements();
    let steps = 0;
    while (bob.store.state.threads.get('alice')!.hasOlder) {
      const before = firstShown().index;
      log().scrollTop = 0;
      await waitUntil(() => firstShown().index < before, `older messages load (step ${steps})`, { timeout: 5000 });
      await settled(thread);
      most = Math.max(most, messageElements());
      steps++;
    }
    expect(root().textContent).to.contain('This is the start of your chat');
    expect(firstShown().body).to.equal('message 1');
    // And some way back down: the window drops the oldest messages as newer ones come in.
    for (let page = 0; page < 8; page++) {
      const before = bob.store.state.threads.get('alice')!.messages.at(-1)!.index;
      log().scrollTop = log().scrollHeight;
      await waitUntil(() => bob.store.state.threads.get('alice')!.messages.at(-1)!.index > before, 'newer messages load', { timeout: 5000 });
      await settled(thread);
      most = Math.max(most, messageElements());
    }
    expect(most).to.be.at.most(MAX_MESSAGE_ELEMENTS);
    console.log(`Scrolled ${TOTAL} messages in ${steps} pages (${Math.round(performance.now() - started)} ms); at most ${most} message elements in the DOM.`);
  });
});
