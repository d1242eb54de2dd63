/**
 * The chat's keyboard shortcuts: what each does and its default key in each notation. Outside
 * Flex keys are combinations ("Mod+K": Ctrl+K, or ⌘K on a Mac); in Flex they are one letter or
 * digit, to which Flex adds Ctrl+Shift. A clash found at start-up leaves ours without a key and
 * says so; it never takes another's.
 *
 * Flex's defaults avoid, because Flex runs a shortcut on Ctrl+Shift+ its key and never prevents
 * what else the key does:
 * - Flex 2.17's own keys: 1 L A R T Y S H M C (L is Logout, Y Select Previous Task).
 * - What Chrome and Edge do with Ctrl+Shift: N T W Q (windows and tabs), I J C (developer tools),
 *   O B D (bookmarks), M (profiles), R (reload without the cache), Delete.
 * - What Firefox also does: K E (developer tools), P (private window), Y (downloads), S
 *   (screenshot), A (add-ons), X (text direction).
 * - What typing does: V (paste as plain text), Z (redo), U (Unicode entry on Linux and ChromeOS);
 *   and 0, which Windows may keep for switching keyboard layouts.
 * Left are G and F for the chat's two ways in (G: go to the chat; F: find a chat), and digits
 * from 9 down for the rest, in the order below. G is also the browsers' "find previous", which
 * does nothing unless the page is being searched.
 */

/** The catalog words naming each shortcut (src/l10n). */
export type ChatShortcutName =
  | 'shortcutOpenChat'
  | 'shortcutQuickSwitcher'
  | 'shortcutNextUnread'
  | 'shortcutPreviousUnread'
  | 'shortcutFocusComposer'
  | 'shortcutJumpToLatest'
  | 'shortcutAttachFiles'
  | 'shortcutTogglePin';

export type ChatShortcutId =
  | 'open-chat'
  | 'quick-switcher'
  | 'next-unread'
  | 'previous-unread'
  | 'focus-composer'
  | 'jump-to-latest'
  | 'attach-files'
  | 'toggle-pin';

export interface ChatShortcutDefinition {
  readonly id: ChatShortcutId;
  /** The name agents see, in Flex's shortcut menu too: catalog words. */
  readonly name: ChatShortcutName;
  /** Default key outside Flex. */
  readonly widgetKey: string;
  /** Default key in Flex (Ctrl+Shift+ this). */
  readonly flexKey: string;
  /** Default throttle in milliseconds. */
  readonly throttle?: number;
  /**
   * Outside Flex, also heard on the rest of the page: its job is to get into the widget from
   * elsewhere, where a listener on the widget alone never hears it.
   */
  readonly pageWide?: boolean;
}

export const CHAT_SHORTCUTS: readonly ChatShortcutDefinition[] = [
  { id: 'open-chat', name: 'shortcutOpenChat', widgetKey: 'Alt+Shift+G', flexKey: 'G', pageWide: true },
  { id: 'quick-switcher', name: 'shortcutQuickSwitcher', widgetKey: 'Mod+K', flexKey: 'F' },
  { id: 'next-unread', name: 'shortcutNextUnread', widgetKey: 'Alt+Shift+ArrowDown', flexKey: '9' },
  { id: 'previous-unread', name: 'shortcutPreviousUnread', widgetKey: 'Alt+Shift+ArrowUp', flexKey: '8' },
  { id: 'focus-composer', name: 'shortcutFocusComposer', widgetKey: 'Alt+Shift+M', flexKey: '7' },
  { id: 'jump-to-latest', name: 'shortcutJumpToLatest', widgetKey: 'Alt+Shift+J', flexKey: '6' },
  { id: 'attach-files', name: 'shortcutAttachFiles', widgetKey: 'Alt+Shift+A', flexKey: '5' },
  // A second toggle straight after the first would undo it: repeats within a second are ignored.
  { id: 'toggle-pin', name: 'shortcutTogglePin', widgetKey: 'Alt+Shift+P', flexKey: '4', throttle: 1000 },
];

export const CHAT_SHORTCUT_IDS: readonly ChatShortcutId[] = CHAT_SHORTCUTS.map((shortcut) => shortcut.id);

export function chatShortcut(id: ChatShortcutId): ChatShortcutDefinition {
  return CHAT_SHORTCUTS.find((shortcut) => shortcut.id === id)!;
}

/** What each shortcut does, given by whoever hosts the chat (the root element). */
export type ChatShortcutActions = Readonly<Record<ChatShortcutId, () => unknown>>;
