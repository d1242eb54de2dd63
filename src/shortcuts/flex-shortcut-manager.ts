/**
 * The part of Flex UI 2.x's keyboard shortcuts this project uses, typed here so that the plugin
 * never imports @twilio/flex-ui; src/flex/flex-api.check.ts holds it against Flex 2.17.1's own
 * declarations, and e2e/flex-shortcut-defaults.test.mjs holds the tests' fake against Flex's
 * bundle. Flex keys are one letter or digit; Flex adds Ctrl+Shift itself.
 *
 * The widget's own manager (widget-shortcut-manager.ts) has the same shape, so one keymap drives
 * either.
 */

/** What a key does: Flex calls `action` with no arguments. */
export interface KeyboardShortcut {
  /**
   * Flex's own declaration says `Function`: the map holds other plugins' actions too, typed as
   * they please. Ours take no arguments.
   */
  action: Function;
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
  /**
   * Turns every shortcut off for the rest of the session, Flex's own too: Flex empties
   * `keyboardShortcuts` and stops listening, so shortcuts added or remapped afterwards are kept
   * but never run. Flex has no call to turn them back on; they return when Flex reloads.
   */
  disableShortcuts(): void;
}

/** The slice of the `flex` object a plugin's `init(flex, manager)` receives that the adapter needs. */
export interface FlexShortcutApi {
  KeyboardShortcutManager: KeyboardShortcutManager;
  /** Flex's own shortcuts, as shipped: listed read-only beside ours in the settings screen. */
  defaultKeyboardShortcuts?: Readonly<KeyboardShortcuts>;
}
