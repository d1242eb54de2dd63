import { expect } from '@open-wc/testing';
import { SettingsStore } from '../services/settings.js';
import { memoryStorage, type UserStorage } from '../services/storage/user-storage.js';
import { CHAT_SHORTCUTS, type ChatShortcutActions, type ChatShortcutId } from './chat-shortcuts.js';
import { widgetNotation } from './widget-notation.js';
import { ShortcutKeymap } from './shortcut-keymap.js';
import { WidgetShortcutManager } from './widget-shortcut-manager.js';
import { english, inEnglish } from '../../test/helpers/english.js';

/** A widget keymap over `storage`, counting what each shortcut did and what was throttled. */
function widgetKeymap(storage: UserStorage, clock = { now: 0 }) {
  const ran: ChatShortcutId[] = [];
  const throttled: string[] = [];
  const notation = widgetNotation(false);
  const manager = new WidgetShortcutManager({ notation, now: () => clock.now, onThrottled: (shortcut) => throttled.push(shortcut.name) });
  const actions = Object.fromEntries(CHAT_SHORTCUTS.map(({ id }) => [id, () => ran.push(id)])) as unknown as ChatShortcutActions;
  const settings = new SettingsStore(storage);
  const keymap = new ShortcutKeymap({ manager, notation, actions, settings });
  const press = (key: string, init: KeyboardEventInit = {}) =>
    manager.handle(new KeyboardEvent('keydown', { key, cancelable: true, ...init }));
  return { keymap, manager, settings, ran, throttled, press, clock };
}

describe('shortcut keymap (the widget’s own manager)', () => {
  let storage: UserStorage;
  beforeEach(() => (storage = memoryStorage()));

  it('registers every chat shortcut at its default key, and each runs its action', async () => {
    const { keymap, manager, ran, press } = widgetKeymap(storage);
    await keymap.start();
    expect(Object.values(manager.keyboardShortcuts).map((s) => s.name)).to.deep.equal(CHAT_SHORTCUTS.map((s) => english[s.name]));
    expect(press('k', { ctrlKey: true })).to.equal(true);
    expect(press('G', { code: 'KeyG', altKey: true, shiftKey: true })).to.equal(true);
    expect(press('ArrowDown', { altKey: true, shiftKey: true })).to.equal(true);
    expect(press('ArrowUp', { altKey: true, shiftKey: true })).to.equal(true);
    expect(press('M', { code: 'KeyM', altKey: true, shiftKey: true })).to.equal(true);
    expect(press('J', { code: 'KeyJ', altKey: true, shiftKey: true })).to.equal(true);
    expect(press('A', { code: 'KeyA', altKey: true, shiftKey: true })).to.equal(true);
    expect(press('P', { code: 'KeyP', altKey: true, shiftKey: true })).to.equal(true);
    expect(ran).to.deep.equal(['quick-switcher', 'open-chat', 'next-unread', 'previous-unread', 'focus-composer', 'jump-to-latest', 'attach-files', 'toggle-pin']);
    expect(press('x', { ctrlKey: true }), 'not a shortcut').to.equal(false);
  });

  it('ignores a repeat within the throttle and says which shortcut', async () => {
    const { keymap, ran, throttled, press, clock } = widgetKeymap(storage);
    await keymap.start();
    const pin = () => press('P', { code: 'KeyP', altKey: true, shiftKey: true });
    pin();
    clock.now = 400;
    pin();
    expect(ran).to.deep.equal(['toggle-pin']);
    expect(throttled).to.deep.equal(['Pin or unpin chat']);
    clock.now = 1100;
    pin();
    expect(ran).to.deep.equal(['toggle-pin', 'toggle-pin']);

    keymap.setThrottle('quick-switcher', 2000);
    press('k', { ctrlKey: true });
    clock.now = 2000;
    press('k', { ctrlKey: true });
    expect(throttled).to.deep.equal(['Pin or unpin chat', 'Quick switcher']);
    keymap.setThrottle('toggle-pin', 0);
    clock.now = 2001;
    pin();
    expect(ran.filter((id) => id === 'toggle-pin')).to.have.length(3);
  });

  it('remaps, refusing a key in use with words naming its shortcut', async () => {
    const { keymap, ran, press } = widgetKeymap(storage);
    await keymap.start();
    expect(inEnglish(keymap.remap('quick-switcher', 'Alt+Shift+P'))).to.equal('Alt+Shift+P is already “Pin or unpin chat”. Choose another key, or change that one first.');
    expect(inEnglish(keymap.remap('quick-switcher', 'Mod+C'))).to.equal('Ctrl+C is kept for copying. Choose another key.');
    expect(keymap.remap('quick-switcher', 'Mod+Shift+K')).to.equal(null);
    expect(press('k', { ctrlKey: true }), 'the old key is free again').to.equal(false);
    press('K', { ctrlKey: true, shiftKey: true });
    expect(ran).to.deep.equal(['quick-switcher']);
    expect(keymap.rows().chat.find((row) => row.id === 'quick-switcher')).to.include({ key: 'Mod+Shift+K', defaultKey: 'Mod+K' });
  });

  it('keeps remaps, removals, throttles and "all off" for the next start, and resets them', async () => {
    const first = widgetKeymap(storage);
    await first.keymap.start();
    first.keymap.remap('quick-switcher', 'Mod+Shift+K');
    first.keymap.remove('attach-files');
    first.keymap.setThrottle('next-unread', 500);
    first.keymap.disableAll();
    expect(first.press('K', { ctrlKey: true, shiftKey: true }), 'off').to.equal(false);
    await new Promise((resolve) => setTimeout(resolve));

    const reloaded = widgetKeymap(storage);
    await reloaded.keymap.start();
    const rows = reloaded.keymap.rows().chat;
    expect(rows.find((r) => r.id === 'quick-switcher')!.key).to.equal('Mod+Shift+K');
    expect(rows.find((r) => r.id === 'attach-files')!.key).to.equal(null);
    expect(rows.find((r) => r.id === 'next-unread')!.throttle).to.equal(500);
    expect(reloaded.keymap.disabled).to.equal(true);
    expect(reloaded.press('K', { ctrlKey: true, shiftKey: true })).to.equal(false);

    expect(reloaded.keymap.reset()).to.equal(null);
    expect(reloaded.keymap.disabled).to.equal(false);
    reloaded.press('k', { ctrlKey: true });
    reloaded.press('A', { code: 'KeyA', altKey: true, shiftKey: true });
    expect(reloaded.ran).to.deep.equal(['quick-switcher', 'attach-files']);
    await new Promise((resolve) => setTimeout(resolve));
    const again = widgetKeymap(storage);
    await again.keymap.start();
    expect(again.keymap.rows().chat.map((row) => row.key)).to.deep.equal(CHAT_SHORTCUTS.map((s) => s.widgetKey));
  });

  it('turns shortcuts back on at once outside Flex', async () => {
    const { keymap, press, ran } = widgetKeymap(storage);
    await keymap.start();
    keymap.disableAll();
    press('k', { ctrlKey: true });
    expect(keymap.enableAll()).to.equal(null);
    press('k', { ctrlKey: true });
    expect(ran).to.deep.equal(['quick-switcher']);
  });
});
