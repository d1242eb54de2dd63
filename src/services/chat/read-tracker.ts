/**
 * How far the person has read each chat: the unread counts the list shows, the chat they are
 * looking at kept read, and what the service hears of it.
 */
import type { ChatConversation } from '../conversations/ports.js';
import { HorizonReporter } from '../conversations/horizon-reporter.js';
import { advance, NOTHING_READ, unreadCount, type ReadState } from '../conversations/read-state.js';
import type { ChatId } from './chat-id.js';
import type { StateContainer } from './state-container.js';

export class ReadTracker {
  readonly #readStatesByChat = new Map<ChatId, ReadState>();
  /** What the service hears of how far the user has read: at once, then once per burst. */
  readonly #horizons = new HorizonReporter();
  #viewing: ChatId | null = null;

  readonly #state: StateContainer;

  constructor(state: StateContainer) {
    this.#state = state;
  }

  /** The newest message known in `chat` and how far the user has read it, once the chat is known. */
  readState(chat: ChatId): ReadState | undefined {
    return this.#readStatesByChat.get(chat);
  }

  /**
   * Takes in what is newer and shows the chat's unread count (none while it is viewed), and
   * whether an unread message mentions the user: `mentioned` when one of those just seen does.
   */
  advance(chat: ChatId, seen: { lastIndex?: number | null; horizon?: number | null; mentioned?: boolean }): void {
    const read = advance(this.#readStatesByChat.get(chat) ?? NOTHING_READ, seen);
    this.#readStatesByChat.set(chat, read);
    const unread = this.#viewing === chat ? 0 : unreadCount(read);
    const summary = this.#state.summary(chat);
    const unreadMention = unread > 0 && (!!seen.mentioned || !!summary.unreadMention);
    if (summary.unread !== unread || !!summary.unreadMention !== unreadMention) this.#state.setChat({ ...summary, unread, unreadMention });
  }

  /** The chat the person is looking at right now (null when hidden); it is kept read. */
  setViewing(chat: ChatId | null, conversation: ChatConversation | undefined): void {
    this.#viewing = chat;
    if (chat) this.markReadIfViewing(chat, conversation);
  }

  /** Marks `chat` read up to its newest message when the person is looking at it. */
  markReadIfViewing(chat: ChatId, conversation: ChatConversation | undefined): void {
    const read = this.#readStatesByChat.get(chat);
    if (this.#viewing !== chat || !conversation || !read) return;
    this.advance(chat, { horizon: read.lastIndex });
    if (read.horizon !== read.lastIndex) this.#horizons.report(conversation, read.lastIndex);
  }

  /** Tells the service the user has read `conversation` up to `index`, which they wrote. */
  wrote(conversation: ChatConversation, index: number): void {
    this.#horizons.report(conversation, index);
  }

  forget(chat: ChatId): void {
    this.#readStatesByChat.delete(chat);
  }

  /** Tells the service what is waiting now (the store is going away). */
  flush(): void {
    this.#horizons.flush();
  }
}
