import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { localChat, testDatabase, type LocalChat } from '../../../test/helpers/local-chat.js';
import { settled } from '../../../test/helpers/fixture-with-store.js';
import { until } from '../../../test/helpers/until.js';
import type { InternalAgentChat } from '../internal-agent-chat/internal-agent-chat.js';
import '../internal-agent-chat/internal-agent-chat.js';

describe('iac-quick-switcher', () => {
  let database: string;
  let alice: LocalChat;
  let chat: InternalAgentChat;
  const switcher = () => chat.shadowRoot!.querySelector('iac-quick-switcher')!;
  const dialog = () => switcher().shadowRoot!.querySelector('dialog')!;
  const input = () => switcher().shadowRoot!.querySelector('input')!;
  const options = () => [...switcher().shadowRoot!.querySelectorAll('[role=option]')];
  const key = (target: Element, name: string, init: KeyboardEventInit = {}) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true, ...init }));

  beforeEach(async () => {
    database = testDatabase();
    alice = await localChat('alice', database);
    chat = await fixture<InternalAgentChat>(html`<internal-agent-chat style="height: 600px" .store=${alice.store}></internal-agent-chat>`);
    await until(alice.store, (s) => s.directory.results.length > 0);
    await settled(chat);
  });

  afterEach(() => alice.stop());

  it('opens with Ctrl+K, finds an agent as you type, and opens the chat with Enter', async () => {
    key(chat, 'k', { ctrlKey: true });
    await waitUntil(() => dialog().open, 'the switcher opens');
    expect(switcher().shadowRoot!.activeElement).to.equal(input());
    await expect(switcher()).to.be.accessible();

    input().value = 'bob';
    input().dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settled(switcher());
    expect(options()[0].textContent).to.contain('Bob Smith');
    expect(options()[0].getAttribute('aria-selected')).to.equal('true');
    expect(input().getAttribute('aria-activedescendant')).to.equal(options()[0].id);

    key(input(), 'Enter');
    await until(alice.store, (s) => s.activeChat === 'bob');
    await waitUntil(() => !dialog().open, 'the switcher closes');
    const composer = chat.shadowRoot!.querySelector('iac-composer')!;
    await waitUntil(() => chat.shadowRoot!.activeElement === composer, 'the composer takes the cursor');
  });

  it('finds groups by name, accents aside, with their unread count, and opens one with Enter', async () => {
    const bob = await localChat('bob', database);
    try {
      const group = await alice.store.createGroup('Escalación', ['bob', 'maria.garcia']);
      await until(bob.store, (s) => s.chats.has(group));
      await bob.store.send(group, { text: 'Anyone?', files: [] });
      await until(alice.store, (s) => s.chats.get(group)?.unread === 1);
      key(chat, 'k', { ctrlKey: true });
      await waitUntil(() => dialog().open, 'the switcher opens');
      await settled(switcher());
      expect(options()[0].textContent, 'the newest chat first').to.contain('Escalación').and.contain('3 members').and.contain('1 unread message');

      input().value = 'escalacion';
      input().dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await settled(switcher());
      expect(options().map((option) => option.querySelector('.name')!.textContent)).to.deep.equal(['Escalación']);
      await expect(switcher()).to.be.accessible();
      key(input(), 'Enter');
      await until(alice.store, (s) => s.activeChat === group);
      await waitUntil(() => !dialog().open, 'the switcher closes');
    } finally {
      await bob.stop();
    }
  });

  it('offers no pinned group the user has left', async () => {
    const group = await alice.store.createGroup('Night shift', ['bob', 'maria.garcia']);
    await alice.store.pin(group);
    await alice.store.leaveGroup(group);
    await until(alice.store, (s) => !s.chats.has(group));
    key(chat, 'k', { ctrlKey: true });
    await waitUntil(() => dialog().open, 'the switcher opens');
    await settled(switcher());
    expect(options().map((option) => option.textContent)).to.not.include.members(['?0 members']);
    expect(options().some((option) => option.textContent!.includes('Night shift') || option.querySelector('.name')!.textContent === '')).to.equal(false);
  });

  it('moves with the arrow keys and ignores accents', async () => {
    await alice.store.search('');
    void chat.openQuickSwitcher();
    await waitUntil(() => dialog().open);
    input().value = 'a';
    input().dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settled(switcher());
    key(input(), 'ArrowDown');
    await settled(switcher());
    expect(options()[1].getAttribute('aria-selected')).to.equal('true');
    key(input(), 'ArrowUp');
    key(input(), 'ArrowUp');
    await settled(switcher());
    expect(options().at(-1)!.getAttribute('aria-selected'), 'wraps around').to.equal('true');

    const accented = [...alice.store.state.agents.values()].find((a) => /[À-ž]/.test(a.displayName))!;
    const plain = accented.displayName.normalize('NFKD').replace(/\p{M}/gu, '').split(' ')[0];
    input().value = plain;
    input().dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settled(switcher());
    expect(options().map((o) => o.textContent)).to.satisfy((texts: string[]) => texts.some((t) => t.includes(accented.displayName)));
  });

  it('names a chat with unread messages in words, not with a bare number', async () => {
    const bob = await localChat('bob', database);
    try {
      await bob.store.send('alice', { text: 'Got a minute?', files: [] });
      await until(alice.store, (s) => s.chats.get('bob')?.unread === 1);
      void chat.openQuickSwitcher();
      await waitUntil(() => dialog().open);
      await settled(switcher());
      await expect(switcher()).to.be.accessible();
      // An option is named by its content, less what is aria-hidden (Chromium's tree leaves options
      // inside a listbox out of its snapshot, so the name is worked out here as it works it out).
      const spoken = (node: Node): string =>
        node instanceof Element ? (node.getAttribute('aria-hidden') === 'true' ? '' : [...node.childNodes].map(spoken).join('')) : node instanceof Text ? node.data : '';
      const bobs = options().find((option) => option.textContent!.includes('Bob Smith'))!;
      expect(spoken(bobs).replace(/\s+/g, ' ').trim()).to.match(/1 unread message$/);
      expect(options()[0].querySelector('.badge')?.textContent, 'the eye sees the number').to.equal('1');
    } finally {
      await bob.stop();
    }
  });

  it('keeps its own search: the directory still shows what its own box asks for', async () => {
    const list = chat.shadowRoot!.querySelector('iac-agent-list')!;
    const box = list.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    box.value = 'bob';
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await until(alice.store, (s) => s.directory.query === 'bob' && !s.directory.searching && s.directory.results.includes('bob'));
    const found = alice.store.state.directory.results;

    void chat.openQuickSwitcher();
    await waitUntil(() => dialog().open);
    const someoneElse = [...alice.store.state.agents.values()].find((a) => !['alice', 'bob'].includes(a.identity))!;
    input().value = someoneElse.displayName;
    input().dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => options()[0]?.textContent?.includes(someoneElse.displayName), 'the switcher finds its own agent');
    await new Promise((resolve) => setTimeout(resolve, 300)); // past the switcher's debounce and the directory's answer
    expect(alice.store.state.directory.query, "the directory's search").to.equal('bob');
    expect(alice.store.state.directory.results).to.deep.equal(found);
    expect(box.value).to.equal('bob');
  });

  it('closes without opening anything', async () => {
    const opened = chat.openQuickSwitcher();
    await waitUntil(() => dialog().open);
    switcher().close();
    await opened;
    expect(alice.store.state.activeChat).to.equal(null);
  });
});
