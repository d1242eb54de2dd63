import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { localChat, testDatabase, type LocalChat } from '../../../test/helpers/local-chat.js';
import { settled } from '../../../test/helpers/fixture-with-store.js';
import { until } from '../../../test/helpers/until.js';
import type { InternalAgentChat } from './internal-agent-chat.js';
import './internal-agent-chat.js';

describe('internal-agent-chat', () => {
  let database: string;
  let alice: LocalChat;
  let chat: InternalAgentChat;
  const root = () => chat.shadowRoot!;
  const visible = (selector: string) => {
    const element = root().querySelector<HTMLElement>(selector);
    return !!element && element.getClientRects().length > 0;
  };

  async function mount(width: number): Promise<void> {
    chat = await fixture<InternalAgentChat>(
      html`<internal-agent-chat style="width: ${width}px; height: 600px" .store=${alice.store}></internal-agent-chat>`,
    );
    await until(alice.store, (s) => s.directory.results.length > 0);
    await settled(chat);
  }

  beforeEach(async () => {
    database = testDatabase();
    alice = await localChat('alice', database);
  });

  afterEach(() => alice.stop());

  it('lays out the directory beside the chat on a wide screen', async () => {
    await mount(1000);
    await expect(chat).to.be.accessible();
    expect(visible('iac-agent-list')).to.equal(true);
    expect(root().querySelector('.empty')?.textContent).to.contain('Pick an agent');
    await alice.store.openChat('bob');
    await settled(chat);
    expect(visible('iac-agent-list') && visible('iac-chat-thread') && visible('iac-composer')).to.equal(true);
    await expect(chat).to.be.accessible();
  });

  it('stacks them on a narrow screen, with a way back to the directory', async () => {
    await mount(360);
    expect(visible('iac-agent-list')).to.equal(true);
    expect(visible('.pane')).to.equal(false);
    await alice.store.openChat('bob');
    await settled(chat);
    expect(visible('iac-agent-list')).to.equal(false);
    const thread = root().querySelector('iac-chat-thread')!;
    const back = thread.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Back to agents"]')!;
    expect(back.getClientRects().length).to.be.greaterThan(0);
    back.click();
    await settled(chat);
    expect(visible('iac-agent-list')).to.equal(true);
  });

  it('works at 200% zoom: a 1280 × 720 screen becomes 640 × 360 CSS pixels', async () => {
    await setViewport({ width: 640, height: 360 });
    try {
      const bob = await localChat('bob', database);
      const long = 'A long line without spaces: ' + 'x'.repeat(300);
      await bob.store.send('alice', { text: long, files: [new File(['%PDF'], 'quarterly-report-with-a-very-long-name.pdf', { type: 'application/pdf' })] });
      await bob.stop();
      chat = await fixture<InternalAgentChat>(html`<internal-agent-chat style="display: flex; height: 100vh" .store=${alice.store}></internal-agent-chat>`);
      await until(alice.store, (s) => s.chats.has('bob'));
      await alice.store.openChat('bob');
      await settled(chat);
      await expect(chat).to.be.accessible();
      const thread = root().querySelector('iac-chat-thread')!;
      const composer = root().querySelector('iac-composer')!;
      const box = chat.getBoundingClientRect();
      const inside = (element: Element, name: string) => {
        const rect = element.getBoundingClientRect();
        expect(rect.width * rect.height, `${name} shows`).to.be.greaterThan(0);
        expect(rect.left >= box.left - 0.5 && rect.right <= box.right + 0.5, `${name} fits across`).to.equal(true);
        expect(rect.top >= box.top - 0.5 && rect.bottom <= box.bottom + 0.5, `${name} fits down`).to.equal(true);
      };
      inside(composer.shadowRoot!.querySelector('textarea')!, 'the Message box');
      inside(composer.shadowRoot!.querySelector('button.send')!, 'Send');
      inside(thread.shadowRoot!.querySelector('button[aria-label="Back to agents"]')!, 'the way back');
      const log = thread.shadowRoot!.querySelector<HTMLElement>('[role=log]')!;
      expect(log.scrollWidth, 'no sideways scrolling in the thread').to.be.at.most(log.clientWidth + 1);
      expect(document.documentElement.scrollWidth, 'nor in the page').to.be.at.most(640);
      const message = log.querySelector('.message')!.getBoundingClientRect();
      expect(message.right, 'the long message wraps').to.be.at.most(log.getBoundingClientRect().right + 0.5);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('sends what the composer sends to the open chat', async () => {
    await mount(1000);
    await alice.store.openChat('bob');
    await settled(chat);
    const composer = root().querySelector('iac-composer')!;
    const textbox = composer.shadowRoot!.querySelector('textarea')!;
    textbox.value = 'Sent from the composer';
    textbox.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    textbox.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    await until(alice.store, (s) => s.threads.get('bob')?.messages[0]?.delivery === 'sent');
    expect(alice.store.state.threads.get('bob')!.messages[0].body).to.equal('Sent from the composer');
  });

  it('keeps what was typed in each chat when switching between them', async () => {
    await mount(1000);
    const composer = () => root().querySelector('iac-composer')!;
    const type = (text: string) => {
      const textbox = composer().shadowRoot!.querySelector('textarea')!;
      textbox.value = text;
      textbox.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    };
    await alice.store.openChat('bob');
    await settled(chat);
    type('for bob, unfinished');
    await alice.store.openChat('dave');
    await settled(chat);
    expect(composer().value).to.equal('');
    type('for dave');
    await alice.store.openChat('bob');
    await settled(chat);
    expect(composer().value).to.equal('for bob, unfinished');
  });

  it('tells the host its unread total, leaving muted chats out', async () => {
    await mount(1000);
    const counts: number[] = [];
    chat.addEventListener('iac-unread-change', (event) => counts.push(event.detail.count));
    const bob = await localChat('bob', database);
    await bob.store.send('alice', { text: 'one', files: [] });
    await bob.store.send('alice', { text: 'two', files: [] });
    await until(alice.store, (s) => s.chats.get('bob')?.unread === 2);
    await settled(chat);
    expect(chat.unreadCount).to.equal(2);
    expect(counts.at(-1)).to.equal(2);
    await alice.store.mute('bob');
    await settled(chat);
    expect(chat.unreadCount).to.equal(0);
    expect(counts.at(-1)).to.equal(0);
    await bob.stop();
  });

  it('says in words when the chat cannot start, with a way forward', async () => {
    const broken = await localChat('erin', testDatabase(), { start: false });
    broken.client.goOffline();
    const started = broken.store.start();
    chat = await fixture<InternalAgentChat>(html`<internal-agent-chat .store=${broken.store}></internal-agent-chat>`);
    await started;
    await settled(chat);
    expect(root().querySelector('[role=alert]')?.textContent).to.contain("Couldn't start the chat");
    expect(root().querySelector('button')?.textContent).to.equal('Reload');
    await broken.stop();
  });
});
