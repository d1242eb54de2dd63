/**
 * Test helper: a stand-in for Flex's keyboard shortcuts that records every call, behaving as
 * Flex documents (a key added again replaces what was there; a repeat within the throttle is
 * ignored with a notification; disabled means nothing runs). `press(key)` is Ctrl+Shift+key.
 */
import type { FlexShortcutApi, KeyboardShortcut, KeyboardShortcutManager, KeyboardShortcuts } from '../shortcuts/flex-shortcut-manager.js';

export type RecordedCall =
  | ['addShortcuts', string[]]
  | ['deleteShortcuts', string[]]
  | ['remapShortcut', string, string]
  | ['disableShortcuts'];

export class RecordingShortcutManager implements KeyboardShortcutManager {
  keyboardShortcuts: KeyboardShortcuts;
  readonly calls: RecordedCall[] = [];
  /** What Flex would have shown as notifications for throttled presses. */
  readonly throttleNotices: string[] = [];
  disabled = false;
  readonly #lastRun = new Map<string, number>();

  constructor(initial: KeyboardShortcuts = {}) {
    this.keyboardShortcuts = { ...initial };
  }

  addShortcuts(shortcuts: KeyboardShortcuts): void {
    this.calls.push(['addShortcuts', Object.keys(shortcuts)]);
    this.keyboardShortcuts = { ...this.keyboardShortcuts, ...shortcuts };
  }

  deleteShortcuts(keys: string[]): void {
    this.calls.push(['deleteShortcuts', [...keys]]);
    this.keyboardShortcuts = Object.fromEntries(Object.entries(this.keyboardShortcuts).filter(([key]) => !keys.includes(key)));
  }

  remapShortcut(oldKey: string, newKey: string, shortcut?: KeyboardShortcut): void {
    this.calls.push(['remapShortcut', oldKey, newKey]);
    const moved = shortcut ?? this.keyboardShortcuts[oldKey];
    const { [oldKey]: _, ...others } = this.keyboardShortcuts;
    this.keyboardShortcuts = moved ? { ...others, [newKey]: moved } : others;
  }

  disableShortcuts(): void {
    this.calls.push(['disableShortcuts']);
    this.disabled = true;
  }

  /** Ctrl+Shift+`key`, as Flex handles it. */
  press(key: string, now = Date.now()): void {
    const shortcut = this.keyboardShortcuts[key];
    if (this.disabled || !shortcut) return;
    const last = this.#lastRun.get(key);
    if (shortcut.throttle && last !== undefined && now - last < shortcut.throttle) {
      this.throttleNotices.push(`${shortcut.name} was used too often`);
      return;
    }
    this.#lastRun.set(key, now);
    shortcut.action();
  }
}

/** A few of Flex's own shortcuts (as its docs list them), for the fake. */
export function flexDefaults(): KeyboardShortcuts {
  const noop = () => {};
  return {
    0: { action: noop, name: 'Logout' },
    1: { action: noop, name: 'End Selected Task', throttle: 1000 },
    A: { action: noop, name: 'Accept Task' },
    R: { action: noop, name: 'Reject Task' },
    M: { action: noop, name: 'Toggle Mute' },
    H: { action: noop, name: 'Toggle Hold' },
  };
}

/** A fake `flex` with its defaults in force, and any other plugin's shortcuts added before ours. */
export function fakeFlex(otherPlugins: KeyboardShortcuts = {}): FlexShortcutApi & { KeyboardShortcutManager: RecordingShortcutManager } {
  const defaults = flexDefaults();
  const manager = new RecordingShortcutManager({ ...defaults, ...otherPlugins });
  return { KeyboardShortcutManager: manager, defaultKeyboardShortcuts: defaults };
}
