import { expect, waitUntil } from '@open-wc/testing';
import { localChat, testDatabase, type LocalChat } from '../../../test/helpers/local-chat.js';
import { settled } from '../../../test/helpers/fixture-with-store.js';
import { until } from '../../../test/helpers/until.js';
import { mountWidget } from '../../../test/helpers/mount-widget.js';
import { DARK_THEME, applyTheme } from '../../theme/index.js';
import type { InternalAgentChat } from './internal-agent-chat.js';
import './internal-agent-chat.js';

describe('internal-agent-chat: its own keyboard shortcuts, theme and send key', () => {
  let database: string;
  let alice: LocalChat;
  let chat: InternalAgentChat;
  const root = () => chat.shadowRoot!;
  const status = () => root().querySelector('.status')!.textContent!.trim();
  const composer = () => root().querySelector('iac-composer');
  /** Alt+Shift+<key>, as a key press inside the widget. */
  const altShift = (key: string, target: EventTarget = chat) =>
    target.dispatchEvent(
      new KeyboardEvent('keydown', { key, code: /^[A-Z]$/.test(key) ? `Key${key}` : key, altKey: true, shiftKey: true, bubbles: true, composed: true, cancelable: true }),
    );

  async function mount(): Promise<void> {
    chat = await mountWidget(alice, database);
  }

  async function write(from: string, text: string): Promise<LocalChat> {
    const other = await localChat(from, database);
    await other.store.send('alice', { text, files: [] });
    await until(alice.store, (s) => (s.chats.get(from)?.unread ?? 0) > 0);
    return other;
  }

  beforeEach(async () => {
    database = testDatabase();
    alice = await localChat('alice', database);
  });

  afterEach(() => alice.stop());

  it('"Open Internal Chat" is heard anywhere on the page and puts the cursor in the widget', async () => {
    await mount();
    altShift('G', document.body);
    const list = root().querySelector('iac-agent-list')!;
    await waitUntil(() => list.shadowRoot!.activeElement?.matches('input[type=search]'), 'the directory search takes the cursor');
    await alice.store.openChat('bob');
    await settled(chat);
    altShift('G', document.body);
    await waitUntil(() => root().activeElement === composer(), 'with a chat open, its composer takes the cursor');
  });

  it('opens the next and previous chats with unread messages, and says when there are none', async () => {
    await mount();
    const bob = await write('bob', 'first');
    const dave = await write('dave', 'second');
    await settled(chat);
    altShift('ArrowDown');
    await until(alice.store, (s) => s.activeChat === 'dave'); // Unread first, newest on top.
    await waitUntil(() => status().startsWith('Chat with '));
    await until(alice.store, (s) => s.chats.get('dave')!.unread === 0);
    altShift('ArrowDown');
    await until(alice.store, (s) => s.activeChat === 'bob');
    await until(alice.store, (s) => s.chats.get('bob')!.unread === 0);
    altShift('ArrowUp');
    await waitUntil(() => status() === 'No other chat has unread messages.');
    expect(alice.store.state.activeChat).to.equal('bob');
    await Promise.all([bob.stop(), dave.stop()]);
  });

  it('"Write a message" puts the cursor in the composer, or says in words to open a chat first', async () => {
    await mount();
    altShift('M');
    await waitUntil(() => status() === 'Open a chat first: pick an agent, or press Ctrl+K.');
    await alice.store.openChat('bob');
    await settled(chat);
    altShift('M');
    await waitUntil(() => root().activeElement === composer());
  });

  it('"Attach files" opens the open chat’s file picker', async () => {
    await mount();
    await alice.store.openChat('bob');
    await settled(chat);
    let opened = 0;
    composer()!.shadowRoot!.querySelector('input[type=file]')!.addEventListener('click', (event) => {
      opened++;
      event.preventDefault();
    });
    altShift('A');
    await waitUntil(() => opened === 1);
  });

  it('"Pin or unpin chat" toggles the pin; a second press within its throttle is ignored and says so', async () => {
    await mount();
    await alice.store.openChat('bob');
    await settled(chat);
    altShift('P');
    await until(alice.store, (s) => s.pins.includes('bob'));
    await waitUntil(() => status() === 'Pinned Bob Smith.');
    altShift('P');
    await waitUntil(() => status() === '“Pin or unpin chat” was pressed again too soon, so that press was ignored.');
    expect(root().querySelector('.status')!.getAttribute('role')).to.equal('status');
    expect(alice.store.state.pins).to.include('bob');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    altShift('P');
    await until(alice.store, (s) => !s.pins.includes('bob'));
  });

  it('"Jump to latest message" brings the newest messages into view', async () => {
    const bob = await localChat('bob', database);
    for (let i = 1; i <= 40; i++) await bob.store.send('alice', { text: `message ${i}`, files: [] });
    await mount();
    await alice.store.openChat('bob');
    await until(alice.store, (s) => s.threads.get('bob')?.status === 'ready');
    await settled(chat);
    const thread = root().querySelector('iac-chat-thread')!;
    const log = () => thread.shadowRoot!.querySelector<HTMLElement>('.log')!;
    await waitUntil(() => log().scrollHeight > log().clientHeight);
    // All 40 are unread, so the chat opens at the first of them, above the newest.
    await waitUntil(() => thread.shadowRoot!.querySelector('button.jump'), 'the newest are out of view');
    altShift('J');
    await waitUntil(() => !thread.shadowRoot!.querySelector('button.jump'), 'back at the newest');
    expect(log().scrollTop + log().clientHeight).to.be.closeTo(log().scrollHeight, 2);
    altShift('J');
    await waitUntil(() => status() === 'This is the latest message.', 'at the bottom already');
    await bob.stop();
  });

  it('outside Flex, "Turn off all shortcuts" and "Turn shortcuts back on" in Settings work at once, without a reload', async () => {
    await mount();
    void chat.openSettings();
    const settings = root().querySelector('iac-settings')!;
    await waitUntil(() => settings.shadowRoot?.querySelector('dialog')?.open, 'Settings opens');
    await settled(settings);
    const button = (name: string) => [...settings.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
    const announced = () => settings.shadowRoot!.querySelector('.body > [role=status]')!.textContent!.trim();
    button('Turn off all shortcuts').click();
    await settled(settings);
    expect(announced()).to.equal('All shortcuts are off.');
    expect(settings.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="Change keys for Write a message"]')!.disabled, 'still changeable').to.equal(false);
    settings.close();
    await settled(chat);
    altShift('M');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(status(), 'off: nothing happens').to.equal('');

    void chat.openSettings();
    await waitUntil(() => settings.shadowRoot?.querySelector('dialog')?.open);
    button('Turn shortcuts back on').click();
    await settled(settings);
    expect(announced()).to.equal('Shortcuts are on.');
    expect(settings.shadowRoot!.textContent).not.to.contain('reload');
    settings.close();
    await settled(chat);
    altShift('M');
    await waitUntil(() => status() === 'Open a chat first: pick an agent, or press Ctrl+K.', 'on again at once');
  });

  it('applies the chosen theme on the host over the page’s own tokens, and "Match the page" gives them back', async () => {
    await mount();
    const background = () => getComputedStyle(chat).getPropertyValue('--iac-color-background').trim();
    const undo = applyTheme(chat, DARK_THEME); // As the Flex plugin does for Flex's dark theme.
    expect(background()).to.equal('#121c2d');
    await chat.settings.update({ theme: 'light' });
    await settled(chat);
    expect(background()).to.equal('#ffffff');
    await chat.settings.update({ theme: 'host' });
    await settled(chat);
    expect(background()).to.equal('#121c2d');
    undo();
    await chat.settings.update({ theme: 'dark' });
    await settled(chat);
    expect(background()).to.equal('#121c2d');
    expect(getComputedStyle(chat).backgroundColor).to.equal('rgb(18, 28, 45)');
    await alice.store.openChat('bob');
    await settled(chat);
    await expect(chat).to.be.accessible();
  });

  it('makes the composer send with the chosen key', async () => {
    await mount();
    await alice.store.openChat('bob');
    await settled(chat);
    expect(composer()!.sendWith).to.equal('enter');
    await chat.settings.update({ sendWith: 'mod-enter' });
    await settled(chat);
    expect(composer()!.sendWith).to.equal('mod-enter');
  });
});
