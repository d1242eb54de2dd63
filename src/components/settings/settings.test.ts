import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { SettingsStore } from '../../services/settings.js';
import { memoryStorage, openUserStorage, type UserStorage } from '../../services/storage/user-storage.js';
import { CHAT_SHORTCUTS, type ChatShortcutActions } from '../../shortcuts/chat-shortcuts.js';
import { widgetNotation } from '../../shortcuts/widget-notation.js';
import { ShortcutKeymap } from '../../shortcuts/shortcut-keymap.js';
import { WidgetShortcutManager } from '../../shortcuts/widget-shortcut-manager.js';
import { testDatabase } from '../../../test/helpers/local-chat.js';
import type { IacSettings } from './settings.js';
import './settings.js';
import { phrase, type Phrase } from '../../l10n/phrase.js';
import { english } from '../../../test/helpers/english.js';

const noActions = Object.fromEntries(CHAT_SHORTCUTS.map(({ id }) => [id, () => {}])) as unknown as ChatShortcutActions;

/** What the element needs of the attention service, answering as told. */
function attentionStub(answers: { desktop?: Phrase | null; sound?: Phrase | null } = {}) {
  const asked = { desktop: 0, sound: 0 };
  return {
    asked,
    allowDesktop: async () => (asked.desktop++, answers.desktop ?? null),
    desktopProblem: () => answers.desktop ?? null,
    previewSound: async () => (asked.sound++, answers.sound ?? null),
  };
}

describe('iac-settings', () => {
  let storage: UserStorage;
  let settings: SettingsStore;
  let keymap: ShortcutKeymap;
  let element: IacSettings;
  let attention: ReturnType<typeof attentionStub>;
  const root = () => element.shadowRoot!;
  const byLabel = <T extends HTMLElement>(label: string) => root().querySelector<T>(`[aria-label="${label}"]`)!;
  const labelled = (text: string) =>
    [...root().querySelectorAll('label')].find((l) => l.textContent!.replace(/\s+/g, ' ').includes(text))!.querySelector('input')!;

  async function open(answers: Parameters<typeof attentionStub>[0] = {}): Promise<void> {
    settings = new SettingsStore(storage);
    const notation = widgetNotation(false);
    keymap = new ShortcutKeymap({ manager: new WidgetShortcutManager({ notation }), notation, actions: noActions, settings });
    await keymap.start();
    attention = attentionStub(answers);
    element = await fixture<IacSettings>(html`<iac-settings .settings=${settings} .keymap=${keymap} .attention=${attention}></iac-settings>`);
    void element.show();
    await waitUntil(() => root().querySelector('dialog')!.open);
    await element.updateComplete;
  }

  beforeEach(() => (storage = memoryStorage()));

  it('is an accessible dialog with a heading, every setting labelled, and a Close button', async () => {
    await open();
    await expect(element).to.be.accessible();
    const dialog = root().querySelector('dialog')!;
    expect(dialog.getAttribute('aria-labelledby')).to.equal('settings-title');
    expect(root().querySelector('h2')!.textContent).to.equal('Settings');
    expect([...root().querySelectorAll('h3')].map((h) => h.textContent)).to.deep.equal(['Notifications', 'Sending', 'Theme', 'Language', 'Keyboard shortcuts']);
    expect(labelled('Desktop notifications').checked, 'off by default').to.equal(false);
    expect(labelled('Play a soft sound').checked, 'off by default').to.equal(false);
    expect(labelled('Enter sends').checked).to.equal(true);
    expect(labelled('Match the page').checked).to.equal(true);
    const language = root().querySelector('select:not([aria-label])') as HTMLSelectElement;
    // Each language named in itself, whatever the screen's own language.
    expect([...language.options].map((o) => o.textContent)).to.deep.equal(['Automatic', 'English', 'Español', 'العربية']);
    expect(language.value).to.equal('auto');
    expect([...root().querySelectorAll('.shortcut .name')].map((n) => n.textContent)).to.deep.equal(CHAT_SHORTCUTS.map((s) => english[s.name]));
    root().querySelector<HTMLButtonElement>('button.close')!.click();
    expect(dialog.open).to.equal(false);
  });

  it("looks like the rest of the widget: Paste's switch, radio and select, and secondary buttons, not the browser's plain controls or bold underlined links", async () => {
    await open();
    const style = (element: Element) => getComputedStyle(element);
    const size = (element: Element) => element.getBoundingClientRect();
    for (const toggle of root().querySelectorAll('input[role=switch]')) {
      expect(style(toggle).appearance, 'a switch, drawn').to.equal('none');
      expect(size(toggle).width, 'a switch is wider than tall').to.be.greaterThan(size(toggle).height * 1.5);
      const off = style(toggle).backgroundColor;
      (toggle as HTMLInputElement).checked = true;
      expect(style(toggle).backgroundColor, 'on shows in colour').to.not.equal(off);
      (toggle as HTMLInputElement).checked = false;
    }
    for (const radio of root().querySelectorAll('input[type=radio]')) {
      expect(style(radio).appearance, 'a radio, drawn').to.equal('none');
      expect(style(radio).borderRadius).to.equal('50%');
    }
    for (const select of root().querySelectorAll('select')) {
      expect(style(select).appearance, 'a select, drawn').to.equal('none');
      expect(style(select).backgroundImage, 'with its own chevron').to.not.equal('none');
    }
    for (const button of root().querySelectorAll('.shortcut button')) {
      expect(style(button).textDecorationLine, button.textContent!).to.equal('none');
      expect(style(button).borderTopStyle, 'a secondary button').to.equal('solid');
    }
    await expect(element).to.be.accessible();
  });

  it('keeps each choice for this user only, and applies a change at once', async () => {
    const database = testDatabase();
    storage = await openUserStorage('alice', database);
    await open();
    labelled('Ctrl+Enter sends').click();
    labelled('Dark').click();
    labelled('Play a soft sound').click();
    await waitUntil(() => settings.value.sound, 'sound switched on after its preview');
    expect(attention.asked.sound, 'a preview plays on the click').to.equal(1);
    expect(settings.value).to.include({ sendWith: 'mod-enter', theme: 'dark', sound: true });

    const reloaded = new SettingsStore(await openUserStorage('alice', database));
    await reloaded.ready;
    expect(reloaded.value).to.include({ sendWith: 'mod-enter', theme: 'dark', sound: true, desktopNotifications: false });
    const bob = new SettingsStore(await openUserStorage('bob', database));
    await bob.ready;
    expect(bob.value).to.include({ sendWith: 'enter', theme: 'host', sound: false });
  });

  it('asks the browser before switching desktop notifications on, and says so in words when refused', async () => {
    await open({ desktop: phrase('notificationsBlocked') });
    const desktop = labelled('Desktop notifications');
    desktop.click();
    await waitUntil(() => root().querySelector('[role=alert]'), 'the refusal is shown');
    expect(attention.asked.desktop).to.equal(1);
    expect(root().querySelector('[role=alert]')!.textContent).to.contain('blocks notifications');
    expect(desktop.checked).to.equal(false);
    expect(settings.value.desktopNotifications).to.equal(false);
  });

  it('switches desktop notifications on once the browser allows them', async () => {
    await open();
    labelled('Desktop notifications').click();
    await waitUntil(() => settings.value.desktopNotifications);
    expect(root().querySelector('[role=alert]')).to.equal(null);
  });

  it('remaps a shortcut by its new keys, refusing a conflict in words that name the other shortcut', async () => {
    await open();
    byLabel<HTMLButtonElement>('Change keys for Quick switcher').click();
    await element.updateComplete;
    const capture = root().querySelector<HTMLButtonElement>('.capture')!;
    expect(root().activeElement).to.equal(capture);
    const press = (key: string, init: KeyboardEventInit) =>
      capture.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init }));
    press('Shift', { shiftKey: true });
    press('P', { code: 'KeyP', altKey: true, shiftKey: true });
    await element.updateComplete;
    expect(root().querySelector('#capture-refusal')!.textContent).to.equal(
      'Alt+Shift+P is already “Pin or unpin chat”. Choose another key, or change that one first.',
    );
    await expect(element).to.be.accessible();
    press('K', { code: 'KeyK', ctrlKey: true, shiftKey: true });
    await element.updateComplete;
    expect(root().querySelector('.capture')).to.equal(null);
    expect(keymap.keyOf('quick-switcher')).to.equal('Mod+Shift+K');
    expect(byLabel('Change keys for Quick switcher').closest('.shortcut')!.querySelector('kbd')!.textContent).to.equal('Ctrl+Shift+K');
    expect(root().activeElement, 'back on the Change button').to.equal(byLabel('Change keys for Quick switcher'));
    expect(root().querySelector('[role=status]')!.textContent).to.equal('Quick switcher: Ctrl+Shift+K.');
  });

  it('cancels choosing keys with Escape without closing the dialog', async () => {
    await open();
    byLabel<HTMLButtonElement>('Change keys for Quick switcher').click();
    await element.updateComplete;
    root().querySelector('.capture')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    await element.updateComplete;
    expect(root().querySelector('.capture')).to.equal(null);
    expect(root().querySelector('dialog')!.open).to.equal(true);
    expect(keymap.keyOf('quick-switcher')).to.equal('Mod+K');
  });

  it('removes a key, sets a throttle, turns all off and on, and resets everything', async () => {
    await open();
    byLabel<HTMLButtonElement>('Remove keys for Attach files').click();
    await element.updateComplete;
    expect(keymap.keyOf('attach-files')).to.equal(null);
    expect(byLabel('Change keys for Attach files').textContent!.trim()).to.equal('Set keys');
    expect(root().activeElement).to.equal(byLabel('Change keys for Attach files'));

    const throttle = byLabel<HTMLSelectElement>('Ignore repeats of Quick switcher within');
    throttle.value = '2000';
    throttle.dispatchEvent(new Event('change'));
    expect(keymap.rows().chat.find((r) => r.id === 'quick-switcher')!.throttle).to.equal(2000);

    const toggle = () => [...root().querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => /shortcuts/.test(b.textContent!))!;
    expect(toggle().textContent!.trim()).to.equal('Turn off all shortcuts');
    toggle().click();
    await element.updateComplete;
    expect(keymap.disabled).to.equal(true);
    expect(root().textContent).to.contain('All shortcuts are off.');
    expect(toggle().textContent!.trim()).to.equal('Turn shortcuts back on');

    [...root().querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Reset shortcuts')!.click();
    await element.updateComplete;
    expect(keymap.disabled).to.equal(false);
    expect(keymap.rows().chat.map((r) => [r.key, r.throttle])).to.deep.equal(CHAT_SHORTCUTS.map((s) => [s.widgetKey, s.throttle ?? 0]));
    expect(root().querySelector('[role=status]')!.textContent).to.equal('Shortcuts are back to their defaults.');
  });

  it('resets all settings at once', async () => {
    await open();
    labelled('Dark').click();
    keymap.remap('quick-switcher', 'Mod+Shift+K');
    [...root().querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Reset all settings')!.click();
    await waitUntil(() => settings.value.theme === 'host');
    expect(keymap.keyOf('quick-switcher')).to.equal('Mod+K');
  });
});
