/**
 * The store's one subscription to the client: what the service says happened (the connection,
 * conversations joined and gone, messages added, edited and removed, reads, typing, people
 * leaving) handed to the module that keeps each part of it.
 */
import { clientIdOf, mentionsMe, mergeMessages, previewOf, toMessageView } from '../conversations/message-view.js';
import type { ThreadState } from '../chat-state.js';
import type { ChatClient, ChatConversation, ChatMessage, ChatParticipant, ClientEvents } from '../conversations/ports.js';
import { unreadCount } from '../conversations/read-state.js';
import { readPositionOf, validIndex } from '../conversations/service-values.js';
import { isGroupChat, peerOf, type ChatId } from './chat-id.js';
import type { ChatRegistry } from './chat-registry.js';
import type { MessageSender } from './message-sender.js';
import type { ReadTracker } from './read-tracker.js';
import type { Retention } from './retention.js';
import type { SentMessages } from './sent-messages.js';
import type { StateContainer } from './state-container.js';
import type { ThreadPager } from './thread-pager.js';

/** The modules the client's events change. */
export interface LiveParts {
  readonly state: StateContainer;
  readonly registry: ChatRegistry;
  readonly reads: ReadTracker;
  readonly messages: SentMessages;
  readonly pager: ThreadPager;
  readonly sender: MessageSender;
  readonly retention: Retention;
  /** The signed-in agent's identity ('' until the client has initialized). */
  readonly me: () => string;
}

export class LiveUpdates {
  readonly #unsubscribe: Array<() => void> = [];

  readonly #client: ChatClient;
  readonly #parts: LiveParts;

  constructor(
    client: ChatClient,
    parts: LiveParts,
  ) {
    this.#client = client;
    this.#parts = parts;
  }

  listen(): void {
    const { state, registry, sender, retention, messages } = this.#parts;
    const on = <E extends keyof ClientEvents & string>(event: E, listener: ClientEvents[E]) => {
      (this.#client.on as (e: E, l: ClientEvents[E]) => unknown)(event, listener);
      this.#unsubscribe.push(() => (this.#client.off as (e: E, l: ClientEvents[E]) => unknown)(event, listener));
    };
    on('connectionStateChanged', (connection) => {
      state.update({ connection });
      if (connection === 'connected') sender.flushAll();
    });
    const joined = (conversation: ChatConversation) => {
      retention.joined([conversation.sid]);
      void registry.chatOf(conversation);
    };
    const gone = (conversation: ChatConversation) => {
      retention.left(conversation.sid);
      registry.forget(conversation);
      messages.forgetConversation(conversation.sid);
    };
    on('conversationJoined', joined);
    on('conversationAdded', joined);
    on('conversationRemoved', gone);
    on('conversationLeft', gone);
    on('messageAdded', (message) => void this.#onMessageAdded(message));
    on('messageUpdated', ({ message, updateReasons }) => void this.#onMessageChanged(message, false, updateReasons.includes('body')));
    on('messageRemoved', (message) => void this.#onMessageChanged(message, true));
    on('conversationUpdated', ({ conversation, updateReasons }) => this.#onConversationUpdated(conversation, updateReasons));
    on('typingStarted', (participant) => void this.#onTyping(participant, true));
    on('typingEnded', (participant) => void this.#onTyping(participant, false));
    on('participantUpdated', ({ participant }) => void this.#onParticipantUpdated(participant));
    on('participantJoined', (participant) => void registry.membersChanged(participant.conversation));
    on('participantLeft', (participant) => void this.#onParticipantLeft(participant));
  }

  /** Stops listening to the client. */
  dispose(): void {
    this.#unsubscribe.splice(0).forEach((off) => off());
  }

  async #onMessageAdded(message: ChatMessage): Promise<void> {
    const { state, registry, reads, messages, sender, me } = this.#parts;
    const chat = await registry.chatOf(message.conversation);
    const view = toMessageView(message, me());
    if (!chat || !view) return;
    messages.remember([message]);
    const clientId = clientIdOf(message.attributes);
    if (clientId) sender.delivered(clientId);
    const thread = state.current.threads.get(chat);
    // A window back in history doesn't take new messages; "Jump to latest" brings them.
    if (thread && !thread.hasNewer) {
      const withoutPending = clientId ? thread.messages.filter((m) => m.key !== clientId) : thread.messages;
      state.setThread(chat, {
        ...thread,
        messages: mergeMessages(withoutPending, [view]),
        typing: thread.typing.filter((id) => id !== view.author),
      });
    }
    state.setChat({ ...state.summary(chat), lastActivity: view.sentAt, preview: previewOf(view), previewAuthor: view.author });
    // Writing a message means having read the chat up to it.
    reads.advance(chat, { lastIndex: view.index, horizon: view.own ? view.index : null, mentioned: mentionsMe(view, me()) });
    // Twilio does not move an author's horizon: the user has read what they wrote.
    if (view.own) reads.wrote(message.conversation, view.index);
    else reads.markReadIfViewing(chat, registry.conversation(chat));
  }

  /** `edited`: the service said the text changed (dates may not tell, within the same second). */
  async #onMessageChanged(message: ChatMessage, removed: boolean, edited = false): Promise<void> {
    const { state, registry, messages, pager, me } = this.#parts;
    const chat = await registry.chatOf(message.conversation);
    if (!chat) return;
    if (removed) {
      messages.forget(message.sid);
      return pager.drop(chat, message.sid);
    }
    messages.remember([message]);
    const thread = state.current.threads.get(chat);
    const view = toMessageView(message, me());
    if (view && thread?.messages.some((m) => m.key === view.key)) {
      state.setThread(chat, { ...thread, messages: mergeMessages(thread.messages, [edited ? { ...view, edited } : view]) });
    }
  }

  #onConversationUpdated(conversation: ChatConversation, reasons: readonly string[]): void {
    const { state, registry, reads } = this.#parts;
    const chat = registry.chatIfKnown(conversation.sid);
    if (!chat) return;
    // A read in another tab, or a message seen by the service first: every tab ends up agreeing.
    reads.advance(chat, readPositionOf(conversation));
    if (isGroupChat(chat) && reasons.includes('friendlyName')) state.setChat({ ...state.summary(chat), name: conversation.friendlyName ?? '' });
  }

  /** Another member of a chat the person has open: typing, how far they have read, gone. */
  async #changeThread(participant: ChatParticipant, change: (thread: ThreadState, identity: string) => Partial<ThreadState>): Promise<ChatId | undefined> {
    const { state, registry, me } = this.#parts;
    const chat = await registry.chatOf(participant.conversation);
    const thread = chat ? state.current.threads.get(chat) : undefined;
    const identity = participant.identity;
    if (chat && thread && identity && identity !== me()) state.setThread(chat, { ...thread, ...change(thread, identity) });
    return chat;
  }

  #onTyping(participant: ChatParticipant, typing: boolean): Promise<unknown> {
    return this.#changeThread(participant, (thread, identity) => {
      const others = thread.typing.filter((id) => id !== identity);
      return { typing: typing ? [...others, identity] : others };
    });
  }

  #onParticipantUpdated(participant: ChatParticipant): Promise<unknown> {
    const index = validIndex(participant.lastReadMessageIndex);
    return this.#changeThread(participant, (thread, identity) => (index === null ? {} : { readHorizons: new Map(thread.readHorizons).set(identity, index) }));
  }

  /**
   * Someone left a chat. A group's members change. In a direct chat it was the other agent (their
   * retention did): it can't carry messages to them any more, so the next message starts a new
   * conversation. This side leaves too; unless something in it is still unread: then it stays,
   * to be read, until that next message.
   */
  async #onParticipantLeft(participant: ChatParticipant): Promise<void> {
    const { state, registry, reads, pager, retention } = this.#parts;
    const conversation = participant.conversation;
    const chat = await this.#changeThread(participant, (thread, identity) => {
      const readHorizons = new Map(thread.readHorizons);
      readHorizons.delete(identity);
      return { typing: thread.typing.filter((id) => id !== identity), readHorizons };
    });
    if (!chat) return;
    if (isGroupChat(chat)) return registry.membersChanged(conversation);
    if (participant.identity !== peerOf(chat) || registry.conversation(chat)?.sid !== conversation.sid) return;
    const read = reads.readState(chat);
    if (read && unreadCount(read) > 0) return registry.departed(conversation);
    registry.detach(chat);
    state.removeThread(chat);
    await retention.leaveAfterPeer(conversation);
    if (state.current.activeChat === chat) void pager.open(chat);
  }
}
