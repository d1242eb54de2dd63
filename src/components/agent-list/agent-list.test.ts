import { expect, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import { localChat, testDatabase, type LocalChat } from '../../../test/helpers/local-chat.js';
import { fixtureWithStore, settled } from '../../../test/helpers/fixture-with-store.js';
import { until } from '../../../test/helpers/until.js';
import type { IacAgentList } from './agent-list.js';
import { ChatStore } from '../../services/chat-store.js';
import { InsightsDirectory } from '../../services/directory/insights-directory.js';
import type { AgentDirectory } from '../../services/directory/ports.js';
import { matchesAgent } from '../../services/directory/rank-agents.js';
import { LocalConversationsClient, LocalInsightsClient, seedWorkers } from '../../services/local/index.js';
import { memoryStorage } from '../../services/storage/user-storage.js';
import './agent-list.js';

describe('iac-agent-list', () => {
  let database: string;
  let alice: LocalChat;
  let list: IacAgentList;
  const others: LocalChat[] = [];
  const root = () => list.shadowRoot!;
  const agentButtons = () => [...root().querySelectorAll<HTMLButtonElement>('button.agent')];
  const nameOf = (button: HTMLButtonElement) => button.querySelector('.name')!.textContent;
  const agentButton = (name: string) => agentButtons().find((button) => nameOf(button) === name) ?? null;
  const sectionNames = () => [...root().querySelectorAll('h2')].map((h) => h.textContent);

  beforeEach(async () => {
    database = testDatabase();
    alice = await localChat('alice', database);
    list = await fixtureWithStore<IacAgentList>(alice.store, html`<iac-agent-list></iac-agent-list>`);
    await until(alice.store, (s) => s.directory.results.length > 0);
    await settled(list);
  });

  afterEach(async () => {
    await Promise.all([alice, ...others.splice(0)].map((chat) => chat.stop()));
  });

  it('is accessible, with a named search box and agents named by their display names', async () => {
    await expect(list).to.be.accessible();
    expect(root().querySelector('input')?.getAttribute('aria-label')).to.equal('Search agents');
    const bob = agentButton('Bob Smith')!;
    expect(bob.querySelector('.name')?.getAttribute('aria-hidden'), 'named by the display name alone').to.equal(null);
    expect(bob.querySelector('.detail')?.getAttribute('aria-hidden')).to.equal('true');
    expect(agentButton('Alice Johnson'), 'the signed-in agent is not listed').to.equal(null);
  });

  it('shows each agent with their activity', async () => {
    const detail = agentButton('Bob Smith')!.querySelector('.detail')!.textContent!;
    expect(detail).to.match(/Available/);
    expect(agentButton('Bob Smith')!.querySelector('.presence')!.getAttribute('data-tone')).to.equal('available');
  });

  it('searches as the person types', async () => {
    const input = root().querySelector('input')!;
    input.value = 'smi';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await until(alice.store, (s) => s.directory.query === 'smi' && !s.directory.searching);
    await settled(list);
    expect(sectionNames()).to.deep.equal(['Results']);
    expect(agentButtons().map(nameOf)).to.include('Bob Smith');
    expect(agentButtons().every((button) => /smi/i.test(nameOf(button)!))).to.equal(true);

    input.value = 'zzzz-nobody';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await until(alice.store, (s) => s.directory.query === 'zzzz-nobody' && !s.directory.searching);
    await settled(list);
    expect(root().querySelector('.empty')?.textContent).to.contain('No agents match “zzzz-nobody”');
  });

  it('shows the agents it knows that match at the keystroke, and adds the directory\'s answer once typing pauses', async () => {
    // 500 agents: the directory's first page (200) is what is known before the search.
    const inner = new InsightsDirectory(new LocalInsightsClient({ workers: seedWorkers(500) }));
    const held: Array<() => void> = [];
    let holding = false;
    const directory: AgentDirectory = {
      search: async (text) => {
        if (holding) await new Promise<void>((release) => held.push(release));
        return inner.search(text);
      },
      lookup: (identities) => inner.lookup(identities),
      watch: (identities, onChange) => inner.watch(identities, onChange),
    };
    const client = new LocalConversationsClient('alice', { database });
    const store = new ChatStore({ client, directory, storage: memoryStorage() });
    await store.start();
    await until(store, (s) => s.directory.results.length > 0 && !s.directory.searching);
    const known = new Set(store.state.agents.keys());
    const own = await fixtureWithStore<IacAgentList>(store, html`<iac-agent-list></iac-agent-list>`);
    const shown = () => [...own.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.agent')].map((button) => button.dataset.chat!);
    try {
      await settled(own);
      holding = true;
      const input = own.shadowRoot!.querySelector('input')!;
      input.value = 'an';
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await settled(own);
      const atOnce = shown();
      expect(atOnce.length, 'known matches, before the directory is asked').to.be.greaterThan(0);
      expect(atOnce.every((id) => known.has(id) && matchesAgent(store.agent(id), 'an'))).to.equal(true);
      expect(store.state.directory.searching).to.equal(true);

      await waitUntil(() => held.length === 1, 'the directory is asked once typing pauses');
      held.shift()!();
      await until(store, (s) => !s.directory.searching);
      await settled(own);
      const { results } = store.state.directory;
      expect(results, 'the rows shown stay').to.include.members(atOnce);
      expect(results.filter((id) => !known.has(id)).length, 'agents only the directory knew join them').to.be.greaterThan(0);
      expect(results.filter((id) => atOnce.includes(id)), 'the rows shown keep their order').to.deep.equal(atOnce.filter((id) => results.includes(id)));
    } finally {
      held.forEach((release) => release());
      store.dispose();
      await client.shutdown();
    }
  });

  it('keeps a 300-character search inside the directory: its words wrap, and the text stops before the clear button', async () => {
    list.style.cssText = 'width: 320px; height: 500px';
    const query = `${'x'.repeat(40)} long words ${'y'.repeat(248)}`;
    const input = root().querySelector('input')!;
    input.value = query;
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await until(alice.store, (s) => s.directory.query === query && !s.directory.searching);
    await settled(list);
    await expect(list).to.be.accessible();

    const edges = list.getBoundingClientRect();
    const empty = root().querySelector<HTMLElement>('.empty')!;
    expect(empty.textContent).to.contain('No agents match');
    const words = document.createRange();
    words.selectNodeContents(empty);
    const lines = [...words.getClientRects()];
    expect(Math.max(...lines.map((line) => line.right)), 'the words wrap inside the list').to.be.at.most(edges.right);
    expect(Math.min(...lines.map((line) => line.left))).to.be.at.least(edges.left);
    const nav = root().querySelector('nav')!;
    expect(nav.scrollWidth, 'nothing to scroll sideways').to.be.at.most(nav.clientWidth);

    // The text of the box ends where its content box ends; the clear button sits beyond it.
    const clear = root().querySelector<HTMLButtonElement>('button.clear');
    expect(clear, 'a clear button while there is a search').to.exist;
    expect(clear!.getAttribute('aria-label')).to.equal('Clear search');
    const box = input.getBoundingClientRect();
    const style = getComputedStyle(input);
    const textEnd = box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
    expect(clear!.getBoundingClientRect().left, 'the text stops before the clear button').to.be.at.least(textEnd);
    expect(clear!.getBoundingClientRect().right).to.be.at.most(box.right);

    clear!.click();
    await until(alice.store, (s) => s.directory.query === '' && !s.directory.searching);
    await settled(list);
    expect(input.value).to.equal('');
    expect(root().activeElement, 'the cursor stays in the search box').to.equal(input);
    expect(root().querySelector('button.clear'), 'nothing to clear').to.equal(null);
    expect(agentButton('Bob Smith')).to.exist;
  });

  it('moves between agents with the arrow keys and opens one with Enter', async () => {
    const input = root().querySelector('input')!;
    input.focus();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    const buttons = agentButtons();
    expect(root().activeElement).to.equal(buttons[0]);
    buttons[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    expect(root().activeElement).to.equal(buttons[1]);
    expect(buttons.filter((b) => b.tabIndex === 0), 'one Tab stop for the whole list').to.have.length(1);
    buttons[1].click(); // Enter on a focused button is a click.
    await until(alice.store, (s) => s.activeChat);
    expect(alice.store.agent(alice.store.state.activeChat!).displayName).to.equal(nameOf(buttons[1]));
  });

  it('shows a first message from someone new at once, with an unread badge', async () => {
    const dave = await localChat('dave', database);
    others.push(dave);
    await dave.store.send('alice', { text: 'Can you take a transfer?', files: [] });
    await until(alice.store, (s) => s.chats.get('dave')?.unread === 1);
    await settled(list);
    expect(sectionNames()[0]).to.equal('Recent chats');
    const row = agentButton(alice.store.agent('dave').displayName)!;
    expect(row.querySelector('.badge')?.textContent).to.equal('1');
    expect(row.querySelector('.detail')?.textContent).to.contain('Can you take a transfer?');
    await expect(list).to.be.accessible();
  });

  it('says an unread count in words to assistive tech, while the badge shows the number', async () => {
    const dave = await localChat('dave', database);
    others.push(dave);
    await dave.store.send('alice', { text: 'First', files: [] });
    await until(alice.store, (s) => s.chats.get('dave')?.unread === 1);
    await settled(list);
    await expect(list).to.be.accessible();
    const name = alice.store.agent('dave').displayName;
    const described = async () => {
      type Node = { role: string; name: string; description?: string };
      const tree = await a11ySnapshot({});
      return findAccessibilityNode(tree as never, (node: Node) => node.role === 'button' && node.name === name) as Node | null;
    };
    expect(agentButton(name)!.querySelector('.badge')?.textContent, 'the eye sees the number').to.equal('1');
    expect((await described())?.description).to.match(/1 unread message$/);

    await dave.store.send('alice', { text: 'Second', files: [] });
    await until(alice.store, (s) => s.chats.get('dave')?.unread === 2);
    await settled(list);
    expect((await described())?.description).to.match(/2 unread messages$/);
  });

  it('reorders pinned agents with Alt+Arrow keys, and says where they went', async () => {
    await alice.store.pin('dave');
    await alice.store.pin('bob');
    await settled(list);
    const bob = agentButton('Bob Smith')!;
    bob.focus();
    bob.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true, composed: true, cancelable: true }));
    await until(alice.store, (s) => s.pins[0] === 'bob');
    await waitUntil(() => root().querySelector('.visually-hidden[role=status]')?.textContent?.includes('Bob Smith moved to position 1 of 2 pinned'));
    expect(nameOf(root().activeElement as HTMLButtonElement)).to.equal('Bob Smith');
  });

  it('reorders pinned agents by dragging one onto another', async () => {
    await alice.store.pin('dave');
    await alice.store.pin('bob');
    await settled(list);
    const rowOf = (name: string) => agentButton(name)!.closest('li')!;
    const dataTransfer = new DataTransfer();
    rowOf('Bob Smith').dispatchEvent(new DragEvent('dragstart', { dataTransfer, bubbles: true, composed: true }));
    rowOf(alice.store.agent('dave').displayName).dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, composed: true, cancelable: true }));
    await until(alice.store, (s) => s.pins.join() === 'bob,dave');
  });

  it('puts chats with unread messages first, unless muted', async () => {
    const [dave, erin] = await Promise.all([localChat('dave', database), localChat('erin', database)]);
    others.push(dave, erin);
    await alice.store.send('dave', { text: 'older, read', files: [] });
    await erin.store.send('alice', { text: 'unread from erin', files: [] });
    await until(alice.store, (s) => s.chats.get('erin')?.unread === 1);
    await alice.store.send('dave', { text: 'newer, read', files: [] });
    await settled(list);
    const recent = () => [...root().querySelectorAll<HTMLButtonElement>('section[aria-labelledby="heading-recent"] button.agent')].map(nameOf);
    expect(recent()).to.deep.equal([alice.store.agent('erin').displayName, alice.store.agent('dave').displayName]);
    await alice.store.mute('erin');
    await settled(list);
    expect(recent()).to.deep.equal([alice.store.agent('dave').displayName, alice.store.agent('erin').displayName]);
    expect(agentButton(alice.store.agent('erin').displayName)!.closest('li')!.hasAttribute('data-muted')).to.equal(true);
  });

  it('lists pinned agents first, in the order they were pinned', async () => {
    await alice.store.pin('dave');
    await alice.store.pin('bob');
    await settled(list);
    expect(sectionNames()[0]).to.equal('Pinned');
    const pinned = [...root().querySelectorAll<HTMLButtonElement>('section:first-of-type button.agent')].map(nameOf);
    expect(pinned).to.deep.equal([alice.store.agent('dave').displayName, 'Bob Smith']);
    const unpin = root().querySelector<HTMLButtonElement>('button.pin[aria-label="Unpin Bob Smith"]')!;
    unpin.click();
    await until(alice.store, (s) => s.pins.length === 1);
  });
  describe('with a group', () => {
    it('lists the group by name with its members, then the last message and who wrote it, unread first; search finds it by name', async () => {
      const [bob, maria] = await Promise.all([localChat('bob', database), localChat('maria.garcia', database)]);
      others.push(bob, maria);
      const chat = await bob.store.createGroup('Escalations', ['alice', 'maria.garcia']);
      await until(alice.store, (s) => s.chats.get(chat)?.members.length === 3);
      await settled(list);
      const row = () => agentButton('Escalations')!;
      expect(row(), 'a new group is listed before anyone writes in it').to.not.equal(null);
      expect(row().closest('section')!.querySelector('h2')!.textContent).to.equal('Recent chats');
      expect(row().querySelector('.detail')!.textContent!.trim()).to.equal('3 members');
      expect(row().querySelector('.avatar')!.classList.contains('group')).to.equal(true);
      expect(row().querySelector('.presence'), 'a group has no presence').to.equal(null);

      await until(maria.store, (s) => s.chats.has(chat));
      await maria.store.send(chat, { text: 'On it', files: [] });
      await until(alice.store, (s) => s.chats.get(chat)?.unread === 1);
      await settled(list);
      expect(row().querySelector('.detail')!.textContent!.trim()).to.equal('María: On it');
      expect(row().querySelector('.badge')!.textContent).to.equal('1');
      await expect(list).to.be.accessible();

      row().click();
      await until(alice.store, (s) => s.activeChat === chat);
      await alice.store.send(chat, { text: 'Thanks', files: [] });
      await until(alice.store, (s) => s.chats.get(chat)?.previewAuthor === 'alice');
      await settled(list);
      expect(row().querySelector('.detail')!.textContent!.trim()).to.equal('You: Thanks');

      const input = root().querySelector('input')!;
      input.value = 'escal';
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await until(alice.store, (s) => s.directory.query === 'escal' && !s.directory.searching);
      await settled(list);
      expect(agentButtons().map(nameOf)).to.deep.equal(['Escalations']);

      // As agents are found: case and accents aside, as the quick switcher finds it too.
      input.value = 'ÉSCAL';
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await until(alice.store, (s) => s.directory.query === 'ÉSCAL' && !s.directory.searching);
      await settled(list);
      expect(agentButtons().map(nameOf)).to.deep.equal(['Escalations']);
    });

    it('pins a group, and a group pinned and then left leaves the list', async () => {
      const bob = await localChat('bob', database);
      others.push(bob);
      const chat = await bob.store.createGroup('Night shift', ['alice', 'carol']);
      await until(alice.store, (s) => s.chats.has(chat));
      await settled(list);
      agentButton('Night shift')!.parentElement!.querySelector<HTMLButtonElement>('button.pin')!.click();
      await until(alice.store, (s) => s.pins.includes(chat));
      await settled(list);
      expect(sectionNames()[0]).to.equal('Pinned');
      expect(agentButton('Night shift')!.closest('section')!.querySelector('h2')!.textContent).to.equal('Pinned');
      expect(agentButton('Night shift')!.parentElement!.querySelector('button.pin')!.getAttribute('aria-label')).to.equal('Unpin Night shift');

      await alice.store.leaveGroup(chat);
      await settled(list);
      expect(agentButton('Night shift')).to.equal(null);
    });
  });
});

describe('iac-agent-list over a large directory', () => {
  let alice: LocalChat;
  let list: IacAgentList;
  const root = () => list.shadowRoot!;
  const rows = () => [...root().querySelectorAll<HTMLLIElement>('li.row')];
  const focusedName = () => root().activeElement?.querySelector('.name')?.textContent;
  const press = (key: string) =>
    root().activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));

  beforeEach(async () => {
    alice = await localChat('alice', testDatabase(), { directorySize: 1000 });
    list = await fixtureWithStore<IacAgentList>(alice.store, html`<iac-agent-list style="block-size: 480px"></iac-agent-list>`);
    await until(alice.store, (s) => s.directory.results.length >= 150);
    await settled(list);
  });

  afterEach(() => alice.stop());

  it('keeps only the rows in view in the DOM, and tells screen readers the whole count', async () => {
    const listed = alice.store.state.directory.results.length;
    expect(rows().length, 'rows in the DOM').to.be.below(40);
    expect(rows()[0]!.getAttribute('aria-setsize')).to.equal(String(listed));
    expect(rows()[0]!.getAttribute('aria-posinset')).to.equal('1');
    await expect(list).to.be.accessible();
  });

  it('renders the rows scrolled to, at their place in the list', async () => {
    const scroller = root().querySelector('nav')!;
    scroller.scrollTop = scroller.scrollHeight;
    await waitUntil(() => rows().at(-1)?.getAttribute('aria-posinset') === rows().at(-1)?.getAttribute('aria-setsize'), 'the last row rendered');
    const last = rows().at(-1)!.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    expect(last.bottom, 'the last row is at the bottom of the view').to.be.closeTo(view.bottom, 60);
    expect(rows().length).to.be.below(40);
  });

  it('fills a list made taller with rows, down to its new bottom', async () => {
    const before = rows().length;
    list.style.blockSize = '1600px';
    const scroller = root().querySelector('nav')!;
    await waitUntil(() => rows().length > before, 'more rows rendered once the list is taller');
    await waitUntil(() => rows().at(-1)!.getBoundingClientRect().bottom >= scroller.getBoundingClientRect().bottom, 'rows reach the bottom of the view');
  });

  it('moves the keyboard through the whole list, not just the rows in the DOM', async () => {
    const results = alice.store.state.directory.results;
    const input = root().querySelector('input')!;
    input.focus();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    press('End');
    await waitUntil(() => focusedName() === alice.store.agent(results.at(-1)!).displayName, 'End reaches the last agent');
    press('ArrowUp');
    await waitUntil(() => focusedName() === alice.store.agent(results.at(-2)!).displayName, 'ArrowUp the one before');
    press('Home');
    await waitUntil(() => focusedName() === alice.store.agent(results[0]!).displayName, 'Home the first');
    expect(rows().length).to.be.below(40);
  });

});
