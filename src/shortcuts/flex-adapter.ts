/**
 * The chat's keyboard shortcuts in Flex: registered with `flex.KeyboardShortcutManager`, so they
 * work anywhere in Flex (Ctrl+Shift+ a letter or digit), show in Flex's shortcut menu and are
 * throttled like Flex's own. The person's saved remaps, removals, throttles and "all off" are
 * applied through the same manager; the settings screen lists Flex's shortcuts and other plugins'
 * beside ours, read-only. The widget stops listening for keys of its own.
 *
 * Used by src/plugin.ts: `connectFlexShortcuts(flex, chat)` once the element has its store.
 */
import type { FlexShortcutApi } from './flex-shortcut-manager.js';
import { flexNotation } from './flex-notation.js';
import { ShortcutKeymap } from './shortcut-keymap.js';
import type { ChatShortcutActions } from './chat-shortcuts.js';
import type { SettingsStore } from '../services/settings.js';
import type { Localization } from '../l10n/localization.js';

/** What the adapter needs of `<internal-agent-chat>`. */
export interface ShortcutHost {
  /** What each chat shortcut does; in Flex they first ask the host to show the chat view (`iac-reveal`). */
  readonly shortcutActions: ChatShortcutActions;
  readonly settings: SettingsStore;
  /** The chat's language: Flex's shortcut menu shows our shortcuts' names in it. */
  readonly localization?: Pick<Localization, 'say'>;
  /** Set to Flex's keymap: the settings screen edits it, and the widget's own listener stands down. */
  shortcuts: ShortcutKeymap | undefined;
}

export function connectFlexShortcuts(flex: FlexShortcutApi, chat: ShortcutHost, options: { apple?: boolean } = {}): ShortcutKeymap {
  const keymap = new ShortcutKeymap({
    manager: flex.KeyboardShortcutManager,
    notation: flexNotation(options.apple),
    actions: chat.shortcutActions,
    settings: chat.settings,
    flexDefaults: flex.defaultKeyboardShortcuts,
    say: chat.localization && ((text) => chat.localization!.say(text)),
  });
  chat.shortcuts = keymap;
  void keymap.start();
  return keymap;
}
