/**
 * Keeps the agent far below Twilio's 1,000-conversation limit while the chat runs: counts every
 * conversation the user is in and warns as it nears the limit, leaves idle chats on a schedule,
 * and follows the other agent out of a chat they left. Which chats to leave, and when to warn,
 * is the pure policy in conversations/retention.ts; this runs it.
 */
import { describeError } from '../conversations/describe-error.js';
import { needing, PermissionRefused } from '../conversations/permissions.js';
import type { ChatConversation } from '../conversations/ports.js';
import { unreadCount } from '../conversations/read-state.js';
import { chatsToLeave, conversationBudget } from '../conversations/retention.js';
import { isGroupChat, type ChatId } from './chat-id.js';
import type { ChatRegistry } from './chat-registry.js';
import type { ReadTracker } from './read-tracker.js';
import type { StateContainer } from './state-container.js';

/** Retention runs once start-up has settled, then daily, a small batch at a time. */
const RETENTION_FIRST_RUN_MS = 10_000;
const RETENTION_EVERY_MS = 24 * 60 * 60 * 1000;
const RETENTION_BATCH = 20;

export class Retention {
  /** Every conversation the user is in, chats or not, by sid: Twilio's limit counts them all. */
  readonly #membershipSids = new Set<string>();
  #timer?: ReturnType<typeof setTimeout>;
  #disposed = false;
  /** Clearing out old chats was refused for want of a permission (said once). */
  #clearingRefused = false;

  readonly #state: StateContainer;
  readonly #registry: ChatRegistry;
  readonly #reads: ReadTracker;
  /** Leave chats idle this many days; false never leaves any. */
  readonly #idleDays: number | false;

  constructor(
    state: StateContainer,
    registry: ChatRegistry,
    reads: ReadTracker,
    idleDays: number | false,
  ) {
    this.#state = state;
    this.#registry = registry;
    this.#reads = reads;
    this.#idleDays = idleDays;
  }

  /** The user is in these conversations (all of them at start-up, or one just joined). */
  joined(sids: Iterable<string>): void {
    for (const sid of sids) this.#membershipSids.add(sid);
    this.#updateBudget();
  }

  left(sid: string): void {
    this.#membershipSids.delete(sid);
    this.#updateBudget();
  }

  /** Runs retention once start-up has settled, then daily. */
  schedule(delay = RETENTION_FIRST_RUN_MS): void {
    if (this.#idleDays === false || this.#disposed) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(async () => {
      await this.leaveIdleChats().catch(() => {});
      this.schedule(RETENTION_EVERY_MS);
    }, delay);
  }

  /** Stops for good: a run under way finishes, and nothing is scheduled after it. */
  dispose(): void {
    this.#disposed = true;
    clearTimeout(this.#timer);
  }

  /** Leaves idle chats, a batch at a time (see ChatStore.leaveIdleChats); returns the chats left. */
  async leaveIdleChats(now = new Date()): Promise<ChatId[]> {
    if (this.#idleDays === false) return [];
    const { chats, pins } = this.#state.current;
    const candidates = [...chats.values()].flatMap((chat) => {
      const conversation = this.#registry.conversation(chat.id);
      const read = this.#reads.readState(chat.id);
      if (!conversation || !read) return [];
      const neverRead = read.horizon === null && read.lastIndex >= 0;
      const pinned = pins.includes(chat.id);
      return [{ chat: chat.id, sid: conversation.sid, lastActivity: chat.lastActivity, unread: neverRead ? null : unreadCount(read), pinned, conversation }];
    });
    const left: ChatId[] = [];
    for (const chat of chatsToLeave(candidates, { idleDays: this.#idleDays, now }).slice(0, RETENTION_BATCH)) {
      try {
        // A group's name stays its other members'.
        await leaveChat(chat.conversation, !isGroupChat(chat.chat));
        left.push(chat.chat);
      } catch (error) {
        // Kept for now: the next run tries again. A missing permission will not mend by itself.
        if (error instanceof PermissionRefused) return this.#refusedClearing(error), left;
      }
    }
    return left;
  }

  /**
   * The other agent left `conversation` (their retention did) and nothing in it is unread here:
   * this side leaves too, so it doesn't hold one of this agent's 1,000 places either.
   */
  async leaveAfterPeer(conversation: ChatConversation): Promise<void> {
    await leaveChat(conversation, true).catch((error: unknown) => {
      if (error instanceof PermissionRefused) this.#refusedClearing(error);
    });
  }

  /** Clearing out old chats needs a permission the agent lacks: said once a session, in words naming it. */
  #refusedClearing(error: PermissionRefused): void {
    if (this.#clearingRefused) return;
    this.#clearingRefused = true;
    this.#state.update({ notice: describeError(error, 'actionClearOld') });
  }

  #updateBudget(): void {
    const { message } = conversationBudget({ count: this.#membershipSids.size });
    if (message !== this.#state.current.budgetWarning) this.#state.update({ budgetWarning: message });
  }
}

/**
 * Leaves `conversation`. With `freeName`, its unique name (a pair's) is freed first, unless
 * already free, so either agent can start a chat again: a conversation left by both keeps its
 * name for good otherwise, and no new one could take it.
 */
export async function leaveChat(conversation: ChatConversation, freeName: boolean): Promise<void> {
  if (freeName && conversation.uniqueName) await needing('editConversationName', conversation.updateUniqueName(null));
  await needing('leaveConversation', conversation.leave());
}
