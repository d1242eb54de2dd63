/**
 * What the person has typed to each agent and not sent, per user. Kept in memory as they type
 * and stored shortly after they pause (one write for a burst of keystrokes), so a reload, a
 * crash or a closed tab keeps it.
 */
import type { UserStorage } from './storage/user-storage.js';

const KEY = 'drafts';
const SAVE_AFTER_MS = 300;

export class Drafts {
  #byPeer: Record<string, string> = {};
  #timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly storage: UserStorage) {}

  /** Reads what a previous session left; anything malformed is left out, never fatal. */
  async load(): Promise<void> {
    const stored = await this.storage.get<unknown>(KEY).catch(() => undefined);
    this.#byPeer =
      stored && typeof stored === 'object' && !Array.isArray(stored)
        ? Object.fromEntries(Object.entries(stored).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
        : {};
  }

  get(peer: string): string {
    return this.#byPeer[peer] ?? '';
  }

  /** Keeps `text` for `peer` (an empty text clears it) and stores it once typing pauses. */
  set(peer: string, text: string): void {
    if (this.get(peer) === text) return;
    const { [peer]: _, ...others } = this.#byPeer;
    this.#byPeer = text ? { ...others, [peer]: text } : others;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), SAVE_AFTER_MS);
  }

  /** Stores what is waiting now (the store is going away). */
  async flush(): Promise<void> {
    if (this.#timer === undefined) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.storage.set(KEY, this.#byPeer).catch(() => {}); // Kept in memory meanwhile.
  }
}
