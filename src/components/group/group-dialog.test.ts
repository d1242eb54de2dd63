/**
 * The group dialog in the whole widget, as a person uses them: New group from the directory
 * (name, people by search and keyboard, refusals that keep what was typed, Create opens the
 * group), and a group's Members (who is in it, Add people, Rename group, Leave group), with
 * the lines each of those leaves in the thread.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { localChat, testDatabase, type LocalChat } from '../../../test/helpers/local-chat.js';
import { mountWidget } from '../../../test/helpers/mount-widget.js';
import { until } from '../../../test/helpers/until.js';
import type { InternalAgentChat } from '../internal-agent-chat/internal-agent-chat.js';
import type { IacGroupDialog } from './group-dialog.js';
import type { IacPeoplePicker } from './people-picker.js';

describe('the group dialog', () => {
  let database: string;
  let alice: LocalChat;
  let widget: InternalAgentChat;
  const running: LocalChat[] = [];
  const inWidget = <T extends Element>(selector: string) => widget.shadowRoot!.querySelector<T & Element>(selector);
  const newGroup = () => inWidget<IacGroupDialog>('iac-group-dialog')!;
  /** The element's dialog; null until the dialogs have loaded and the element is defined. */
  const dialogOf = (element: Element | null) => element?.shadowRoot?.querySelector('dialog') ?? null;
  const pickerOf = (element: Element) => element.shadowRoot!.querySelector<IacPeoplePicker>('iac-people-picker')!;
  const focusedInside = (element: Element): Element | null => {
    let focused = element.shadowRoot?.activeElement ?? null;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    return focused;
  };

  beforeEach(async () => {
    database = testDatabase();
    alice = await localChat('alice', database);
    running.push(alice);
    widget = await mountWidget(alice, database);
  });

  afterEach(async () => {
    await Promise.all(running.splice(0).map((chat) => chat.stop()));
  });

  /** Types into the people picker's search and picks the first match with Enter. */
  async function pick(dialog: Element, text: string): Promise<void> {
    const picker = pickerOf(dialog);
    picker.focus();
    await sendKeys({ type: text });
    await waitUntil(() => picker.shadowRoot!.querySelector('[role=option]'), `a match for "${text}"`);
    await sendKeys({ press: 'Enter' });
  }

  async function openNewGroup(): Promise<void> {
    const list = inWidget('iac-agent-list')!;
    list.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="New group"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOf(newGroup())?.open, 'the New group dialog opens');
  }

  it('starts a group from the directory by keyboard: refusals keep what was typed, Create opens the group', async () => {
    await openNewGroup();
    const dialog = dialogOf(newGroup())!;
    expect(dialog.getAttribute('aria-labelledby')).to.equal('title');
    expect(newGroup().shadowRoot!.getElementById('title')!.textContent).to.equal('New group');
    expect(focusedInside(newGroup())?.id, 'the cursor waits in Group name').to.equal('group-name');
    await expect(newGroup()).to.be.accessible();

    const create = newGroup().shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!;
    expect(create.textContent).to.equal('Create');
    create.click();
    await waitUntil(() => newGroup().shadowRoot!.querySelector('[role=alert]'));
    expect(newGroup().shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal('Give the group a name.');

    await sendKeys({ type: 'Escalations' });
    await pick(newGroup(), 'bob');
    await waitUntil(() => pickerOf(newGroup()).chosen.length === 1);
    create.click();
    await waitUntil(() => newGroup().shadowRoot!.querySelector('[role=alert]')?.textContent?.startsWith('Add at least two people'));
    expect((newGroup().shadowRoot!.querySelector<HTMLInputElement>('#group-name')!).value, 'the name is kept').to.equal('Escalations');

    await pick(newGroup(), 'maría');
    const chips = () => [...pickerOf(newGroup()).shadowRoot!.querySelectorAll('.chips li')].map((chip) => chip.querySelector('.name')!.textContent);
    await waitUntil(() => chips().length === 2);
    expect(chips()).to.deep.equal(['Bob Smith', 'María José García Fernández de la Torre']);
    expect(pickerOf(newGroup()).shadowRoot!.querySelector('button[aria-label="Remove Bob Smith"]')).to.exist;
    await expect(newGroup()).to.be.accessible();

    create.click();
    const chat = await until(alice.store, (s) => [...s.chats.values()].find((c) => c.kind === 'group' && c.name === 'Escalations')?.id);
    await until(alice.store, (s) => s.activeChat === chat && s.chats.get(chat)!.members.length === 3);
    await waitUntil(() => !dialogOf(newGroup())!.open, 'the dialog closes');
    await waitUntil(() => focusedInside(widget)?.localName === 'textarea', 'the cursor waits in the new group\'s composer');
  });

  it("adds the user's whole team, as the directory knows it, and names the group after it", async () => {
    await until(alice.store, (s) => s.me?.team === 'Tier 2 support');
    await openNewGroup();
    const team = [...newGroup().shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Add my team (Tier 2 support)')!;
    team.click();
    const teammates = await alice.store.teammates();
    expect(teammates.length, 'the seed puts the featured agents and others in it').to.be.within(5, 49);
    await waitUntil(() => pickerOf(newGroup()).chosen.length === teammates.length, 'every teammate chosen');
    expect(pickerOf(newGroup()).chosen).to.include.members(['bob', 'maria.garcia']).and.not.include('alice');
    expect(newGroup().shadowRoot!.querySelector<HTMLInputElement>('#group-name')!.value).to.equal('Tier 2 support');
    await expect(newGroup()).to.be.accessible();
    newGroup().shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const chat = await until(alice.store, (s) => [...s.chats.values()].find((c) => c.kind === 'group' && c.name === 'Tier 2 support')?.id);
    await until(alice.store, (s) => s.chats.get(chat)!.members.length === teammates.length + 1);
  });

  it('takes people out before Create, and Cancel makes nothing', async () => {
    await openNewGroup();
    await sendKeys({ type: 'Night shift' });
    await pick(newGroup(), 'bob');
    await waitUntil(() => pickerOf(newGroup()).chosen.length === 1);
    pickerOf(newGroup()).shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Remove Bob Smith"]')!.click();
    await waitUntil(() => pickerOf(newGroup()).chosen.length === 0);
    [...newGroup().shadowRoot!.querySelectorAll<HTMLButtonElement>('button.secondary')].find((b) => b.textContent === 'Cancel')!.click();
    await waitUntil(() => !dialogOf(newGroup())!.open);
    expect(alice.store.state.chats.size).to.equal(0);
    const newGroupButton = inWidget('iac-agent-list')!.shadowRoot!.querySelector('button[aria-label="New group"]');
    await waitUntil(() => inWidget('iac-agent-list')!.shadowRoot!.activeElement === newGroupButton, 'focus back on New group');
  });

  it('lists a group\'s members, adds people, and leaves the group for good', async () => {
    const [bob, zoe] = await Promise.all([localChat('bob', database), localChat('zoe.angstrom', database)]);
    running.push(bob, zoe);
    const chat = await alice.store.createGroup('Escalations', ['bob', 'maria.garcia']);
    await alice.store.openChat(chat);
    await until(bob.store, (s) => s.chats.has(chat));
    const thread = () => inWidget('iac-chat-thread')!;
    await waitUntil(() => thread()?.shadowRoot!.querySelector('button[aria-label="Members"]'), 'the group open, with its Members button', { timeout: 3000 });
    thread().shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Members"]')!.click();
    const members = newGroup;
    await waitUntil(() => dialogOf(members())?.open, 'the Members dialog opens');
    const names = () => [...members().shadowRoot!.querySelectorAll('.members .name')].map((span) => span.textContent);
    await waitUntil(() => names().length === 3);
    expect(members().shadowRoot!.querySelector('h2')!.textContent).to.equal('Members of Escalations');
    expect(names()).to.include('Alice Johnson (you)');
    await expect(members()).to.be.accessible();

    await pick(members(), 'zoë');
    await waitUntil(() => pickerOf(members()).chosen.length === 1);
    members().shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(bob.store, (s) => s.chats.get(chat)?.members.length === 4);
    await until(zoe.store, (s) => s.chats.has(chat));
    await waitUntil(() => names().length === 4, 'the newcomer is listed');
    const notices = () => [...thread().shadowRoot!.querySelectorAll('.notice')].map((line) => line.firstElementChild!.textContent);
    await waitUntil(() => notices().includes('You added Zoë Ångström-Nuñez'), 'the thread says who was added');

    // Renaming: refused in words without a name; Enter in the name renames it for everyone.
    const name = members().shadowRoot!.querySelector<HTMLInputElement>('#group-name')!;
    expect(name.value).to.equal('Escalations');
    const rename = [...members().shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Rename group')!;
    expect(rename.disabled, 'nothing to rename yet').to.equal(true);
    name.select();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => members().shadowRoot!.querySelector('[role=alert]')?.textContent === 'Give the group a name.');
    await sendKeys({ type: 'Escalations EMEA' });
    await sendKeys({ press: 'Enter' });
    await until(bob.store, (s) => s.chats.get(chat)?.name === 'Escalations EMEA');
    await waitUntil(() => members().shadowRoot!.querySelector('h2')!.textContent === 'Members of Escalations EMEA');
    await waitUntil(() => notices().includes('You renamed the group “Escalations EMEA”'));
    await expect(members()).to.be.accessible();

    members().shadowRoot!.querySelector<HTMLButtonElement>('button.leave')!.click();
    await waitUntil(() => members().shadowRoot!.querySelector('[role=alert]'));
    expect(members().shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('Leave Escalations EMEA?');
    [...members().shadowRoot!.querySelectorAll<HTMLButtonElement>('button.primary')].find((b) => b.textContent === 'Leave group')!.click();
    await until(alice.store, (s) => !s.chats.has(chat) && s.activeChat === null);
    await until(bob.store, (s) => s.chats.get(chat)?.members.length === 3 && !s.chats.get(chat)!.members.includes('alice'));
    await waitUntil(() => !dialogOf(members())!.open);
    await bob.store.openChat(chat);
    const lines = await until(bob.store, (s) => s.threads.get(chat)?.messages.filter((m) => m.notice).length === 3 && s.threads.get(chat)!.messages);
    expect(lines.map((m) => [m.author, m.notice])).to.deep.equal([
      ['alice', { kind: 'added', people: ['zoe.angstrom'] }],
      ['alice', { kind: 'renamed', name: 'Escalations EMEA' }],
      ['alice', { kind: 'left' }],
    ]);
  });
});
