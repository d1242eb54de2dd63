/**
 * The messages each chat's thread shows: opened at the newest page (or at the first unread one),
 * paged older and newer within a window of bounded size, and brought back to the latest.
 */
import { EMPTY_THREAD, type MessageView } from '../chat-state.js';
import { describeError } from '../conversations/describe-error.js';
import { mergeMessages, toMessageView } from '../conversations/message-view.js';
import { trimWindow } from '../conversations/message-window.js';
import type { ChatMessage } from '../conversations/ports.js';
import { unreadCount } from '../conversations/read-state.js';
import { validIndex } from '../conversations/service-values.js';
import { isGroupChat, type ChatId } from './chat-id.js';
import type { ChatRegistry } from './chat-registry.js';
import type { DirectConversations } from './direct-conversations.js';
import type { ReadTracker } from './read-tracker.js';
import type { SentMessages } from './sent-messages.js';
import type { StateContainer } from './state-container.js';

/** Messages asked of the service at a time. */
export const PAGE_SIZE = 30;

export class ThreadPager {
  readonly #state: StateContainer;
  readonly #registry: ChatRegistry;
  readonly #conversations: DirectConversations;
  readonly #reads: ReadTracker;
  readonly #messages: SentMessages;
  /** The signed-in agent's identity ('' until the client has initialized). */
  readonly #me: () => string;

  constructor(
    state: StateContainer,
    registry: ChatRegistry,
    conversations: DirectConversations,
    reads: ReadTracker,
    messages: SentMessages,
    me: () => string,
  ) {
    this.#state = state;
    this.#registry = registry;
    this.#conversations = conversations;
    this.#reads = reads;
    this.#messages = messages;
    this.#me = me;
  }

  /** Shows `chat`, loading its latest messages. Creates nothing. */
  async open(chat: ChatId): Promise<void> {
    this.#state.update({ activeChat: chat });
    const current = this.#state.current.threads.get(chat);
    const read = this.#reads.readState(chat);
    // Where "New messages" begins, taken before the chat is marked read.
    const firstUnreadIndex = read && unreadCount(read) > 0 ? (read.horizon ?? -1) + 1 : null;
    // The window already shown still fits: the newest messages, or the first unread one.
    const fits = firstUnreadIndex === null ? !current?.hasNewer : current?.messages.some((m) => m.index === firstUnreadIndex);
    if (current?.status === 'ready' && fits && !current.refusal) {
      this.#state.setThread(chat, { ...current, firstUnreadIndex });
      return this.#reads.markReadIfViewing(chat, this.#registry.conversation(chat));
    }
    this.#state.setThread(chat, { ...(current ?? EMPTY_THREAD), status: 'loading', error: undefined, firstUnreadIndex });
    try {
      const conversation = await this.#conversations.with(chat, false);
      if (!conversation) return this.#state.patchThread(chat, { status: 'ready' });
      // Many unread: start the window at the first of them, with a few read ones above it.
      const farBack = firstUnreadIndex !== null && read!.lastIndex - firstUnreadIndex >= PAGE_SIZE;
      const anchor = farBack ? firstUnreadIndex + PAGE_SIZE - 6 : undefined;
      const [page, participants] = await Promise.all([conversation.getMessages(PAGE_SIZE, anchor), conversation.getParticipants()]);
      // Someone may have joined a direct chat since it was last looked at: then it isn't shown.
      if (!isGroupChat(chat) && !this.#registry.checkPair(chat, conversation, participants.flatMap((p) => p.identity ?? []))) return;
      const readHorizons = new Map<string, number>();
      for (const p of participants) {
        const index = validIndex(p.lastReadMessageIndex);
        if (p.identity && p.identity !== this.#me() && index !== null) readHorizons.set(p.identity, index);
      }
      const unsent = this.#state.thread(chat).messages.filter((m) => m.index < 0);
      this.#state.patchThread(chat, {
        status: 'ready',
        messages: mergeMessages(unsent, this.#takeIn(page.items)),
        hasOlder: page.hasPrevPage,
        hasNewer: farBack,
        readHorizons,
      });
      this.#reads.markReadIfViewing(chat, this.#registry.conversation(chat));
    } catch (error) {
      this.#state.patchThread(chat, { status: 'error', error: describeError(error, 'actionOpen') });
    }
  }

  close(): void {
    this.#state.update({ activeChat: null });
  }

  /** Brings the newest messages back into the window (after reading far back in history). */
  async showLatest(chat: ChatId): Promise<void> {
    const conversation = this.#registry.conversation(chat);
    if (!conversation || !this.#state.thread(chat).hasNewer) return;
    try {
      const page = await conversation.getMessages(PAGE_SIZE);
      const pending = this.#state.thread(chat).messages.filter((m) => m.index < 0);
      this.#state.patchThread(chat, {
        messages: mergeMessages(pending, this.#takeIn(page.items)),
        hasOlder: page.hasPrevPage,
        hasNewer: false,
      });
    } catch (error) {
      this.#state.patchThread(chat, { error: describeError(error, 'actionLatest') });
    }
  }

  /**
   * Loads the page before the oldest message shown, dropping the newest beyond the window; or
   * the page after the newest shown, when the window is back in history.
   */
  async loadPage(chat: ChatId, direction: 'older' | 'newer'): Promise<void> {
    const conversation = this.#registry.conversation(chat);
    const thread = this.#state.thread(chat);
    const sent = thread.messages.filter((m) => m.index >= 0);
    const edge = direction === 'older' ? sent[0] : sent.at(-1);
    const more = direction === 'older' ? thread.hasOlder : thread.hasNewer;
    const busy = direction === 'older' ? thread.loadingOlder : thread.loadingNewer;
    if (!conversation || !edge || !more || busy) return;
    const loading = direction === 'older' ? 'loadingOlder' : 'loadingNewer';
    this.#state.setThread(chat, { ...thread, [loading]: true, error: undefined });
    try {
      const page =
        direction === 'older'
          ? await conversation.getMessages(PAGE_SIZE, edge.index - 1, 'backwards')
          : await conversation.getMessages(PAGE_SIZE, edge.index + 1, 'forward');
      const now = this.#state.thread(chat);
      const merged = mergeMessages(now.messages, this.#takeIn(page.items));
      const { messages, trimmed } = trimWindow(merged, direction);
      // What slid out of the window is fetched again if the reader comes back to it.
      if (trimmed) for (const message of merged) if (!messages.includes(message)) this.#messages.forget(message.key);
      this.#state.setThread(chat, {
        ...now,
        messages,
        [loading]: false,
        hasOlder: direction === 'older' ? page.hasPrevPage : now.hasOlder || trimmed,
        hasNewer: direction === 'newer' ? page.hasNextPage : now.hasNewer || trimmed,
      });
    } catch (error) {
      const words = describeError(error, direction === 'older' ? 'actionOlder' : 'actionNewer');
      this.#state.patchThread(chat, { [loading]: false, error: words });
    }
  }

  /** The views of a page of messages, each remembered for attachments, edits and deletions. */
  #takeIn(messages: readonly ChatMessage[]): MessageView[] {
    this.#messages.remember(messages);
    return messages.flatMap((m) => toMessageView(m, this.#me()) ?? []);
  }

  /** Takes one message out of the thread shown (deleted, or never sent). */
  drop(chat: ChatId, key: string): void {
    const thread = this.#state.current.threads.get(chat);
    if (thread) this.#state.setThread(chat, { ...thread, messages: thread.messages.filter((m) => m.key !== key) });
  }
}
