/**
 * The element's own shortcut manager, and the controller that feeds it the element's key
 * presses: what runs the chat's shortcuts where no host runs them (outside Flex). The Flex
 * plugin's build puts src/flex/flex-own-shortcuts.ts in this module's place: in Flex, Flex's
 * manager always runs them (the plugin sets the element's `shortcuts` before it connects).
 */
import type { ReactiveControllerHost } from 'lit';
import { phrase, type Phrase } from '../../l10n/phrase.js';
import type { SettingsStore } from '../../services/settings.js';
import { chatShortcut, type ChatShortcutActions } from '../../shortcuts/chat-shortcuts.js';
import { ShortcutKeymap } from '../../shortcuts/shortcut-keymap.js';
import { WidgetShortcutController, type WidgetShortcuts } from '../../shortcuts/widget-shortcut-controller.js';
import { WidgetShortcutManager } from '../../shortcuts/widget-shortcut-manager.js';
import { widgetNotation } from '../../shortcuts/widget-notation.js';

export interface OwnShortcutsHost extends ReactiveControllerHost, HTMLElement {
  readonly settings: SettingsStore;
  /** The keymap another manager runs (Flex's): then the element's own stands down. */
  readonly shortcuts: ShortcutKeymap | undefined;
}

/** The element's own keymap over its own manager, listening on it while no other manager runs its shortcuts. */
export function ownShortcuts(
  host: OwnShortcutsHost,
  actions: ChatShortcutActions,
  say: (text: Phrase) => string,
  showStatus: (words: Phrase) => void,
): WidgetShortcuts | undefined {
  const notation = widgetNotation();
  const manager = new WidgetShortcutManager({
    notation,
    onThrottled: (shortcut, key) => {
      const id = own.keymap.idOf(key);
      showStatus(phrase('pressedTooSoon', id ? phrase(chatShortcut(id).name) : shortcut.name));
    },
  });
  const own: WidgetShortcuts = { manager, keymap: new ShortcutKeymap({ manager, notation, actions, settings: host.settings, say }) };
  new WidgetShortcutController(host, () => (host.shortcuts ? undefined : own));
  return own;
}
