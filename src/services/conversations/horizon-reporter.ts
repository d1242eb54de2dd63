/**
 * Tells the service how far the user has read each chat. Without it a burst of messages costs a
 * write per message on both sides (the reader's horizon as each arrives, the writer's own as each
 * is sent), each one more round trip on Twilio and, on the embedded backend, one more transaction
 * that the next message waits behind. The first report for a chat goes at once; later ones within
 * `intervalMs` fold into one, sent when the interval ends with the newest index. The person sees
 * their own read state at once either way: only what the service (and the other agent's "Seen")
 * hears is batched.
 */
import type { ChatConversation } from './ports.js';

type Horizon = Pick<ChatConversation, 'sid' | 'advanceLastReadMessageIndex'>;

/** Long enough to fold a burst, short enough that "Seen" still reads as live. */
export const HORIZON_INTERVAL_MS = 250;

interface Chat {
  conversation: Horizon;
  /** The newest index waiting to be told, when one is. */
  waiting?: number;
  timer: ReturnType<typeof setTimeout>;
}

export class HorizonReporter {
  /** Chats inside their interval, by conversation sid. */
  readonly #chats = new Map<string, Chat>();

  constructor(private readonly intervalMs = HORIZON_INTERVAL_MS) {}

  /** The user has read `conversation` up to `index`. */
  report(conversation: Horizon, index: number): void {
    if (index < 0) return;
    const chat = this.#chats.get(conversation.sid);
    if (chat) {
      chat.conversation = conversation;
      chat.waiting = Math.max(index, chat.waiting ?? -1);
      return;
    }
    this.#tell(conversation, index);
  }

  /** Tells what is waiting now (the page is going away) and stops. */
  flush(): void {
    for (const chat of this.#chats.values()) {
      clearTimeout(chat.timer);
      if (chat.waiting !== undefined) send(chat.conversation, chat.waiting);
    }
    this.#chats.clear();
  }

  #tell(conversation: Horizon, index: number): void {
    send(conversation, index);
    const chat: Chat = {
      conversation,
      timer: setTimeout(() => {
        this.#chats.delete(conversation.sid);
        if (chat.waiting !== undefined) this.#tell(chat.conversation, chat.waiting);
      }, this.intervalMs),
    };
    this.#chats.set(conversation.sid, chat);
  }
}

function send(conversation: Horizon, index: number): void {
  // A horizon never moves back, so a lost report is made good by the next one.
  conversation.advanceLastReadMessageIndex(index).catch(() => {});
}
