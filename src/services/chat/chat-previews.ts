/**
 * Each chat's last-message preview in the list. Previews need one read per chat, which the list
 * must not wait for: they load once the list has had a chance to paint, newest chats first, a
 * batch at a time, each batch announced once.
 */
import { mentionsMe, previewOf, toMessageView } from '../conversations/message-view.js';
import type { ChatConversation } from '../conversations/ports.js';
import { validDate } from '../conversations/service-values.js';
import type { ChatId } from './chat-id.js';
import type { ReadTracker } from './read-tracker.js';
import type { StateContainer } from './state-container.js';

/** Last-message previews load after the list has painted, this many chats at a time. */
const PREVIEW_BATCH = 25;
/** At most this many of a chat's unread messages are read with its preview, for a mention of the user. */
const MENTION_LOOKBACK = 20;

export class ChatPreviews {
  /** Chats whose last message is still to be loaded for their preview. */
  readonly #waitingByChat = new Map<ChatId, ChatConversation>();
  #loading = false;

  readonly #state: StateContainer;
  readonly #reads: ReadTracker;
  /** The signed-in agent's identity ('' until the client has initialized). */
  readonly #me: () => string;

  constructor(
    state: StateContainer,
    reads: ReadTracker,
    me: () => string,
  ) {
    this.#state = state;
    this.#reads = reads;
    this.#me = me;
  }

  /** Loads the preview of `chat` from `conversation` soon, after the list has painted. */
  queue(chat: ChatId, conversation: ChatConversation): void {
    this.#waitingByChat.set(chat, conversation);
    if (this.#loading) return;
    this.#loading = true;
    void afterNextPaint().then(async () => {
      while (this.#waitingByChat.size) {
        const newestFirst = [...this.#waitingByChat].sort(
          ([a], [b]) => (this.#state.summary(b).lastActivity?.getTime() ?? 0) - (this.#state.summary(a).lastActivity?.getTime() ?? 0),
        );
        const batch = newestFirst.slice(0, PREVIEW_BATCH);
        for (const [chat] of batch) this.#waitingByChat.delete(chat);
        await Promise.all(batch.map(([chat, conversation]) => this.#load(chat, conversation)));
      }
      this.#loading = false;
    });
  }

  /**
   * The last message's preview, loaded after the list has painted, with the unread ones before
   * it (up to MENTION_LOOKBACK), so that a mention of the user among them marks the row after
   * a reload too.
   */
  async #load(chat: ChatId, conversation: ChatConversation): Promise<void> {
    try {
      const me = this.#me();
      const unread = this.#state.summary(chat).unread;
      const page = (await conversation.getMessages(Math.min(Math.max(unread, 1), MENTION_LOOKBACK))).items;
      const last = page.at(-1);
      const view = last && toMessageView(last, me);
      if (!view) return;
      const summary = this.#state.summary(chat);
      // A message that arrived meanwhile has set a newer preview already.
      if (!summary.preview) {
        this.#state.setChat({ ...summary, preview: previewOf(view), previewAuthor: view.author, lastActivity: validDate(last!.dateCreated) ?? summary.lastActivity });
      }
      // The user's own message can come back here before its messageAdded does: writing it was
      // reading up to it (Twilio doesn't move an author's horizon), so it is never counted unread.
      const told = this.#reads.readState(chat)?.horizon ?? -1;
      const mentioned = page.some((message) => {
        const unreadView = toMessageView(message, me);
        return !!unreadView && unreadView.index > told && mentionsMe(unreadView, me);
      });
      this.#reads.advance(chat, { lastIndex: view.index, horizon: view.own ? view.index : null, mentioned });
      // Said to the service only when it doesn't know yet (at start-up it mostly does).
      if (view.own && told < view.index) this.#reads.wrote(conversation, view.index);
    } catch {
      // The list still works without a preview; the next message brings one.
    }
  }
}

/**
 * Resolves once the browser has had a chance to paint what the current task rendered (a frame
 * later), or after a short while where frames don't come (a hidden tab, no DOM).
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => setTimeout(resolve);
    if (typeof requestAnimationFrame !== 'function') return void setTimeout(resolve, 0);
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() => (clearTimeout(fallback), done()));
  });
}
