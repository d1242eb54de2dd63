import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { SettingsStore } from '../../services/settings.js';
import { memoryStorage, type UserStorage } from '../../services/storage/user-storage.js';
import { CHAT_SHORTCUTS, chatShortcut, type ChatShortcutActions, type ChatShortcutId } from '../../shortcuts/chat-shortcuts.js';
import { connectFlexShortcuts } from '../../shortcuts/flex-adapter.js';
import type { ShortcutKeymap } from '../../shortcuts/shortcut-keymap.js';
import { fakeFlex, type FakeFlex } from '../../../test/helpers/fake-flex-shortcuts.js';
import type { IacSettings } from './settings.js';
import './settings.js';

const OFF = 'All shortcuts are off in this Flex session, Flex’s own too, so they can’t be changed now. They come back when you turn them back on and reload Flex.';
const BACK_ON_RELOAD = 'Shortcuts come back on when Flex reloads. Reload the page to use or change them.';

describe('iac-settings in Flex, where turning shortcuts off lasts until Flex reloads', () => {
  let storage: UserStorage;
  let flex: FakeFlex;
  let keymap: ShortcutKeymap;
  let element: IacSettings;
  let ran: ChatShortcutId[];
  const root = () => element.shadowRoot!;
  const text = (node: Element | ShadowRoot) => node.textContent!.replace(/\s+/g, ' ').trim();
  const button = (name: string) => [...root().querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? text(b)) === name)!;
  const status = () => text(root().querySelector('.body > [role=status]')!);
  const flexRows = () => {
    const table = [...root().querySelectorAll('table')].find((t) => t.caption?.textContent?.includes('Flex shortcuts'))!;
    return [...table.querySelectorAll('tbody tr')].map(text);
  };
  /** The keys of the chat's shortcut named `name`, as read. */
  const chatRow = (name: string) => text(button(`Change keys for ${name}`).closest('.shortcut')!.querySelector('.keys')!);

  /** Flex (re)loads with the chat's keymap over `storage`, and Settings opens. */
  async function open(): Promise<void> {
    flex = fakeFlex();
    ran = [];
    const shortcutActions = Object.fromEntries(CHAT_SHORTCUTS.map(({ id }) => [id, () => ran.push(id)])) as unknown as ChatShortcutActions;
    const settings = new SettingsStore(storage);
    keymap = connectFlexShortcuts(flex, { shortcutActions, settings, shortcuts: undefined }, { apple: false });
    await keymap.start();
    element = await fixture<IacSettings>(html`<iac-settings .settings=${settings} .keymap=${keymap}></iac-settings>`);
    void element.show();
    await waitUntil(() => root().querySelector('dialog')!.open);
    await element.updateComplete;
  }

  /** Everything a person could change about one shortcut, and the section's Reset. */
  const controls = () => [
    button('Change keys for Quick switcher'),
    button('Remove keys for Quick switcher'),
    root().querySelector<HTMLSelectElement>('[aria-label="Ignore repeats of Quick switcher within"]')!,
    button('Reset shortcuts'),
  ];

  beforeEach(() => (storage = memoryStorage()));

  it('says before turning off that Flex’s own go too and that coming back takes a reload', async () => {
    await open();
    await expect(element).to.be.accessible();
    expect(text(root())).to.contain('Turning them off turns off Flex’s own shortcuts too. Turning them back on takes a reload of Flex.');
    expect(flexRows()).to.include('Accept Task Ctrl+Shift+A');
    expect(chatRow('Quick switcher')).to.contain(`Ctrl+Shift+${chatShortcut('quick-switcher').flexKey}`).and.not.contain('off');
    expect(controls().every((control) => !control.disabled)).to.equal(true);
  });

  it('after "Turn off all shortcuts", lists every key, Flex’s too, as off, and offers no change until a reload', async () => {
    await open();
    button('Turn off all shortcuts').click();
    await element.updateComplete;
    await expect(element).to.be.accessible();
    expect(status()).to.equal(OFF);
    expect(text(root().querySelector('.note')!)).to.equal(OFF);
    expect(chatRow('Quick switcher')).to.contain(`Ctrl+Shift+${chatShortcut('quick-switcher').flexKey} off`);
    expect(flexRows()).to.have.length(10);
    expect(flexRows()).to.include.members(['Accept Task Ctrl+Shift+A off', 'Logout Ctrl+Shift+L off']);
    expect(controls().map((control) => control.disabled)).to.deep.equal([true, true, true, true]);
    flex.KeyboardShortcutManager.press(chatShortcut('quick-switcher').flexKey);
    flex.KeyboardShortcutManager.press('A');
    expect([ran, flex.ran]).to.deep.equal([[], []]);
  });

  it('"Turn shortcuts back on" is kept for the next load and says a reload is needed; then the keys work again', async () => {
    await open();
    button('Turn off all shortcuts').click();
    await element.updateComplete;
    button('Turn shortcuts back on').click();
    await element.updateComplete;
    expect(status()).to.equal(BACK_ON_RELOAD);
    expect(text(root().querySelector('.note')!)).to.equal(BACK_ON_RELOAD);
    expect(chatRow('Pin or unpin chat')).to.contain('off');
    expect(controls().every((control) => control.disabled), 'still nothing to change before the reload').to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 10));

    await open();
    expect(root().querySelector('.note')).to.equal(null);
    expect(chatRow('Pin or unpin chat')).not.to.contain('off');
    expect(flexRows()).to.include('Accept Task Ctrl+Shift+A');
    flex.KeyboardShortcutManager.press(chatShortcut('toggle-pin').flexKey);
    expect(ran).to.deep.equal(['toggle-pin']);
  });

  it('opened after a start-up with shortcuts saved as off, tells the same', async () => {
    await new SettingsStore(storage).saveShortcutPreferences('flex', { keys: {}, throttles: {}, disabled: true });
    await open();
    await expect(element).to.be.accessible();
    expect(text(root().querySelector('.note')!)).to.equal(OFF);
    expect(flexRows()).to.include('Accept Task Ctrl+Shift+A off');
    expect(controls().every((control) => control.disabled)).to.equal(true);
    expect(button('Turn shortcuts back on')).to.exist;
  });

  it('"Reset all settings" while off resets the rest, and says why the shortcuts stay as they are', async () => {
    await open();
    button('Turn off all shortcuts').click();
    await element.updateComplete;
    button('Reset all settings').click();
    await waitUntil(() => status() === OFF);
    expect(keymap.disabled).to.equal(true);
  });
});
