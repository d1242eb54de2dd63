/**
 * What the person has typed in each chat and not sent, per user. Kept in memory as they type
 * and stored shortly after they pause (one write for a burst of keystrokes), so a reload, a
 * crash or a closed tab keeps it.
 */
import type { UserStorage } from './storage/user-storage.js';
import type { ChatId } from './chat/chat-id.js';

const KEY = 'drafts';
const SAVE_AFTER_MS = 300;

export class Drafts {
  #byChat: Record<ChatId, string> = {};
  #timer?: ReturnType<typeof setTimeout>;

  readonly #storage: UserStorage;

  constructor(storage: UserStorage) {
    this.#storage = storage;
  }

  /** Reads what a previous session left; anything malformed is left out, never fatal. */
  async load(): Promise<void> {
    const stored = await this.#storage.get<unknown>(KEY).catch(() => undefined);
    this.#byChat =
      stored && typeof stored === 'object' && !Array.isArray(stored)
        ? Object.fromEntries(Object.entries(stored).filter((entry): entry is [ChatId, string] => typeof entry[1] === 'string'))
        : {};
  }

  get(chat: ChatId): string {
    return this.#byChat[chat] ?? '';
  }

  /** Keeps `text` for `chat` (an empty text clears it) and stores it once typing pauses. */
  set(chat: ChatId, text: string): void {
    if (this.get(chat) === text) return;
    const { [chat]: _, ...others } = this.#byChat;
    this.#byChat = text ? { ...others, [chat]: text } : others;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), SAVE_AFTER_MS);
  }

  /** Stores what is waiting now (the store is going away). */
  async flush(): Promise<void> {
    if (this.#timer === undefined) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#storage.set(KEY, this.#byChat).catch(() => {}); // Kept in memory meanwhile.
  }
}
