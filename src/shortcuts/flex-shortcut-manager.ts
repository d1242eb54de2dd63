/**
 * The part of Flex UI 2.x's keyboard shortcuts this project uses, typed here because
 * @twilio/flex-ui is not a dependency (its own types: `@twilio/flex-ui/src/KeyboardShortcuts.d.ts`).
 * Flex keys are one letter or digit; Flex adds Ctrl+Shift itself.
 *
 * The widget's own manager (widget-shortcut-manager.ts) has the same shape, so one keymap drives
 * either.
 */

/** What a key does: Flex calls `action` with no arguments. */
export interface KeyboardShortcut {
  action: () => unknown;
  /** Shown in Flex's shortcut menu and in its "pressed too often" notification. */
  name: string;
  /** Milliseconds in which a repeat is ignored (Flex says so in a notification). */
  throttle?: number;
}

/** Key → shortcut, as in `KeyboardShortcutManager.keyboardShortcuts`. */
export type KeyboardShortcuts = Record<string, KeyboardShortcut>;

/** `flex.KeyboardShortcutManager`: only the calls Flex documents. */
export interface KeyboardShortcutManager {
  /** Every shortcut in force: Flex's own, other plugins', ours. */
  readonly keyboardShortcuts: Readonly<KeyboardShortcuts>;
  /** Adds (or replaces, for a key already in use) shortcuts. */
  addShortcuts(shortcuts: KeyboardShortcuts): void;
  deleteShortcuts(keys: string[]): void;
  /** Moves a shortcut to another key, optionally replacing what it does. */
  remapShortcut(oldKey: string, newKey: string, shortcut?: KeyboardShortcut): void;
  /** Turns every shortcut off. Flex has no documented call to turn them back on. */
  disableShortcuts(): void;
}

/** The slice of the `flex` object a plugin's `init(flex, manager)` receives that the adapter needs. */
export interface FlexShortcutApi {
  KeyboardShortcutManager: KeyboardShortcutManager;
  /** Flex's own shortcuts, as shipped: listed read-only beside ours in the settings screen. */
  defaultKeyboardShortcuts?: Readonly<KeyboardShortcuts>;
}
