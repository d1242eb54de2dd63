/**
 * The person's chat settings (notifications, sound, send key, theme, language) and their changes
 * to the chat's keyboard shortcuts, kept per user identity in UserStorage (IndexedDB, or memory
 * when the browser keeps nothing). Stored values are checked field by field: anything malformed
 * falls back to its default rather than breaking the widget.
 */
import { phrase, type Phrase } from '../l10n/phrase.js';
import { LOCALES, type LocaleId } from '../l10n/locales.js';
import type { ChatShortcutId } from '../shortcuts/chat-shortcuts.js';
import type { ChatStore } from './chat-store.js';
import { openUserStorage, type UserStorage } from './storage/user-storage.js';

export type ThemeChoice = 'host' | 'light' | 'dark';
/** 'enter': Enter sends, Shift+Enter starts a line. 'mod-enter': Ctrl/⌘+Enter sends, Enter starts a line. */
export type SendKey = 'enter' | 'mod-enter';
/** 'auto': the browser's language (a page that sets `lang` on the element chooses for everyone). */
export type LanguageChoice = 'auto' | LocaleId;

export interface ChatSettings {
  /** A desktop notification for a new message while the chat is hidden. */
  readonly desktopNotifications: boolean;
  /** A soft sound for a new message while the chat is hidden. */
  readonly sound: boolean;
  readonly sendWith: SendKey;
  /** 'host' follows the page (in Flex, Flex's theme). */
  readonly theme: ThemeChoice;
  readonly language: LanguageChoice;
}

export const DEFAULT_SETTINGS: ChatSettings = {
  desktopNotifications: false,
  sound: false,
  sendWith: 'enter',
  theme: 'host',
  language: 'auto',
};

/** Changes to the chat's shortcuts, in one notation ('widget' or 'flex'). */
export interface ShortcutPreferences {
  /** The key chosen instead of the default; null when the person removed the shortcut. */
  readonly keys: Readonly<Partial<Record<ChatShortcutId, string | null>>>;
  /** Throttle in milliseconds chosen instead of the default (0: none). */
  readonly throttles: Readonly<Partial<Record<ChatShortcutId, number>>>;
  /** The person turned all shortcuts off. */
  readonly disabled: boolean;
}

export const DEFAULT_SHORTCUT_PREFERENCES: ShortcutPreferences = { keys: {}, throttles: {}, disabled: false };

const SETTINGS_KEY = 'settings';
const shortcutsKey = (scheme: string) => `shortcuts:${scheme}`;
const MAX_THROTTLE_MS = 60_000;

export class SettingsStore {
  #value: ChatSettings = DEFAULT_SETTINGS;
  #loaded = false;
  /** Changed by the person before the stored settings were read: theirs win. */
  #changed = false;
  #problem: Phrase | null = null;
  readonly #listeners = new Set<() => void>();
  readonly #storage: Promise<UserStorage>;
  /** Settles once the saved settings are in (or could not be read). */
  readonly ready: Promise<void>;

  /** `storage` may arrive later (the user's identity is not always known at once). */
  constructor(storage: UserStorage | Promise<UserStorage>) {
    this.#storage = Promise.resolve(storage);
    this.ready = this.#load();
  }

  get value(): ChatSettings {
    return this.#value;
  }

  get loaded(): boolean {
    return this.#loaded;
  }

  /** The last thing that went wrong reading or saving, in words; null when all is well. */
  get problem(): Phrase | null {
    return this.#problem;
  }

  /** Calls `listener` after every change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Applies at once; saved in the background (a failure is kept in `problem`). */
  async update(change: Partial<ChatSettings>): Promise<void> {
    this.#value = sanitizeSettings({ ...this.#value, ...change });
    this.#changed = true;
    this.#notify();
    await this.#save(SETTINGS_KEY, this.#value);
  }

  async reset(): Promise<void> {
    return this.update(DEFAULT_SETTINGS);
  }

  /** The saved changes to the shortcuts in `scheme`'s notation. */
  async shortcutPreferences(scheme: string): Promise<ShortcutPreferences> {
    try {
      return sanitizeShortcutPreferences(await (await this.#storage).get<unknown>(shortcutsKey(scheme)));
    } catch (error) {
      this.#fail(phrase('shortcutsUnread', reason(error)));
      return DEFAULT_SHORTCUT_PREFERENCES;
    }
  }

  async saveShortcutPreferences(scheme: string, preferences: ShortcutPreferences): Promise<void> {
    await this.#save(shortcutsKey(scheme), preferences);
  }

  async #load(): Promise<void> {
    try {
      const stored = await (await this.#storage).get<unknown>(SETTINGS_KEY);
      if (!this.#changed) this.#value = sanitizeSettings(stored);
    } catch (error) {
      this.#fail(phrase('settingsUnread', reason(error)));
    }
    this.#loaded = true;
    this.#notify();
  }

  async #save(key: string, value: unknown): Promise<void> {
    try {
      await (await this.#storage).set(key, value);
      if (this.#problem) {
        this.#problem = null;
        this.#notify();
      }
    } catch (error) {
      this.#fail(phrase('settingsUnsaved', reason(error)));
    }
  }

  #fail(words: Phrase): void {
    this.#problem = words;
    this.#notify();
  }

  #notify(): void {
    for (const listener of this.#listeners) listener();
  }
}

/**
 * The signed-in user's storage, opened once `store` knows who that is (the client reports the
 * identity when it has connected; in a portal it comes from the token).
 */
export function storageOnceSignedIn(store: Pick<ChatStore, 'state' | 'subscribe'>): Promise<UserStorage> {
  return new Promise((resolve) => {
    let unsubscribe = () => {};
    const check = () => {
      const identity = store.state.me?.identity;
      if (!identity) return;
      unsubscribe();
      resolve(openUserStorage(identity));
    };
    unsubscribe = store.subscribe(check);
    check();
  });
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sanitizeSettings(stored: unknown): ChatSettings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Partial<Record<keyof ChatSettings, unknown>>;
  return {
    desktopNotifications: typeof s.desktopNotifications === 'boolean' ? s.desktopNotifications : DEFAULT_SETTINGS.desktopNotifications,
    sound: typeof s.sound === 'boolean' ? s.sound : DEFAULT_SETTINGS.sound,
    sendWith: s.sendWith === 'enter' || s.sendWith === 'mod-enter' ? s.sendWith : DEFAULT_SETTINGS.sendWith,
    theme: s.theme === 'host' || s.theme === 'light' || s.theme === 'dark' ? s.theme : DEFAULT_SETTINGS.theme,
    language: s.language === 'auto' || (LOCALES as readonly unknown[]).includes(s.language) ? (s.language as LanguageChoice) : DEFAULT_SETTINGS.language,
  };
}

function sanitizeShortcutPreferences(stored: unknown): ShortcutPreferences {
  if (!stored || typeof stored !== 'object') return DEFAULT_SHORTCUT_PREFERENCES;
  const s = stored as Partial<Record<keyof ShortcutPreferences, unknown>>;
  const keys: Record<string, string | null> = {};
  const throttles: Record<string, number> = {};
  // Keys are checked against their notation by the keymap; here only their shape.
  for (const [id, key] of Object.entries(isRecord(s.keys) ? s.keys : {})) {
    if (key === null || (typeof key === 'string' && key.length <= 40)) keys[id] = key;
  }
  for (const [id, ms] of Object.entries(isRecord(s.throttles) ? s.throttles : {})) {
    if (typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 && ms <= MAX_THROTTLE_MS) throttles[id] = ms;
  }
  return { keys, throttles, disabled: s.disabled === true };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}
