/**
 * The widget's own keyboard shortcut manager, for use outside Flex: the same calls as Flex's
 * KeyboardShortcutManager (a key map `{ [key]: { action, name, throttle? } }`), keys in the widget
 * notation, and a `handle(event)` the element calls with its key presses. Like Flex, a repeat
 * within a shortcut's throttle is ignored and reported (`onThrottled`), so the person hears why.
 */
import type { KeyboardShortcut, KeyboardShortcutManager, KeyboardShortcuts } from './flex-shortcut-manager.js';
import type { KeyNotation } from './key-notation.js';

export interface WidgetShortcutManagerOptions {
  notation: KeyNotation;
  /** A press ignored because the same shortcut ran less than its throttle ago. */
  onThrottled?: (shortcut: KeyboardShortcut, key: string) => void;
  /** Clock, for tests. */
  now?: () => number;
}

export class WidgetShortcutManager implements KeyboardShortcutManager {
  #shortcuts: KeyboardShortcuts = {};
  #enabled = true;
  readonly #lastRun = new Map<string, number>();
  readonly #options: WidgetShortcutManagerOptions;

  constructor(options: WidgetShortcutManagerOptions) {
    this.#options = options;
  }

  get keyboardShortcuts(): Readonly<KeyboardShortcuts> {
    return this.#shortcuts;
  }

  get enabled(): boolean {
    return this.#enabled;
  }

  addShortcuts(shortcuts: KeyboardShortcuts): void {
    this.#shortcuts = { ...this.#shortcuts, ...shortcuts };
  }

  deleteShortcuts(keys: string[]): void {
    const kept = { ...this.#shortcuts };
    for (const key of keys) {
      delete kept[key];
      this.#lastRun.delete(key);
    }
    this.#shortcuts = kept;
  }

  remapShortcut(oldKey: string, newKey: string, shortcut?: KeyboardShortcut): void {
    const moved = shortcut ?? this.#shortcuts[oldKey];
    if (!moved) return;
    this.deleteShortcuts([oldKey]);
    this.addShortcuts({ [newKey]: moved });
  }

  disableShortcuts(): void {
    this.#enabled = false;
  }

  /** Not in Flex's API: the widget can turn its own shortcuts back on at once. */
  enableShortcuts(): void {
    this.#enabled = true;
  }

  /** The shortcut a key press stands for, if any (whether or not shortcuts are on). */
  shortcutFor(event: KeyboardEvent): { key: string; shortcut: KeyboardShortcut } | undefined {
    const key = this.#options.notation.fromEvent(event);
    const shortcut = key ? this.#shortcuts[key] : undefined;
    return key && shortcut ? { key, shortcut } : undefined;
  }

  /** Runs the shortcut `event` stands for; true when it was one (the event's default is then prevented). */
  handle(event: KeyboardEvent): boolean {
    if (!this.#enabled || event.defaultPrevented || event.repeat) return false;
    const found = this.shortcutFor(event);
    if (!found) return false;
    event.preventDefault();
    const { key, shortcut } = found;
    const now = (this.#options.now ?? Date.now)();
    const last = this.#lastRun.get(key);
    if (shortcut.throttle && last !== undefined && now - last < shortcut.throttle) {
      this.#options.onThrottled?.(shortcut, key);
      return true;
    }
    this.#lastRun.set(key, now);
    shortcut.action();
    return true;
  }
}
