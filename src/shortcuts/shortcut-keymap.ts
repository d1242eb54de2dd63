/**
 * The chat's shortcuts in a keyboard shortcut manager — Flex's, or the widget's own, which has
 * the same calls — with the person's changes applied and saved: remap (refusing a key in use,
 * with words naming its shortcut), remove, throttle, turn all off, reset. It lists everything
 * else the manager holds (Flex's own shortcuts, other plugins') read-only for the settings screen.
 *
 * Our shortcuts are told apart by their action functions, which are this keymap's own: whatever
 * a manager copies, the function stays the same.
 *
 * Flex's `disableShortcuts()` has no undo: it empties Flex's map and stops Flex listening until
 * Flex reloads, whatever is added later. Once this keymap has called it, the keys it lists are
 * the ones that come back after a reload, marked off, and every change is refused in words.
 * The widget's own manager can turn shortcuts back on at once, so there nothing is refused.
 *
 * What it says (refusals, notes) is phrases, for the settings screen to say in its language. The
 * names it registers with the manager (Flex shows them in its shortcut menu) are put into words
 * by `options.say`, in English unless the host gives its own.
 */
import { CHAT_SHORTCUTS, chatShortcut, type ChatShortcutActions, type ChatShortcutId } from './chat-shortcuts.js';
import type { KeyboardShortcut, KeyboardShortcutManager, KeyboardShortcuts } from './flex-shortcut-manager.js';
import type { KeyNotation } from './key-notation.js';
import { DEFAULT_SHORTCUT_PREFERENCES, type SettingsStore, type ShortcutPreferences } from '../services/settings.js';
import { catalog as english } from '../l10n/en.js';
import { phrase, say, type Phrase } from '../l10n/phrase.js';

export interface ShortcutKeymapOptions {
  /** Flex's KeyboardShortcutManager, or the widget's (which can also turn shortcuts back on). */
  manager: KeyboardShortcutManager & { enableShortcuts?(): void };
  notation: KeyNotation;
  actions: ChatShortcutActions;
  /** Where the person's changes are kept. */
  settings: Pick<SettingsStore, 'shortcutPreferences' | 'saveShortcutPreferences'>;
  /** Flex's own shortcuts as shipped (`flex.defaultKeyboardShortcuts`), to tell them from other plugins'. */
  flexDefaults?: Readonly<KeyboardShortcuts>;
  /** Words for the names registered with the manager (English by default). */
  say?: (text: Phrase) => string;
}

/** One of the chat's shortcuts, as the settings screen lists it. */
export interface ChatShortcutRow {
  readonly id: ChatShortcutId;
  readonly name: Phrase;
  /** Null: no key (removed by the person, or its key belongs to another shortcut). */
  readonly key: string | null;
  readonly defaultKey: string;
  /** Milliseconds; 0 for none. */
  readonly throttle: number;
}

/** A shortcut that is not the chat's: listed, never changed here. */
export interface OtherShortcutRow {
  readonly key: string;
  readonly name: string;
  readonly throttle: number;
}

export interface ShortcutRows {
  /** False while shortcuts are off: the keys listed are theirs, but none works. */
  readonly on: boolean;
  readonly chat: readonly ChatShortcutRow[];
  /** Flex's own shortcuts (empty outside Flex). */
  readonly flex: readonly OtherShortcutRow[];
  /** Other plugins' shortcuts. */
  readonly plugins: readonly OtherShortcutRow[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export class ShortcutKeymap {
  readonly notation: KeyNotation;
  readonly #manager: ShortcutKeymapOptions['manager'];
  readonly #settings: ShortcutKeymapOptions['settings'];
  readonly #flexDefaults: readonly KeyboardShortcut[];
  /** Set once Flex's shortcuts are off for this session: what else the manager held then. */
  #heldWhenOff: ReadonlyArray<[string, KeyboardShortcut]> | null = null;
  /** Our own action functions: how our shortcuts are recognised in the manager. */
  readonly #run: Readonly<Record<ChatShortcutId, () => unknown>>;
  #preferences: ShortcutPreferences = DEFAULT_SHORTCUT_PREFERENCES;
  readonly #keys = new Map<ChatShortcutId, string>();
  #notes: Phrase[] = [];
  #started?: Promise<void>;
  readonly #listeners = new Set<() => void>();
  readonly #say: (text: Phrase) => string;

  constructor(options: ShortcutKeymapOptions) {
    this.notation = options.notation;
    this.#say = options.say ?? ((text) => say(english('en'), text));
    this.#manager = options.manager;
    this.#settings = options.settings;
    this.#flexDefaults = Object.values(options.flexDefaults ?? {});
    this.#run = Object.fromEntries(CHAT_SHORTCUTS.map(({ id }) => [id, () => options.actions[id]()])) as Record<ChatShortcutId, () => unknown>;
  }

  /**
   * Registers the chat's shortcuts at their default keys at once, then applies the person's saved
   * changes through the manager as they load (remaps, removals, throttles, all off). Once.
   */
  start(): Promise<void> {
    if (!this.#started) {
      this.#addDefaults();
      this.#started = this.#applySaved();
    }
    return this.#started;
  }

  /** Calls `listener` after every change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The person turned all shortcuts off. */
  get disabled(): boolean {
    return this.#preferences.disabled;
  }

  /**
   * Why no shortcut can be changed now, in words: Flex's are off for this session (turned back
   * on, they wait for a reload). Null when they can be changed.
   */
  get locked(): Phrase | null {
    if (!this.#heldWhenOff) return null;
    return phrase(this.#preferences.disabled ? 'shortcutsOffUntilReload' : 'shortcutsBackOnReload');
  }

  /**
   * What happened at start-up that the person should know: a saved or default key that now
   * belongs to another shortcut, so ours has gone without.
   */
  get notes(): readonly Phrase[] {
    return this.#notes;
  }

  label(key: string): string {
    return this.notation.label(key);
  }

  /** The key `id` is on, if it still holds it. */
  keyOf(id: ChatShortcutId): string | null {
    const key = this.#keys.get(id);
    return key !== undefined && this.#manager.keyboardShortcuts[key]?.action === this.#run[id] ? key : null;
  }

  /** Which of the chat's shortcuts `key` is on. */
  idOf(key: string): ChatShortcutId | undefined {
    const action = this.#manager.keyboardShortcuts[key]?.action;
    return CHAT_SHORTCUTS.find(({ id }) => this.#run[id] === action)?.id;
  }

  rows(): ShortcutRows {
    const off = this.#heldWhenOff !== null;
    const chat = CHAT_SHORTCUTS.map((definition) => ({
      id: definition.id,
      name: phrase(definition.name),
      // Flex's map is empty once off: the key is the one it comes back on.
      key: off ? (this.#keys.get(definition.id) ?? null) : this.keyOf(definition.id),
      defaultKey: this.#defaultKey(definition.id),
      throttle: this.#throttle(definition.id),
    }));
    const flex: OtherShortcutRow[] = [];
    const plugins: OtherShortcutRow[] = [];
    for (const [key, shortcut] of this.#others()) {
      const row = { key, name: shortcut.name, throttle: shortcut.throttle ?? 0 };
      (this.#isFlexOwn(shortcut) ? flex : plugins).push(row);
    }
    const byKey = (a: OtherShortcutRow, b: OtherShortcutRow) => a.key.localeCompare(b.key, undefined, { numeric: true });
    return { on: !off && !this.disabled, chat, flex: flex.sort(byKey), plugins: plugins.sort(byKey) };
  }

  /**
   * Moves `id` to `key`. Returns why not, in words, when the key is refused: one typing or the
   * browser needs, or one another shortcut already has (named).
   */
  remap(id: ChatShortcutId, key: string): Phrase | null {
    if (this.locked) return this.locked;
    if (!this.notation.isKey(key)) return phrase('notAKey');
    const refusal = this.notation.refusal(key) ?? this.#conflict(id, key);
    if (refusal) return refusal;
    const current = this.keyOf(id);
    if (current === key) return null;
    if (current) this.#manager.remapShortcut(current, key, this.#shortcut(id));
    else this.#manager.addShortcuts({ [key]: this.#shortcut(id) });
    this.#keys.set(id, key);
    this.#change((p) => (p.keys = withEntry(p.keys, id, key === this.#defaultKey(id) ? undefined : key)));
    return null;
  }

  /** Takes `id` off its key; returns why not, in words, when shortcuts can't be changed now. */
  remove(id: ChatShortcutId): Phrase | null {
    if (this.locked) return this.locked;
    const current = this.keyOf(id);
    if (current) this.#manager.deleteShortcuts([current]);
    this.#keys.delete(id);
    this.#change((p) => (p.keys = withEntry(p.keys, id, null)));
    return null;
  }

  /** Sets how long a repeat of `id` is ignored (0: never); words as for `remove`. */
  setThrottle(id: ChatShortcutId, milliseconds: number): Phrase | null {
    if (this.locked) return this.locked;
    const throttle = Math.max(0, Math.round(milliseconds));
    this.#change((p) => (p.throttles = withEntry(p.throttles, id, throttle === (chatShortcut(id).throttle ?? 0) ? undefined : throttle)));
    const key = this.keyOf(id);
    // Adding at a key in use replaces what is there, in Flex as in the widget.
    if (key) this.#manager.addShortcuts({ [key]: this.#shortcut(id) });
    return null;
  }

  /**
   * Turns every shortcut the manager holds off (in Flex, Flex's own too, for this session).
   * Returns what to say when that is more than "all off": in Flex, that only a reload undoes it.
   */
  disableAll(): Phrase | null {
    this.#turnOff();
    this.#change((p) => (p.disabled = true));
    return this.locked;
  }

  /** Turns shortcuts back on; returns words when that has to wait for a reload (Flex has no call for it). */
  enableAll(): Phrase | null {
    this.#change((p) => (p.disabled = false));
    if (this.#manager.enableShortcuts) {
      this.#manager.enableShortcuts();
      return null;
    }
    return phrase('shortcutsBackOnReload');
  }

  /**
   * Every chat shortcut back on its default key and throttle, and shortcuts on; words as for
   * `enableAll`, or why not while Flex's shortcuts are off for this session.
   */
  reset(): Phrase | null {
    if (this.locked) return this.locked;
    const wasDisabled = this.#preferences.disabled;
    const held = CHAT_SHORTCUTS.map(({ id }) => this.keyOf(id)).filter((key): key is string => key !== null);
    if (held.length) this.#manager.deleteShortcuts(held);
    this.#keys.clear();
    this.#notes = [];
    this.#preferences = DEFAULT_SHORTCUT_PREFERENCES;
    this.#addDefaults();
    void this.#settings.saveShortcutPreferences(this.notation.scheme, this.#preferences);
    const words = wasDisabled ? this.enableAll() : null;
    this.#notify();
    return words;
  }

  async #applySaved(): Promise<void> {
    const saved = await this.#settings.shortcutPreferences(this.notation.scheme);
    // The person changed something while the saved changes were loading: theirs are newer.
    if (this.#preferences !== DEFAULT_SHORTCUT_PREFERENCES) return;
    this.#preferences = saved;
    for (const { id, name } of CHAT_SHORTCUTS) {
      const key = saved.keys[id];
      const current = this.keyOf(id);
      if (key === null) {
        if (current) this.#manager.deleteShortcuts([current]);
        this.#keys.delete(id);
      } else if (this.notation.isKey(key) && key !== current) {
        const holder = this.#holder(key);
        if (holder) {
          this.#notes.push(phrase('savedKeyTaken', this.label(key), phrase(name), holder, current ? this.label(current) : null));
        } else {
          if (current) this.#manager.remapShortcut(current, key, this.#shortcut(id));
          else this.#manager.addShortcuts({ [key]: this.#shortcut(id) });
          this.#keys.set(id, key);
        }
      } else if (current && saved.throttles[id] !== undefined) {
        this.#manager.addShortcuts({ [current]: this.#shortcut(id) });
      }
    }
    if (saved.disabled) this.#turnOff();
    this.#notify();
  }

  /** Turns the manager's shortcuts off; Flex's stay off, whatever is added, until Flex reloads. */
  #turnOff(): void {
    if (this.#heldWhenOff) return;
    if (!this.#manager.enableShortcuts) this.#heldWhenOff = this.#others();
    this.#manager.disableShortcuts();
  }

  /** The manager's shortcuts that are not ours; once Flex's are off, those it held then too. */
  #others(): Array<[string, KeyboardShortcut]> {
    const held = Object.entries(this.#manager.keyboardShortcuts).filter(([key]) => !this.idOf(key));
    return this.#heldWhenOff ? [...new Map([...this.#heldWhenOff, ...held])] : held;
  }

  /** Adds, in one call, each shortcut `include`d at its default key, unless another shortcut has it. */
  #addDefaults(include: (id: ChatShortcutId) => boolean = () => true): void {
    const added: KeyboardShortcuts = {};
    for (const { id, name } of CHAT_SHORTCUTS) {
      if (!include(id)) continue;
      const key = this.#defaultKey(id);
      const holder = this.#holder(key);
      if (holder) {
        this.#notes.push(phrase('defaultKeyTaken', this.label(key), holder, phrase(name)));
        continue;
      }
      added[key] = this.#shortcut(id);
      this.#keys.set(id, key);
    }
    if (Object.keys(added).length) this.#manager.addShortcuts(added);
  }

  /** Words naming the shortcut, not one of ours, that holds `key`; null when none does. */
  #holder(key: string): Phrase | null {
    const shortcut = this.#manager.keyboardShortcuts[key];
    if (!shortcut || this.idOf(key)) return null;
    return phrase(this.#isFlexOwn(shortcut) ? 'flexHolder' : 'pluginHolder', shortcut.name);
  }

  #conflict(id: ChatShortcutId, key: string): Phrase | null {
    const holder = this.#holder(key);
    if (holder) return phrase('heldBy', this.label(key), holder);
    const other = this.idOf(key);
    if (other && other !== id) return phrase('heldByOurs', this.label(key), phrase(chatShortcut(other).name));
    return null;
  }

  #isFlexOwn(shortcut: KeyboardShortcut): boolean {
    return this.#flexDefaults.some((own) => own.action === shortcut.action || own.name === shortcut.name);
  }

  #defaultKey(id: ChatShortcutId): string {
    const definition = chatShortcut(id);
    return this.notation.scheme === 'flex' ? definition.flexKey : definition.widgetKey;
  }

  #throttle(id: ChatShortcutId): number {
    return this.#preferences.throttles[id] ?? chatShortcut(id).throttle ?? 0;
  }

  #shortcut(id: ChatShortcutId): KeyboardShortcut {
    const throttle = this.#throttle(id);
    return { action: this.#run[id], name: this.#say(phrase(chatShortcut(id).name)), ...(throttle ? { throttle } : {}) };
  }

  #change(edit: (preferences: Mutable<ShortcutPreferences>) => void): void {
    const next = { ...this.#preferences };
    edit(next);
    this.#preferences = next;
    void this.#settings.saveShortcutPreferences(this.notation.scheme, next);
    this.#notify();
  }

  #notify(): void {
    for (const listener of this.#listeners) listener();
  }
}

/** `record` with `id` set to `value`, or without `id` when `value` is undefined. */
function withEntry<V>(record: Readonly<Partial<Record<ChatShortcutId, V>>>, id: ChatShortcutId, value: V | undefined): Partial<Record<ChatShortcutId, V>> {
  const { [id]: _, ...others } = record;
  return value === undefined ? others : { ...others, [id]: value };
}
