import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { SettingsStore } from '../services/settings.js';
import { memoryStorage, openUserStorage, type UserStorage } from '../services/storage/user-storage.js';
import { fakeFlex, flexDefaults } from '../../test/helpers/fake-flex-shortcuts.js';
import { localChat, testDatabase, type LocalChat } from '../../test/helpers/local-chat.js';
import { settled } from '../../test/helpers/fixture-with-store.js';
import { CHAT_SHORTCUTS, chatShortcut, type ChatShortcutActions, type ChatShortcutId } from './chat-shortcuts.js';
import { connectFlexShortcuts, type ShortcutHost } from './flex-adapter.js';
import type { ShortcutKeymap } from './shortcut-keymap.js';
import type { InternalAgentChat } from '../components/internal-agent-chat/internal-agent-chat.js';
import '../components/internal-agent-chat/internal-agent-chat.js';
import '../components/settings/settings.js';
import { english, inEnglish } from '../../test/helpers/english.js';

/** A stand-in for the element: it counts which of its shortcut actions ran. */
function host(storage: UserStorage): ShortcutHost & { ran: ChatShortcutId[] } {
  const ran: ChatShortcutId[] = [];
  const shortcutActions = Object.fromEntries(CHAT_SHORTCUTS.map(({ id }) => [id, () => ran.push(id)])) as unknown as ChatShortcutActions;
  return { ran, shortcutActions, settings: new SettingsStore(storage), shortcuts: undefined };
}

const saved = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('Flex adapter (against a recording KeyboardShortcutManager)', () => {
  let storage: UserStorage;
  beforeEach(() => (storage = memoryStorage()));

  it("registers every chat shortcut at a key Flex 2.17 leaves free, beside Flex's own, and each runs on Ctrl+Shift+ its key", async () => {
    const clock = { now: 1_000_000 };
    const flex = fakeFlex({}, { now: () => clock.now });
    const chat = host(storage);
    const keymap = connectFlexShortcuts(flex, chat, { apple: false });
    await keymap.start();
    expect(chat.shortcuts).to.equal(keymap);
    expect(keymap.notes.map(inEnglish), 'no default key is taken').to.deep.equal([]);
    const manager = flex.KeyboardShortcutManager;
    expect(manager.calls).to.have.length(1);
    expect(manager.calls[0][0]).to.equal('addShortcuts');
    expect([...(manager.calls[0][1] as string[])].sort()).to.deep.equal(CHAT_SHORTCUTS.map((s) => s.flexKey).sort());
    for (const { flexKey, name } of CHAT_SHORTCUTS) expect(manager.keyboardShortcuts[flexKey]?.name, flexKey).to.equal(english[name]);
    for (const [key, { name }] of Object.entries(flexDefaults())) expect(manager.keyboardShortcuts[key]?.name, "Flex's own are untouched").to.equal(name);

    // Through a real key press, heard where Flex hears it.
    const detach = manager.attach(window);
    for (const { flexKey } of CHAT_SHORTCUTS) {
      const code = /^[0-9]$/.test(flexKey) ? `Digit${flexKey}` : `Key${flexKey}`;
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: flexKey, code, ctrlKey: true, shiftKey: true, bubbles: true }));
    }
    detach();
    expect(chat.ran).to.deep.equal(CHAT_SHORTCUTS.map((s) => s.id));
    expect(flex.ran, "none of Flex's own ran").to.deep.equal([]);
    const pin = chatShortcut('toggle-pin').flexKey;
    expect(manager.keyboardShortcuts[pin].throttle, 'pin/unpin is throttled like Flex’s own').to.equal(1000);
    clock.now += 500;
    manager.press(pin);
    expect(manager.throttleNotices).to.deep.equal(['Pin or unpin chat shortcut used too quickly. Please try again.']);
  });

  it('chooses no key Flex 2.17 has, nor one the browser or typing uses with Ctrl+Shift (Flex never prevents those)', () => {
    // Chrome and Edge: N T W Q I J C O B D M R (and Delete); Firefox also K E P Y S A X.
    const browsers = [...'NTWQIJCOBDMR', ...'KEPYSAX'];
    // Paste as plain text, redo, Unicode entry (Linux, ChromeOS), keyboard layouts (Windows).
    const typing = [...'VZU0'];
    for (const { flexKey } of CHAT_SHORTCUTS) {
      expect(Object.keys(flexDefaults()), flexKey).not.to.include(flexKey);
      expect([...browsers, ...typing], flexKey).not.to.include(flexKey);
    }
    expect(new Set(CHAT_SHORTCUTS.map((s) => s.flexKey)).size, 'one key each').to.equal(CHAT_SHORTCUTS.length);
  });

  it('lists Flex’s defaults and other plugins’ shortcuts read-only, apart from ours', async () => {
    const flex = fakeFlex({ X: { action: () => {}, name: 'Open CRM record' } });
    const keymap = connectFlexShortcuts(flex, host(storage), { apple: false });
    await keymap.start();
    const rows = keymap.rows();
    expect(rows.flex.map((r) => [r.key, r.name])).to.deep.equal([
      ['1', 'End Selected Task'],
      ['A', 'Accept Task'],
      ['C', 'Return To Call'],
      ['H', 'Toggle Hold'],
      ['L', 'Logout'],
      ['M', 'Toggle Mute'],
      ['R', 'Reject Task'],
      ['S', 'Toggle Activity Menu'],
      ['T', 'Select Next Task'],
      ['Y', 'Select Previous Task'],
    ]);
    expect(rows.plugins).to.deep.equal([{ key: 'X', name: 'Open CRM record', throttle: 0 }]);
    expect(rows.chat.map((r) => r.key)).to.deep.equal(CHAT_SHORTCUTS.map((s) => s.flexKey));
  });

  it('remaps, removes and throttles through Flex’s API; refuses Flex’s keys with words', async () => {
    const flex = fakeFlex({ X: { action: () => {}, name: 'Open CRM record' } });
    const chat = host(storage);
    const keymap = connectFlexShortcuts(flex, chat, { apple: false });
    await keymap.start();
    const manager = flex.KeyboardShortcutManager;
    const switcher = chatShortcut('quick-switcher').flexKey;
    const attach = chatShortcut('attach-files').flexKey;
    const next = chatShortcut('next-unread').flexKey;
    manager.calls.length = 0;

    expect(inEnglish(keymap.remap('quick-switcher', 'A'))).to.equal("Ctrl+Shift+A is Flex's “Accept Task”. Choose another key.");
    expect(inEnglish(keymap.remap('quick-switcher', 'L'))).to.equal("Ctrl+Shift+L is Flex's “Logout”. Choose another key.");
    expect(inEnglish(keymap.remap('quick-switcher', 'X'))).to.equal('Ctrl+Shift+X is “Open CRM record” from another plugin. Choose another key.');
    expect(inEnglish(keymap.remap('quick-switcher', 'I'))).to.contain('developer tools');
    expect(inEnglish(keymap.remap('quick-switcher', 'G'))).to.equal('Ctrl+Shift+G is already “Open Internal Chat”. Choose another key, or change that one first.');
    expect(manager.calls, 'refusals change nothing').to.deep.equal([]);

    expect(keymap.remap('quick-switcher', 'U')).to.equal(null);
    keymap.remove('attach-files');
    keymap.setThrottle('next-unread', 2000);
    expect(manager.calls).to.deep.equal([
      ['remapShortcut', switcher, 'U'],
      ['deleteShortcuts', [attach]],
      ['addShortcuts', [next]],
    ]);
    expect(manager.keyboardShortcuts.U.name).to.equal('Quick switcher');
    expect(manager.keyboardShortcuts[switcher]).to.equal(undefined);
    expect(manager.keyboardShortcuts[attach]).to.equal(undefined);
    expect(manager.keyboardShortcuts[next].throttle).to.equal(2000);
    manager.press('U');
    expect(chat.ran).to.deep.equal(['quick-switcher']);
  });

  it('applies the saved changes through Flex’s API at the next start-up', async () => {
    const first = connectFlexShortcuts(fakeFlex(), host(storage), { apple: false });
    await first.start();
    first.remap('quick-switcher', 'U');
    first.remove('attach-files');
    first.setThrottle('next-unread', 2000);
    await saved();

    const flex = fakeFlex();
    const chat = host(storage);
    await connectFlexShortcuts(flex, chat, { apple: false }).start();
    const manager = flex.KeyboardShortcutManager;
    expect(manager.calls.slice(1)).to.deep.equal([
      ['remapShortcut', chatShortcut('quick-switcher').flexKey, 'U'],
      ['addShortcuts', [chatShortcut('next-unread').flexKey]],
      ['deleteShortcuts', [chatShortcut('attach-files').flexKey]],
    ]);
    manager.press('U');
    expect(chat.ran).to.deep.equal(['quick-switcher']);
  });

  it('leaves a chat shortcut without a key, and says so, when another plugin got its key first', async () => {
    const switcher = chatShortcut('quick-switcher').flexKey;
    const flex = fakeFlex({ [switcher]: { action: () => {}, name: 'Knowledge base' } });
    const keymap = connectFlexShortcuts(flex, host(storage), { apple: false });
    await keymap.start();
    expect(flex.KeyboardShortcutManager.keyboardShortcuts[switcher].name).to.equal('Knowledge base');
    expect(keymap.keyOf('quick-switcher')).to.equal(null);
    expect(keymap.notes.map(inEnglish)).to.deep.equal([
      `Ctrl+Shift+${switcher} is “Knowledge base” from another plugin, so “Quick switcher” has no key. Choose one below.`,
    ]);
    expect(keymap.remap('quick-switcher', 'U')).to.equal(null);
    expect(flex.KeyboardShortcutManager.keyboardShortcuts.U.name).to.equal('Quick switcher');
  });

  it('keeps a key saved before that Flex now holds off the chat, back on its default, and says so', async () => {
    // Saved when the chat's fake of Flex lacked Flex 2.17's T ("Select Next Task").
    await new SettingsStore(storage).saveShortcutPreferences('flex', { keys: { 'quick-switcher': 'T' }, throttles: {}, disabled: false });
    const flex = fakeFlex();
    const keymap = connectFlexShortcuts(flex, host(storage), { apple: false });
    await keymap.start();
    const switcher = chatShortcut('quick-switcher').flexKey;
    expect(flex.KeyboardShortcutManager.keyboardShortcuts.T.name).to.equal('Select Next Task');
    expect(keymap.keyOf('quick-switcher')).to.equal(switcher);
    expect(keymap.notes.map(inEnglish)).to.deep.equal([
      `Ctrl+Shift+T, your key for “Quick switcher”, is now Flex's “Select Next Task”, so “Quick switcher” is back on Ctrl+Shift+${switcher}.`,
    ]);
  });

  describe('with the element', () => {
    let alice: LocalChat;
    let chat: InternalAgentChat;
    let container: HTMLElement;

    beforeEach(async () => {
      alice = await localChat('alice', testDatabase());
      container = await fixture<HTMLElement>(html`<div style="height: 600px; display: flex"></div>`);
      chat = document.createElement('internal-agent-chat');
      chat.userStorage = await openUserStorage('alice', testDatabase());
      chat.store = alice.store;
      chat.style.flex = '1';
    });

    afterEach(() => alice.stop());

    it('shows the chat view first (iac-reveal), then runs the shortcut in the widget', async () => {
      const flex = fakeFlex();
      // As the plugin does: Flex mounts the element only once its view opens.
      const keymap: ShortcutKeymap = connectFlexShortcuts(flex, chat, { apple: false });
      await keymap.start();
      let reveals = 0;
      chat.addEventListener('iac-reveal', () => {
        reveals++;
        container.append(chat);
      });
      flex.KeyboardShortcutManager.press(chatShortcut('quick-switcher').flexKey);
      const switcher = () => chat.shadowRoot?.querySelector('iac-quick-switcher')?.shadowRoot?.querySelector('dialog');
      await waitUntil(() => switcher()?.open, 'the quick switcher opens in the revealed view');
      expect(reveals).to.equal(1);
      switcher()!.close();
      await settled(chat);

      // The widget's own listener stands down: Ctrl+K on the element is Flex's business now.
      chat.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true, composed: true, cancelable: true }));
      await settled(chat);
      expect(switcher()!.open).to.equal(false);

      // The settings screen edits Flex's shortcuts and lists Flex's own read-only.
      const settings = chat.shadowRoot!.querySelector('iac-settings')!;
      expect(settings.keymap).to.equal(keymap);
      void chat.openSettings();
      await waitUntil(() => settings.shadowRoot?.querySelector('dialog')?.open, 'Settings opens (loaded on first use)');
      await settled(settings);
      const table = [...settings.shadowRoot!.querySelectorAll('table')].find((t) => t.caption?.textContent?.includes('Flex shortcuts'))!;
      expect([...table.querySelectorAll('tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim())).to.include('Accept Task Ctrl+Shift+A');
      expect(table.querySelectorAll('button, select, input'), 'read-only').to.have.length(0);
      await expect(settings).to.be.accessible();
      settings.close();
    });
  });
});
