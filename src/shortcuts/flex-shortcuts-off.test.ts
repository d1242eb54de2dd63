import { expect } from '@open-wc/testing';
import { SettingsStore } from '../services/settings.js';
import { memoryStorage, type UserStorage } from '../services/storage/user-storage.js';
import { fakeFlex, type FakeFlex } from '../../test/helpers/fake-flex-shortcuts.js';
import { inEnglish } from '../../test/helpers/english.js';
import { CHAT_SHORTCUTS, chatShortcut, type ChatShortcutActions, type ChatShortcutId } from './chat-shortcuts.js';
import { connectFlexShortcuts } from './flex-adapter.js';
import type { ShortcutKeymap } from './shortcut-keymap.js';

const OFF = 'All shortcuts are off in this Flex session, Flex’s own too, so they can’t be changed now. They come back when you turn them back on and reload Flex.';
const BACK_ON_RELOAD = 'Shortcuts come back on when Flex reloads. Reload the page to use or change them.';
const saved = () => new Promise((resolve) => setTimeout(resolve, 10));

describe("Flex's shortcuts turned off: Flex has no call to turn them back on", () => {
  let storage: UserStorage;
  let flex: FakeFlex;
  let keymap: ShortcutKeymap;
  let ran: ChatShortcutId[];

  /** Flex (re)loads: a fresh manager with Flex's defaults, and the chat's keymap over `storage`. */
  async function startFlex(): Promise<void> {
    flex = fakeFlex({ X: { action: () => {}, name: 'Open CRM record' } });
    ran = [];
    const shortcutActions = Object.fromEntries(CHAT_SHORTCUTS.map(({ id }) => [id, () => ran.push(id)])) as unknown as ChatShortcutActions;
    keymap = connectFlexShortcuts(flex, { shortcutActions, settings: new SettingsStore(storage), shortcuts: undefined }, { apple: false });
    await keymap.start();
  }

  const pressEveryKey = () => [...CHAT_SHORTCUTS.map((s) => s.flexKey), 'A', 'L', 'X', 'U'].forEach((key) => flex.KeyboardShortcutManager.press(key));

  beforeEach(async () => {
    storage = memoryStorage();
    await startFlex();
  });

  it('empties Flex’s map: nothing runs, Flex’s own included, and the keymap stops showing keys as working', async () => {
    expect(keymap.rows().on).to.equal(true);
    expect(inEnglish(keymap.disableAll())).to.equal(OFF);
    expect(flex.KeyboardShortcutManager.keyboardShortcuts).to.deep.equal({});
    pressEveryKey();
    expect(ran).to.deep.equal([]);
    expect(flex.ran).to.deep.equal([]);

    const rows = keymap.rows();
    expect(rows.on, 'listed as off').to.equal(false);
    expect(inEnglish(keymap.locked)).to.equal(OFF);
    expect(rows.chat.map((r) => r.key), 'the keys they come back on').to.deep.equal(CHAT_SHORTCUTS.map((s) => s.flexKey));
    expect(rows.flex.map((r) => r.name), 'Flex’s own still listed, as off').to.include.members(['Accept Task', 'Logout', 'Select Previous Task']);
    expect(rows.flex).to.have.length(10);
    expect(rows.plugins.map((r) => r.name)).to.deep.equal(['Open CRM record']);

    // Another plugin adds a shortcut afterwards: Flex keeps it and never runs it.
    let crm = 0;
    flex.KeyboardShortcutManager.addShortcuts({ Z: { action: () => crm++, name: 'Call back' } });
    flex.KeyboardShortcutManager.press('Z');
    expect(crm).to.equal(0);
    expect(keymap.rows().plugins.map((r) => r.name)).to.deep.equal(['Open CRM record', 'Call back']);
    expect(keymap.rows().on).to.equal(false);
  });

  it('refuses remaps, removals, throttles and reset in words, and calls Flex no more, while they are off', async () => {
    keymap.disableAll();
    const manager = flex.KeyboardShortcutManager;
    manager.calls.length = 0;
    expect(inEnglish(keymap.remap('quick-switcher', 'U'))).to.equal(OFF);
    expect(inEnglish(keymap.remove('attach-files'))).to.equal(OFF);
    expect(inEnglish(keymap.setThrottle('next-unread', 2000))).to.equal(OFF);
    expect(inEnglish(keymap.reset())).to.equal(OFF);
    expect(manager.calls).to.deep.equal([]);
    expect(keymap.rows().chat.map((r) => [r.key, r.throttle])).to.deep.equal(CHAT_SHORTCUTS.map((s) => [s.flexKey, s.throttle ?? 0]));
    pressEveryKey();
    expect(ran).to.deep.equal([]);
  });

  it('keeps "back on" for the next load, says a reload is needed, and then brings the defaults and saved remaps back', async () => {
    expect(keymap.remap('quick-switcher', 'U')).to.equal(null);
    keymap.disableAll();
    expect(inEnglish(keymap.enableAll())).to.equal(BACK_ON_RELOAD);
    expect(keymap.disabled, 'the choice is saved').to.equal(false);
    expect(keymap.rows().on, 'but nothing works before a reload').to.equal(false);
    expect(inEnglish(keymap.locked)).to.equal(BACK_ON_RELOAD);
    expect(inEnglish(keymap.remap('quick-switcher', '2'))).to.equal(BACK_ON_RELOAD);
    pressEveryKey();
    expect(ran).to.deep.equal([]);
    await saved();

    await startFlex();
    expect(keymap.rows().on).to.equal(true);
    expect(keymap.locked).to.equal(null);
    expect(flex.KeyboardShortcutManager.keyboardShortcuts.U.name).to.equal('Quick switcher');
    flex.KeyboardShortcutManager.press('U');
    flex.KeyboardShortcutManager.press('A');
    expect(ran).to.deep.equal(['quick-switcher']);
    expect(flex.ran).to.deep.equal(['acceptTask']);
  });

  it('after a start-up with shortcuts saved as off, tells the same truth', async () => {
    keymap.disableAll();
    await saved();
    await startFlex();
    const manager = flex.KeyboardShortcutManager;
    expect(manager.calls.map(([call]) => call)).to.deep.equal(['addShortcuts', 'disableShortcuts']);
    expect(manager.disabled).to.equal(true);
    expect(keymap.rows().on).to.equal(false);
    expect(keymap.rows().flex).to.have.length(10);
    expect(inEnglish(keymap.remap('toggle-pin', 'U'))).to.equal(OFF);
    expect(keymap.keyOf('toggle-pin'), 'no key works').to.equal(null);
    expect(keymap.rows().chat.find((r) => r.id === 'toggle-pin')!.key).to.equal(chatShortcut('toggle-pin').flexKey);
  });
});
