/**
 * Test helper: Flex UI 2.17.1's KeyboardShortcutManager as its bundle has it, recording every call.
 * e2e/flex-shortcut-defaults.test.mjs runs the same presses and calls against the real one, read
 * from node_modules/@twilio/flex-ui, so this fake cannot drift from Flex unnoticed.
 *
 * - Flex's `init(defaults)` runs before any plugin loads: the map *is* `defaultKeyboardShortcuts`
 *   (the same object: a delete before any add changes both) and a keydown listener goes on `window`.
 * - A keydown with Ctrl and Shift (Alt and Meta are not looked at) runs the shortcut at
 *   `event.code` less "Key", "Digit" or "Numpad" (else at `event.key`). A repeat within 50 ms is
 *   dropped silently; within the shortcut's throttle Flex shows "<name> shortcut used too quickly"
 *   (for 3 s, never twice at once). A throw becomes Flex's error "<name> shortcut didn't work".
 *   Flex never calls preventDefault: the browser acts on the same keys too.
 * - `addShortcuts` makes a new map; `deleteShortcuts` and `remapShortcut` change it in place;
 *   `remapShortcut(old, new, shortcut)` sets `new` whether or not `old` was there.
 * - `disableShortcuts()` empties the map and removes the listener, with no undo: what is added
 *   later stays in the map and never runs, until Flex reloads (here: a new `fakeFlex()`).
 */
import type { FlexShortcutApi, KeyboardShortcut, KeyboardShortcutManager, KeyboardShortcuts } from '../../src/shortcuts/flex-shortcut-manager.js';

export type RecordedCall =
  | ['addShortcuts', string[]]
  | ['deleteShortcuts', string[]]
  | ['remapShortcut', string, string]
  | ['disableShortcuts'];

type Keydown = Pick<KeyboardEvent, 'ctrlKey' | 'shiftKey' | 'key' | 'code'>;

/** How long Flex's "used too quickly" notification stays up (its `timeout`). */
const NOTICE_MS = 3000;

export class RecordingShortcutManager implements KeyboardShortcutManager {
  keyboardShortcuts: KeyboardShortcuts = {};
  /** The calls made since `fakeFlex` handed the manager over. */
  readonly calls: RecordedCall[] = [];
  /** Flex's notifications for presses inside a shortcut's throttle. */
  readonly throttleNotices: string[] = [];
  /** Flex's errors for shortcuts whose action threw. */
  readonly errors: string[] = [];
  readonly #now: () => number;
  readonly #lastUsed = new Map<string, number>();
  readonly #targets = new Set<EventTarget>();
  #listening = false;
  #noticeUntil = -Infinity;

  constructor(options: { now?: () => number } = {}) {
    this.#now = options.now ?? Date.now;
  }

  /** As Flex starts, before plugins load: `shortcuts` becomes the map itself, and keys are heard. */
  init(shortcuts: KeyboardShortcuts): void {
    this.keyboardShortcuts = shortcuts;
    this.#listening = true;
    for (const target of this.#targets) target.addEventListener('keydown', this.#listener);
  }

  /** Hears keydown on `target`, as Flex does on `window`, until disabled; returns the undo. */
  attach(target: EventTarget = window): () => void {
    this.#targets.add(target);
    if (this.#listening) target.addEventListener('keydown', this.#listener);
    return () => {
      this.#targets.delete(target);
      target.removeEventListener('keydown', this.#listener);
    };
  }

  /** Not in Flex: whether `disableShortcuts` took Flex's listener away (until Flex reloads). */
  get disabled(): boolean {
    return !this.#listening;
  }

  addShortcuts(shortcuts: KeyboardShortcuts): void {
    this.calls.push(['addShortcuts', Object.keys(shortcuts)]);
    this.keyboardShortcuts = { ...this.keyboardShortcuts, ...shortcuts };
  }

  deleteShortcuts(keys: string[]): void {
    this.calls.push(['deleteShortcuts', [...keys]]);
    for (const key of keys) delete this.keyboardShortcuts[key];
  }

  remapShortcut(oldKey: string, newKey: string, shortcut?: KeyboardShortcut): void {
    this.calls.push(['remapShortcut', oldKey, newKey]);
    const moved = shortcut ?? this.keyboardShortcuts[oldKey];
    if (!moved) return;
    delete this.keyboardShortcuts[oldKey];
    this.keyboardShortcuts[newKey] = moved;
  }

  disableShortcuts(): void {
    this.calls.push(['disableShortcuts']);
    this.keyboardShortcuts = {};
    this.#listening = false;
    for (const target of this.#targets) target.removeEventListener('keydown', this.#listener);
  }

  /** Ctrl+Shift+`key` reaching Flex's listener (nothing, once disabled). */
  press(key: string): void {
    const code = /^[A-Z]$/.test(key) ? `Key${key}` : /^[0-9]$/.test(key) ? `Digit${key}` : key;
    if (this.#listening) this.#onKeydown({ ctrlKey: true, shiftKey: true, key, code });
  }

  readonly #listener = (event: Event): void => this.#onKeydown(event as KeyboardEvent);

  #onKeydown(event: Keydown): void {
    if (!event.ctrlKey || !event.shiftKey) return;
    const key = /Key|Digit|Numpad/.test(event.code) ? event.code.replace('Key', '').replace('Digit', '').replace('Numpad', '') : event.key;
    const shortcut = this.keyboardShortcuts[key];
    if (!shortcut) return;
    const now = this.#now();
    const last = this.#lastUsed.get(key);
    const throttled = Boolean(shortcut.throttle && last !== undefined && now - last < shortcut.throttle);
    if (throttled || (last !== undefined && now - last < 50)) {
      if (throttled && now >= this.#noticeUntil) {
        this.throttleNotices.push(`${shortcut.name} shortcut used too quickly. Please try again.`);
        this.#noticeUntil = now + NOTICE_MS;
      }
      return;
    }
    try {
      shortcut.action();
      this.#lastUsed.set(key, this.#now());
    } catch {
      this.errors.push(`${shortcut.name} shortcut didn't work`);
    }
  }
}

/** Flex 2.17.1's `defaultActions` that its default shortcuts run, in its order. */
const FLEX_ACTIONS = [
  ['1', 'endSelectedTask', 'End Selected Task', 1000],
  ['L', 'logout', 'Logout'],
  ['A', 'acceptTask', 'Accept Task'],
  ['R', 'rejectTask', 'Reject Task'],
  ['T', 'selectNextTask', 'Select Next Task'],
  ['Y', 'selectPreviousTask', 'Select Previous Task'],
  ['S', 'toggleActivityMenu', 'Toggle Activity Menu'],
  ['H', 'toggleHold', 'Toggle Hold'],
  ['M', 'toggleMute', 'Toggle Mute'],
  ['C', 'returnToCall', 'Return To Call'],
] as const;

/** Flex 2.17.1's `defaultKeyboardShortcuts`; each action is named as Flex's and notes its name in `ran`. */
export function flexDefaults(ran: string[] = []): KeyboardShortcuts {
  const shortcuts: KeyboardShortcuts = {};
  for (const [key, action, name, throttle] of FLEX_ACTIONS) {
    const run = { [action]: () => void ran.push(action) }[action]!;
    shortcuts[key] = { action: run, name, ...(throttle ? { throttle } : {}) };
  }
  return shortcuts;
}

export interface FakeFlex extends FlexShortcutApi {
  KeyboardShortcutManager: RecordingShortcutManager;
  defaultKeyboardShortcuts: KeyboardShortcuts;
  /** Flex's own actions that ran, by name ("acceptTask"). */
  readonly ran: string[];
}

/**
 * A freshly started Flex: its defaults in force, then `otherPlugins`' shortcuts added as a plugin
 * loaded before ours would. The manager hears nothing from the page until `attach`ed.
 */
export function fakeFlex(otherPlugins: KeyboardShortcuts = {}, options: { now?: () => number } = {}): FakeFlex {
  const ran: string[] = [];
  const defaults = flexDefaults(ran);
  const manager = new RecordingShortcutManager(options);
  manager.init(defaults);
  if (Object.keys(otherPlugins).length) manager.addShortcuts(otherPlugins);
  manager.calls.length = 0;
  return { KeyboardShortcutManager: manager, defaultKeyboardShortcuts: defaults, ran };
}
