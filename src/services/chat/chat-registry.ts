/**
 * Which conversations are the person's chats, and which chat each one is. A conversation becomes
 * a chat on first sight when it is tagged as ours, the user has joined it and another agent is
 * in it; its summary and read state are seeded then, and its preview queued.
 */
import { isChatAttributes } from '../conversations/direct-chat.js';
import type { ChatConversation } from '../conversations/ports.js';
import { lastActivityOf, readPositionOf } from '../conversations/service-values.js';
import type { ChatId } from './chat-id.js';
import type { ChatPreviews } from './chat-previews.js';
import type { DirectoryRoster } from './directory-roster.js';
import type { ReadTracker } from './read-tracker.js';
import type { StateContainer } from './state-container.js';

export class ChatRegistry {
  readonly #conversationsByChat = new Map<ChatId, ChatConversation>();
  /** The chat each conversation seen is, by conversation sid: undefined while it isn't ours. */
  readonly #chatsBySid = new Map<string, Promise<ChatId | undefined>>();

  constructor(
    private readonly state: StateContainer,
    private readonly reads: ReadTracker,
    private readonly previews: ChatPreviews,
    private readonly roster: DirectoryRoster,
    /** The signed-in agent's identity ('' until the client has initialized). */
    private readonly me: () => string,
  ) {}

  /** The conversation of `chat`, once known. */
  conversation(chat: ChatId): ChatConversation | undefined {
    return this.#conversationsByChat.get(chat);
  }

  /**
   * The chat `conversation` is (today: the other agent in one of our direct chats), registering
   * it on first sight; undefined for conversations that aren't ours (untagged, or the user isn't
   * in them).
   */
  chatOf(conversation: ChatConversation): Promise<ChatId | undefined> {
    let chat = this.#chatsBySid.get(conversation.sid);
    if (!chat) {
      // Not ours *yet* is not remembered: it may be joined, or gain the other agent, later.
      chat = this.#register(conversation).then((found) => (found || this.#chatsBySid.delete(conversation.sid), found));
      this.#chatsBySid.set(conversation.sid, chat);
    }
    return chat;
  }

  /** The chat whose conversation has this sid, without asking the service. */
  chatIfKnown(sid: string): ChatId | undefined {
    for (const [chat, conversation] of this.#conversationsByChat) if (conversation.sid === sid) return chat;
    return undefined;
  }

  /** The user is no longer in `conversation`: its chat leaves the list. */
  forget(conversation: ChatConversation): void {
    for (const [chat, known] of this.#conversationsByChat) {
      if (known.sid !== conversation.sid) continue;
      this.#conversationsByChat.delete(chat);
      this.reads.forget(chat);
      this.state.removeChat(chat);
    }
    this.#chatsBySid.delete(conversation.sid);
  }

  /** `chat` no longer has a conversation that reaches the other agent: the next message starts one. */
  detach(chat: ChatId): void {
    this.#conversationsByChat.delete(chat);
    this.reads.forget(chat);
  }

  async #register(conversation: ChatConversation): Promise<ChatId | undefined> {
    if (conversation.status !== 'joined' || !isChatAttributes(conversation.attributes)) return undefined;
    const participants = await conversation.getParticipants().catch(() => []);
    const peer = participants.map((p) => p.identity).find((id): id is string => !!id && id !== this.me());
    if (!peer) return undefined;
    this.#conversationsByChat.set(peer, conversation);
    if (!this.state.current.chats.has(peer)) {
      this.state.setChat({ peer, lastActivity: lastActivityOf(conversation), preview: '', unread: 0 });
      this.reads.advance(peer, readPositionOf(conversation));
      this.previews.queue(peer, conversation);
      if (this.state.current.startup === 'ready') void this.roster.load([peer]);
    }
    return peer;
  }
}
