/**
 * The store's one subscription to the client: what the service says happened (the connection,
 * conversations joined and gone, messages added, edited and removed, reads, typing, people
 * leaving) handed to the module that keeps each part of it.
 */
import { clientIdOf, mergeMessages, previewOf, toMessageView } from '../conversations/message-view.js';
import type { ChatClient, ChatConversation, ChatMessage, ChatParticipant, ClientEvents } from '../conversations/ports.js';
import { readPositionOf, validIndex } from '../conversations/service-values.js';
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

  constructor(
    private readonly client: ChatClient,
    private readonly parts: LiveParts,
  ) {}

  listen(): void {
    const { state, registry, sender, retention } = this.parts;
    const on = <E extends keyof ClientEvents & string>(event: E, listener: ClientEvents[E]) => {
      (this.client.on as (e: E, l: ClientEvents[E]) => unknown)(event, listener);
      this.#unsubscribe.push(() => (this.client.off as (e: E, l: ClientEvents[E]) => unknown)(event, listener));
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
    };
    on('conversationJoined', joined);
    on('conversationAdded', joined);
    on('conversationRemoved', gone);
    on('conversationLeft', gone);
    on('messageAdded', (message) => void this.#onMessageAdded(message));
    on('messageUpdated', ({ message, updateReasons }) => void this.#onMessageChanged(message, false, updateReasons.includes('body')));
    on('messageRemoved', (message) => void this.#onMessageChanged(message, true));
    on('conversationUpdated', ({ conversation }) => this.#onConversationUpdated(conversation));
    on('typingStarted', (participant) => void this.#onTyping(participant, true));
    on('typingEnded', (participant) => void this.#onTyping(participant, false));
    on('participantUpdated', ({ participant }) => void this.#onParticipantUpdated(participant));
    on('participantLeft', (participant) => void this.#onParticipantLeft(participant));
  }

  /** Stops listening to the client. */
  dispose(): void {
    this.#unsubscribe.splice(0).forEach((off) => off());
  }

  async #onMessageAdded(message: ChatMessage): Promise<void> {
    const { state, registry, reads, messages, sender, me } = this.parts;
    const peer = await registry.chatOf(message.conversation);
    const view = toMessageView(message, me());
    if (!peer || !view) return;
    messages.remember([message]);
    const clientId = clientIdOf(message.attributes);
    if (clientId) sender.delivered(clientId);
    const thread = state.current.threads.get(peer);
    // A window back in history doesn't take new messages; "Jump to latest" brings them.
    if (thread && !thread.hasNewer) {
      const withoutPending = clientId ? thread.messages.filter((m) => m.key !== clientId) : thread.messages;
      state.setThread(peer, {
        ...thread,
        messages: mergeMessages(withoutPending, [view]),
        peerTyping: view.own ? thread.peerTyping : false,
      });
    }
    state.setChat({ ...state.summary(peer), lastActivity: view.sentAt, preview: previewOf(view) });
    // Writing a message means having read the chat up to it.
    reads.advance(peer, { lastIndex: view.index, horizon: view.own ? view.index : null });
    // Twilio does not move an author's horizon: the user has read what they wrote.
    if (view.own) reads.wrote(message.conversation, view.index);
    else reads.markReadIfViewing(peer, registry.conversation(peer));
  }

  /** `edited`: the service said the text changed (dates may not tell, within the same second). */
  async #onMessageChanged(message: ChatMessage, removed: boolean, edited = false): Promise<void> {
    const { state, registry, messages, pager, me } = this.parts;
    const peer = await registry.chatOf(message.conversation);
    if (!peer) return;
    if (removed) {
      messages.forget(message.sid);
      return pager.drop(peer, message.sid);
    }
    messages.remember([message]);
    const thread = state.current.threads.get(peer);
    const view = toMessageView(message, me());
    if (view && thread?.messages.some((m) => m.key === view.key)) {
      state.setThread(peer, { ...thread, messages: mergeMessages(thread.messages, [edited ? { ...view, edited } : view]) });
    }
  }

  #onConversationUpdated(conversation: ChatConversation): void {
    const peer = this.parts.registry.chatIfKnown(conversation.sid);
    // A read in another tab, or a message seen by the service first: every tab ends up agreeing.
    if (peer) this.parts.reads.advance(peer, readPositionOf(conversation));
  }

  async #onTyping(participant: ChatParticipant, typing: boolean): Promise<void> {
    const { state, registry } = this.parts;
    const peer = await registry.chatOf(participant.conversation);
    const thread = peer ? state.current.threads.get(peer) : undefined;
    if (peer && thread && participant.identity === peer) state.setThread(peer, { ...thread, peerTyping: typing });
  }

  async #onParticipantUpdated(participant: ChatParticipant): Promise<void> {
    const { state, registry } = this.parts;
    const peer = await registry.chatOf(participant.conversation);
    const thread = peer ? state.current.threads.get(peer) : undefined;
    if (peer && thread && participant.identity === peer) {
      state.setThread(peer, { ...thread, peerReadIndex: validIndex(participant.lastReadMessageIndex) });
    }
  }

  /**
   * The other agent left the chat (their retention did): it can't carry messages to them any
   * more, so the next message starts a new conversation. This side leaves too, unless something
   * in it is still unread.
   */
  async #onParticipantLeft(participant: ChatParticipant): Promise<void> {
    const { state, registry, reads, pager, retention } = this.parts;
    const conversation = participant.conversation;
    const peer = await registry.chatOf(conversation);
    if (!peer || participant.identity !== peer || registry.conversation(peer)?.sid !== conversation.sid) return;
    const read = reads.readState(peer);
    registry.detach(peer);
    state.removeThread(peer);
    await retention.leaveAfterPeer(conversation, read);
    if (state.current.activeChat === peer) void pager.open(peer);
  }
}
