import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { SettingsStore } from '../services/settings.js';
import { memoryStorage, openUserStorage, type UserStorage } from '../services/storage/user-storage.js';
import { fakeFlex } from '../test/fake-flex-shortcuts.js';
import { localChat, testDatabase, type LocalChat } from '../test/local-chat.js';
import { settled } from '../test/fixture-with-store.js';
import { CHAT_SHORTCUTS, type ChatShortcutActions, type ChatShortcutId } from './chat-shortcuts.js';
import { connectFlexShortcuts, type ShortcutHost } from './flex-adapter.js';
import type { ShortcutKeymap } from './shortcut-keymap.js';
import type { InternalAgentChat } from '../components/internal-agent-chat/internal-agent-chat.js';
import '../components/internal-agent-chat/internal-agent-chat.js';
import '../components/settings/settings.js';
import { english, inEnglish } from '../test/english.js';

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

  it("registers the chat's shortcuts through Flex's API, beside Flex's own, and each one runs", async () => {
    const flex = fakeFlex();
    const chat = host(storage);
    const keymap = connectFlexShortcuts(flex, chat, { apple: false });
    await keymap.start();
    expect(chat.shortcuts).to.equal(keymap);
    const manager = flex.KeyboardShortcutManager;
    // (Object keys that look like numbers come first, as in any object.)
    expect(manager.calls[0][0]).to.equal('addShortcuts');
    expect([...(manager.calls[0][1] as string[])].sort()).to.deep.equal(CHAT_SHORTCUTS.map((s) => s.flexKey).sort());
    for (const { flexKey, name } of CHAT_SHORTCUTS) expect(manager.keyboardShortcuts[flexKey]?.name, flexKey).to.equal(english[name]);
    expect(manager.keyboardShortcuts.A.name, "Flex's own are untouched").to.equal('Accept Task');
    for (const { flexKey } of CHAT_SHORTCUTS) manager.press(flexKey, 0);
    expect(chat.ran).to.deep.equal(CHAT_SHORTCUTS.map((s) => s.id));
    expect(manager.keyboardShortcuts.Y.throttle, 'pin/unpin is throttled like Flex’s own').to.equal(1000);
    manager.press('Y', 500);
    expect(manager.throttleNotices).to.deep.equal(['Pin or unpin chat was used too often']);
  });

  it('lists Flex’s defaults and other plugins’ shortcuts read-only, apart from ours', async () => {
    const flex = fakeFlex({ X: { action: () => {}, name: 'Open CRM record' } });
    const keymap = connectFlexShortcuts(flex, host(storage), { apple: false });
    await keymap.start();
    const rows = keymap.rows();
    expect(rows.flex.map((r) => r.name)).to.deep.equal(['Logout', 'End Selected Task', 'Accept Task', 'Toggle Hold', 'Toggle Mute', 'Reject Task']);
    expect(rows.plugins).to.deep.equal([{ key: 'X', name: 'Open CRM record', throttle: 0 }]);
    expect(rows.chat.map((r) => r.key)).to.deep.equal(CHAT_SHORTCUTS.map((s) => s.flexKey));
  });

  it('remaps, removes, throttles and turns off through Flex’s API; refuses Flex’s keys with words', async () => {
    const flex = fakeFlex({ X: { action: () => {}, name: 'Open CRM record' } });
    const chat = host(storage);
    const keymap = connectFlexShortcuts(flex, chat, { apple: false });
    await keymap.start();
    const manager = flex.KeyboardShortcutManager;
    manager.calls.length = 0;

    expect(inEnglish(keymap.remap('quick-switcher', 'A'))).to.equal("Ctrl+Shift+A is Flex's “Accept Task”. Choose another key.");
    expect(inEnglish(keymap.remap('quick-switcher', 'X'))).to.equal('Ctrl+Shift+X is “Open CRM record” from another plugin. Choose another key.');
    expect(inEnglish(keymap.remap('quick-switcher', 'I'))).to.contain('developer tools');
    expect(inEnglish(keymap.remap('quick-switcher', 'G'))).to.equal('Ctrl+Shift+G is already “Open Internal Chat”. Choose another key, or change that one first.');
    expect(manager.calls, 'refusals change nothing').to.deep.equal([]);

    expect(keymap.remap('quick-switcher', 'U')).to.equal(null);
    keymap.remove('attach-files');
    keymap.setThrottle('next-unread', 2000);
    keymap.disableAll();
    expect(manager.calls).to.deep.equal([
      ['remapShortcut', 'K', 'U'],
      ['deleteShortcuts', ['F']],
      ['addShortcuts', ['9']],
      ['disableShortcuts'],
    ]);
    expect(manager.keyboardShortcuts.U.name).to.equal('Quick switcher');
    expect(manager.keyboardShortcuts.K).to.equal(undefined);
    expect(manager.keyboardShortcuts.F).to.equal(undefined);
    expect(manager.keyboardShortcuts['9'].throttle).to.equal(2000);
    expect(inEnglish(keymap.enableAll())).to.contain('when Flex reloads');
  });

  it('applies the saved changes through Flex’s API at the next start-up', async () => {
    const first = connectFlexShortcuts(fakeFlex(), host(storage), { apple: false });
    await first.start();
    first.remap('quick-switcher', 'U');
    first.remove('attach-files');
    first.setThrottle('next-unread', 2000);
    first.disableAll();
    await saved();

    const flex = fakeFlex();
    const chat = host(storage);
    await connectFlexShortcuts(flex, chat, { apple: false }).start();
    const manager = flex.KeyboardShortcutManager;
    expect(manager.calls.map(([call]) => call)).to.deep.equal(['addShortcuts', 'remapShortcut', 'addShortcuts', 'deleteShortcuts', 'disableShortcuts']);
    expect(manager.calls.slice(1)).to.deep.equal([
      ['remapShortcut', 'K', 'U'],
      ['addShortcuts', ['9']],
      ['deleteShortcuts', ['F']],
      ['disableShortcuts'],
    ]);
    manager.disabled = false; // As after Flex reloads with shortcuts on.
    manager.press('U');
    expect(chat.ran).to.deep.equal(['quick-switcher']);
  });

  it('leaves a chat shortcut without a key, and says so, when another plugin got its key first', async () => {
    const flex = fakeFlex({ K: { action: () => {}, name: 'Knowledge base' } });
    const keymap = connectFlexShortcuts(flex, host(storage), { apple: false });
    await keymap.start();
    expect(flex.KeyboardShortcutManager.keyboardShortcuts.K.name).to.equal('Knowledge base');
    expect(keymap.keyOf('quick-switcher')).to.equal(null);
    expect(keymap.notes.map(inEnglish)).to.deep.equal(['Ctrl+Shift+K is “Knowledge base” from another plugin, so “Quick switcher” has no key. Choose one below.']);
    expect(keymap.remap('quick-switcher', 'U')).to.equal(null);
    expect(flex.KeyboardShortcutManager.keyboardShortcuts.U.name).to.equal('Quick switcher');
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
      flex.KeyboardShortcutManager.press('K');
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
