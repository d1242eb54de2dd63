/**
 * The state the elements read, and who is told when it changes. Immutable to its readers: each
 * change replaces the slices it touches, and subscribers hear once per batch of changes (a
 * microtask later), however many the batch held.
 */
import type { ChatState, ChatSummary, ThreadState } from '../chat-state.js';
import { EMPTY_THREAD } from '../chat-state.js';
import { isGroupChat, peerOf, type ChatId } from './chat-id.js';

export class StateContainer {
  #state: ChatState = {
    startup: 'starting',
    connection: 'connecting',
    me: null,
    agents: new Map(),
    directory: { query: '', results: [], searching: false },
    chats: new Map(),
    pins: [],
    muted: [],
    activeChat: null,
    threads: new Map(),
    storagePersistent: false,
    notice: null,
    budgetWarning: null,
  };
  readonly #listeners = new Set<() => void>();
  #notifyQueued = false;
  /**
   * Maps of the state copied since the last announcement: written in place until it goes out,
   * so 500 chats registering at start-up cost one copy, not 500 copies of a growing map.
   */
  readonly #unannounced = new Set<ReadonlyMap<string, unknown>>();

  get current(): ChatState {
    return this.#state;
  }

  /** Calls `listener` after each batch of changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  update(patch: Partial<ChatState>): void {
    this.#state = { ...this.#state, ...patch };
    if (this.#notifyQueued) return;
    this.#notifyQueued = true;
    queueMicrotask(() => {
      this.#notifyQueued = false;
      this.#unannounced.clear();
      for (const listener of this.#listeners) listener();
    });
  }

  thread(chat: ChatId): ThreadState {
    return this.#state.threads.get(chat) ?? EMPTY_THREAD;
  }

  summary(chat: ChatId): ChatSummary {
    return this.#state.chats.get(chat) ?? { id: chat, kind: isGroupChat(chat) ? 'group' : 'direct', peer: peerOf(chat), members: [], lastActivity: null, preview: '', unread: 0 };
  }

  setThread(chat: ChatId, thread: ThreadState): void {
    this.update({ threads: this.#writable(this.#state.threads).set(chat, thread) });
  }

  setChat(summary: ChatSummary): void {
    this.update({ chats: this.#writable(this.#state.chats).set(summary.id, summary) });
  }

  /** Changes some fields of the chat's thread as it is now. */
  patchThread(chat: ChatId, patch: Partial<ThreadState>): void {
    this.setThread(chat, { ...this.thread(chat), ...patch });
  }

  removeThread(chat: ChatId): void {
    const threads = this.#writable(this.#state.threads);
    threads.delete(chat);
    this.update({ threads });
  }

  removeChat(chat: ChatId): void {
    const chats = this.#writable(this.#state.chats);
    chats.delete(chat);
    this.update({ chats });
  }

  /** A copy of `map` to change, or `map` itself when it is a copy nobody has been told of yet. */
  #writable<V>(map: ReadonlyMap<string, V>): Map<string, V> {
    if (this.#unannounced.has(map)) return map as Map<string, V>;
    const copy = new Map(map);
    this.#unannounced.add(copy);
    return copy;
  }
}
