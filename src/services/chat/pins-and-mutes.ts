/**
 * The chats the person has pinned (in their order) and muted, kept per user: a change shows at
 * once and is stored; if it can't be stored, the old list comes back with words saying so.
 */
import { describeError } from '../conversations/describe-error.js';
import type { UserStorage } from '../storage/user-storage.js';
import type { ChatId } from './chat-id.js';
import type { StateContainer } from './state-container.js';

export class PinsAndMutes {
  readonly #state: StateContainer;
  readonly #storage: UserStorage;

  constructor(
    state: StateContainer,
    storage: UserStorage,
  ) {
    this.#state = state;
    this.#storage = storage;
  }

  /** What a previous session kept, with anything malformed left out. */
  async load(): Promise<{ pins: ChatId[]; muted: ChatId[] }> {
    const [pins, muted] = await Promise.all([this.#storage.get<unknown>('pins'), this.#storage.get<unknown>('muted')]);
    return { pins: chatIds(pins), muted: chatIds(muted) };
  }

  async pin(chat: ChatId): Promise<void> {
    const { pins } = this.#state.current;
    if (!pins.includes(chat)) await this.#save('pins', [...pins, chat]);
  }

  async unpin(chat: ChatId): Promise<void> {
    await this.#save('pins', this.#state.current.pins.filter((p) => p !== chat));
  }

  /** Moves a pinned chat to `index` among the pins (clamped). */
  async movePin(chat: ChatId, index: number): Promise<void> {
    const { pins } = this.#state.current;
    const others = pins.filter((p) => p !== chat);
    if (others.length === pins.length) return;
    const at = Math.max(0, Math.min(index, others.length));
    await this.#save('pins', [...others.slice(0, at), chat, ...others.slice(at)]);
  }

  async mute(chat: ChatId): Promise<void> {
    const { muted } = this.#state.current;
    if (!muted.includes(chat)) await this.#save('muted', [...muted, chat]);
  }

  async unmute(chat: ChatId): Promise<void> {
    await this.#save('muted', this.#state.current.muted.filter((p) => p !== chat));
  }

  /** Shows the new list at once and keeps it; if it can't be kept, says so and shows the old one. */
  async #save(name: 'pins' | 'muted', list: ChatId[]): Promise<void> {
    const previous = this.#state.current[name];
    this.#state.update({ [name]: list });
    try {
      await this.#storage.set(name, list);
    } catch (error) {
      this.#state.update({ [name]: previous, notice: describeError(error, name === 'pins' ? 'actionSavePins' : 'actionSaveMuted') });
    }
  }
}

/** A stored list of chats, with anything malformed or repeated left out. */
function chatIds(stored: unknown): ChatId[] {
  return Array.isArray(stored) ? [...new Set(stored.filter((id): id is ChatId => typeof id === 'string' && id !== ''))] : [];
}
