import { expect, html } from '@open-wc/testing';
import { localChat, testDatabase, type LocalChat } from '../../test/local-chat.js';
import { fixtureWithStore, settled } from '../../test/fixture-with-store.js';
import { until } from '../../test/until.js';
import type { IacChatThread } from './chat-thread.js';
import './chat-thread.js';

describe('iac-chat-thread', () => {
  let database: string;
  let alice: LocalChat;
  let bob: LocalChat;
  let thread: IacChatThread;
  const root = () => thread.shadowRoot!;
  const log = () => root().querySelector<HTMLElement>('.log')!;

  async function openBobsChatWith(messages: string[]): Promise<void> {
    for (const text of messages) await alice.store.send('bob', { text, files: [] });
    await until(bob.store, (s) => s.chats.has('alice'));
    thread = await fixtureWithStore<IacChatThread>(bob.store, html`<iac-chat-thread style="height: 400px"></iac-chat-thread>`);
    await bob.store.openChat('alice');
    await settled(thread);
  }

  beforeEach(async () => {
    database = testDatabase();
    [alice, bob] = await Promise.all([localChat('alice', database), localChat('bob', database)]);
  });

  afterEach(async () => {
    await Promise.all([alice.stop(), bob.stop()]);
  });

  it('is accessible: a polite log named after the other agent, a named pin toggle', async () => {
    await openBobsChatWith(['Hi Bob']);
    await expect(thread).to.be.accessible();
    expect(log().getAttribute('role')).to.equal('log');
    expect(log().getAttribute('aria-live')).to.equal('polite');
    expect(log().getAttribute('aria-label')).to.equal('Chat with Alice Johnson');
    expect(root().querySelector('button[aria-label="Pin chat"]')).to.exist;
  });

  it('shows each message with its author, time and side', async () => {
    await openBobsChatWith(['Hi Bob']);
    await bob.store.send('alice', { text: 'Hi Alice', files: [] });
    await until(bob.store, (s) => s.threads.get('alice')?.messages.at(-1)?.delivery === 'sent' && s.threads.get('alice')!.messages.length === 2);
    await settled(thread);
    const groups = [...root().querySelectorAll('.group')];
    expect(groups.map((g) => g.querySelector('.author')?.textContent)).to.deep.equal(['Alice Johnson', 'You']);
    expect(groups.map((g) => g.hasAttribute('data-own'))).to.deep.equal([false, true]);
    expect(groups[0].querySelector('time')?.textContent).to.match(/\d/);
    expect(root().querySelector('.day')?.textContent).to.contain('Today');
  });

  it('renders hostile text as text', async () => {
    const payload = '<img src=x onerror="window.__pwned = true">';
    await openBobsChatWith([payload]);
    expect(root().querySelector('.body')?.textContent).to.equal(payload);
    expect(root().querySelector('.body img')).to.equal(null);
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('marks the chat read while it is on screen, and the sender sees "Seen"', async () => {
    await alice.store.openChat('bob');
    await openBobsChatWith(['Are you there?']);
    await until(bob.store, (s) => s.chats.get('alice')?.unread === 0);
    await until(alice.store, (s) => s.threads.get('bob')?.peerReadIndex === 0);
  });

  it('says when the other agent is typing', async () => {
    await openBobsChatWith(['hello']);
    await alice.store.notifyTyping('bob');
    await until(bob.store, (s) => s.threads.get('alice')?.peerTyping);
    await settled(thread);
    expect(root().querySelector('.typing')?.textContent).to.equal('Alice Johnson is typing…');
  });

  it('shows images inline and other files as cards with name and size', async () => {
    const png = await (await fetch('data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==')).blob();
    await alice.store.send('bob', {
      text: 'Screenshot and log',
      files: [new File([png], 'screen.png', { type: 'image/png' }), new File(['x'.repeat(2048)], 'agent.log', { type: 'text/plain' })],
    });
    await openBobsChatWith([]);
    const [image, file] = [...root().querySelectorAll('iac-attachment')];
    await until(bob.store, () => image.shadowRoot?.querySelector('img')?.getAttribute('alt') === 'screen.png');
    expect(file.shadowRoot!.querySelector('.name')?.textContent).to.equal('agent.log');
    expect(file.shadowRoot!.querySelector('.size')?.textContent).to.equal('2 KB');
    expect(file.shadowRoot!.querySelector('button[aria-label="Download agent.log"]')).to.exist;
    await expect(thread).to.be.accessible();
  });

  it('loads older history at the top without moving what the reader sees', async () => {
    const texts = Array.from({ length: 70 }, (_, i) => `message ${i + 1}`);
    await openBobsChatWith(texts);
    await until(bob.store, (s) => s.threads.get('alice')?.messages.length === 30);
    await settled(thread);
    expect(log().scrollTop + log().clientHeight, 'starts at the newest message').to.be.closeTo(log().scrollHeight, 2);

    const anchor = [...root().querySelectorAll<HTMLElement>('.message')].find((m) => m.textContent?.includes('message 41'))!;
    log().scrollTop = 0;
    const before = anchor.getBoundingClientRect().top;
    await until(bob.store, (s) => s.threads.get('alice')!.messages.length >= 60);
    await settled(thread);
    expect(anchor.getBoundingClientRect().top).to.be.closeTo(before, 1);
  });
});
