/**
 * Sending: each message shows in its thread at once, waits in the outbox while offline, goes out
 * in order per chat once connected, and on failure stays with words and a retry. A retry carries
 * the same client id, so a message can never arrive twice.
 */
import type { MessageView } from '../chat-state.js';
import { describeError, FailureInWords, isDisconnected } from '../conversations/describe-error.js';
import { clientIdOf, mentionsIn, mergeMessages } from '../conversations/message-view.js';
import { needing } from '../conversations/permissions.js';
import type { ChatClient, ChatConversation } from '../conversations/ports.js';
import { phrase, type Phrase } from '../../l10n/phrase.js';
import { Outbox, type OutboxEntry } from '../outbox.js';
import type { UserStorage } from '../storage/user-storage.js';
import type { ChatId } from './chat-id.js';
import type { DirectConversations } from './direct-conversations.js';
import type { StateContainer } from './state-container.js';
import { PAGE_SIZE, type ThreadPager } from './thread-pager.js';

/** What a message to send holds: its text and every attachment, sent as one message. */
export interface OutgoingMessage {
  text: string;
  files: readonly File[];
  /** Identities of group members the text mentions (`@Name`). */
  mentions?: readonly string[];
}

export class MessageSender {
  readonly #outbox: Outbox;
  /** Messages written in this session that have not been tried yet, by client id. */
  readonly #firstTries = new Set<string>();
  /** How each outbox entry is doing, by client id; absent means waiting its turn. */
  readonly #deliveryByClientId = new Map<string, { delivery: 'sending' | 'failed'; error?: Phrase }>();
  /** Each chat's deliveries, one after another. */
  readonly #queuesByChat = new Map<ChatId, Promise<void>>();

  readonly #state: StateContainer;
  readonly #client: ChatClient;
  readonly #conversations: DirectConversations;
  readonly #pager: ThreadPager;
  /** The signed-in agent's identity ('' until the client has initialized). */
  readonly #me: () => string;

  constructor(
    state: StateContainer,
    client: ChatClient,
    storage: UserStorage,
    conversations: DirectConversations,
    pager: ThreadPager,
    me: () => string,
  ) {
    this.#state = state;
    this.#client = client;
    this.#conversations = conversations;
    this.#pager = pager;
    this.#me = me;
    this.#outbox = new Outbox(storage);
  }

  /** Reads what a previous session could not send. */
  load(): Promise<unknown> {
    return this.#outbox.load();
  }

  /** Messages a previous session could not send go out now, in the order they were written. */
  resume(): void {
    for (const entry of this.#outbox.entries) this.#showOutgoing(entry);
    this.flushAll();
  }

  /** Resolves when this message has been sent or has failed. */
  async send(chat: ChatId, message: OutgoingMessage): Promise<void> {
    const entry: OutboxEntry = {
      clientId: crypto.randomUUID(),
      chat,
      text: message.text,
      files: [...message.files],
      ...(message.mentions?.length ? { mentions: mentionsIn(message.mentions) } : {}),
      createdAt: Date.now(),
      // Stored as attempted: one write, not two. After a reload it is checked for before it
      // goes again; its first try has nothing to check.
      attempted: true,
    };
    this.#firstTries.add(entry.clientId);
    // A message is written at the newest end: show it there.
    if (this.#state.thread(chat).hasNewer) await this.#pager.showLatest(chat);
    this.#showOutgoing(entry);
    // Stored while it goes out, not first: the send doesn't wait for the disk. The outbox writes
    // in order, so the removal once sent can't land before the entry; a reload in between finds
    // it stored and checks whether it arrived before sending it again.
    const stored = this.#outbox.add(entry).catch(() => {}); // Still sent from memory; only a reload would lose it.
    await Promise.all([stored, this.#flush(chat)]);
  }

  /** Sends a failed message again, with the same client id so it can never arrive twice. */
  async retry(chat: ChatId, clientId: string): Promise<void> {
    const entry = this.#outbox.get(clientId);
    if (entry?.chat !== chat) return;
    this.#deliveryByClientId.delete(clientId);
    this.#showOutgoing(entry);
    return this.#flush(chat);
  }

  isUnsent(clientId: string): boolean {
    return !!this.#outbox.get(clientId);
  }

  /** Takes a message that was never sent out of the outbox and its thread. */
  async discard(chat: ChatId, clientId: string): Promise<void> {
    await this.#outbox.remove(clientId);
    this.#deliveryByClientId.delete(clientId);
    this.#pager.drop(chat, clientId);
  }

  /** The service has the message with this client id: it leaves the outbox. */
  delivered(clientId: string): void {
    this.#deliveryByClientId.delete(clientId);
    void this.#outbox.remove(clientId);
  }

  flushAll(): void {
    for (const chat of new Set(this.#outbox.entries.map((entry) => entry.chat))) void this.#flush(chat);
  }

  /** Delivers the chat's waiting messages one after another, so they arrive in order. */
  #flush(chat: ChatId): Promise<void> {
    const queue = (this.#queuesByChat.get(chat) ?? Promise.resolve()).then(async () => {
      for (const entry of this.#outbox.forChat(chat)) {
        if (this.#deliveryByClientId.has(entry.clientId)) continue; // Failed (waits for Retry) or on its way.
        if (this.#client.connectionState !== 'connected') return; // Back when the connection is.
        await this.#deliver(entry);
      }
    });
    this.#queuesByChat.set(chat, queue);
    // A chat with nothing left to send keeps no queue.
    const done = () => this.#queuesByChat.get(chat) === queue && this.#queuesByChat.delete(chat);
    queue.then(done, done);
    return queue;
  }

  async #deliver(entry: OutboxEntry): Promise<void> {
    const { clientId, chat } = entry;
    this.#deliveryByClientId.set(clientId, { delivery: 'sending' });
    this.#showOutgoing(entry);
    try {
      const conversation = await this.#conversations.with(chat, true);
      if (!conversation) throw new FailureInWords(phrase('chatNotOpened'));
      // An earlier try may have reached the service although no answer came back.
      const firstTry = this.#firstTries.delete(clientId);
      if (entry.attempted && !firstTry && (await alreadySent(conversation, clientId))) return void (await this.#outbox.remove(clientId));
      if (!entry.attempted) await this.#outbox.markAttempted(clientId).catch(() => {}); // Stored by an older version.
      const builder = conversation.prepareMessage().setAttributes(entry.mentions?.length ? { clientId, mentions: [...entry.mentions] } : { clientId });
      if (entry.text) builder.setBody(entry.text);
      for (const file of entry.files) {
        builder.addMedia({ contentType: file.type || 'application/octet-stream', filename: file.name, media: file });
      }
      await needing(entry.files.length ? 'sendMediaMessage' : 'sendMessage', builder.build().send());
      await this.#outbox.remove(clientId); // Accepted: its messageAdded replaces the pending view.
    } catch (error) {
      if (!this.#outbox.get(clientId)) return; // Accepted after all.
      if (isDisconnected(error)) this.#deliveryByClientId.delete(clientId); // Waits for the connection.
      else this.#deliveryByClientId.set(clientId, { delivery: 'failed', error: describeError(error, 'actionSend') });
      this.#showOutgoing(this.#outbox.get(clientId) ?? entry);
    }
  }

  /** Shows an unsent message in its thread: waiting, sending, or failed with words. */
  #showOutgoing(entry: OutboxEntry): void {
    const status = this.#deliveryByClientId.get(entry.clientId);
    const view: MessageView = {
      key: entry.clientId,
      index: -1,
      author: this.#me(),
      body: entry.text,
      sentAt: new Date(entry.createdAt),
      own: true,
      attachments: entry.files.map((file, i) => ({
        sid: `${entry.clientId}-${i}`,
        filename: file instanceof File ? file.name : 'attachment',
        contentType: file.type,
        size: file.size,
      })),
      mentions: entry.mentions ?? [],
      delivery: status?.delivery ?? 'queued',
      error: status?.error,
    };
    const thread = this.#state.thread(entry.chat);
    this.#state.setThread(entry.chat, {
      ...thread,
      status: thread.status === 'error' ? 'ready' : thread.status,
      messages: mergeMessages(thread.messages, [view]),
    });
  }
}

async function alreadySent(conversation: ChatConversation, clientId: string): Promise<boolean> {
  const recent = await conversation.getMessages(PAGE_SIZE);
  return recent.items.some((message) => clientIdOf(message.attributes) === clientId);
}
