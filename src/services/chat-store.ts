/**
 * The chat store: the state the elements read and the actions they call, built over the two
 * ports (a Conversations client and an agent directory). It subscribes once to the client and
 * announces its own changes; elements subscribe through StoreController.
 *
 * A facade: each job is a module in chat/, built here with the modules it needs — the state
 * (state-container), which conversations are our chats (chat-registry, chat-previews), reads
 * (read-tracker), agents (directory-roster), a pair's conversation (direct-conversations), the
 * thread's window (thread-pager), sent messages (sent-messages), sending (message-sender),
 * starting and leaving groups (group-chats), pins and mutes, retention, and the client's events (live-updates). Drafts keep what is typed.
 */
import type { ChatState } from './chat-state.js';
import type { ChatClient } from './conversations/ports.js';
import { describeError } from './conversations/describe-error.js';
import { readAllPages, whenInitialized } from './conversations/initialized.js';
import { limitsOf, type MessageLimits } from './conversations/message-limits.js';
import { DEFAULT_IDLE_DAYS } from './conversations/retention.js';
import type { Agent, AgentDirectory } from './directory/ports.js';
import { memoryStorage, type UserStorage } from './storage/user-storage.js';
import { Drafts } from './drafts.js';
import { peerOf, type ChatId } from './chat/chat-id.js';
import { StateContainer } from './chat/state-container.js';
import { PinsAndMutes } from './chat/pins-and-mutes.js';
import { ReadTracker } from './chat/read-tracker.js';
import { DirectoryRoster } from './chat/directory-roster.js';
import { ChatPreviews } from './chat/chat-previews.js';
import { ChatRegistry } from './chat/chat-registry.js';
import { DirectConversations } from './chat/direct-conversations.js';
import { GroupChats } from './chat/group-chats.js';
import { SentMessages } from './chat/sent-messages.js';
import { ThreadPager } from './chat/thread-pager.js';
import { MessageSender, type OutgoingMessage } from './chat/message-sender.js';
import { Retention } from './chat/retention.js';
import { LiveUpdates } from './chat/live-updates.js';

export type { OutgoingMessage } from './chat/message-sender.js';

export interface ChatStoreOptions {
  client: ChatClient;
  directory: AgentDirectory;
  /** Where pins, mutes, drafts and the outbox are kept for this user; memory when absent. */
  storage?: UserStorage;
  /**
   * Leave chats idle this many days (unpinned, nothing unread), to stay far below Twilio's
   * 1,000-conversation limit; false never leaves any. Default 30.
   */
  retentionDays?: number | false;
}

export class ChatStore {
  readonly #client: ChatClient;
  readonly #storage: UserStorage;
  /** The signed-in agent's identity: '' until the client has initialized. */
  #me = '';
  readonly #state = new StateContainer();
  readonly #drafts: Drafts;
  readonly #pins: PinsAndMutes;
  readonly #reads: ReadTracker;
  readonly #roster: DirectoryRoster;
  readonly #registry: ChatRegistry;
  readonly #groups: GroupChats;
  readonly #messages: SentMessages;
  readonly #pager: ThreadPager;
  readonly #sender: MessageSender;
  readonly #retention: Retention;
  readonly #live: LiveUpdates;

  constructor(options: ChatStoreOptions) {
    this.#client = options.client;
    this.#storage = options.storage ?? memoryStorage();
    const me = () => this.#me;
    const state = this.#state;
    this.#drafts = new Drafts(this.#storage);
    this.#pins = new PinsAndMutes(state, this.#storage);
    this.#reads = new ReadTracker(state);
    this.#roster = new DirectoryRoster(state, options.directory, me);
    this.#registry = new ChatRegistry(state, this.#reads, new ChatPreviews(state, this.#reads, me), this.#roster, me);
    const conversations = new DirectConversations(this.#client, this.#registry, state, me);
    this.#groups = new GroupChats(this.#client, this.#registry, state, me);
    this.#messages = new SentMessages(state, this.#registry, me);
    this.#pager = new ThreadPager(state, this.#registry, conversations, this.#reads, this.#messages, me);
    this.#sender = new MessageSender(state, this.#client, this.#storage, conversations, this.#pager, me);
    this.#retention = new Retention(state, this.#registry, this.#reads, options.retentionDays ?? DEFAULT_IDLE_DAYS);
    this.#live = new LiveUpdates(this.#client, {
      state,
      registry: this.#registry,
      reads: this.#reads,
      messages: this.#messages,
      pager: this.#pager,
      sender: this.#sender,
      retention: this.#retention,
      me,
    });
  }

  get state(): ChatState {
    return this.#state.current;
  }

  /** Calls `listener` after each batch of changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    return this.#state.subscribe(listener);
  }

  /** Connects, loads the user's chats and pins, then keeps them live. */
  async start(): Promise<void> {
    this.#live.listen();
    try {
      await whenInitialized(this.#client);
      this.#me = this.#client.user.identity;
      const [{ pins, muted }, conversations] = await Promise.all([
        this.#pins.load(),
        readAllPages(this.#client.getSubscribedConversations()),
        this.#sender.load(),
        this.#drafts.load(),
      ]);
      this.#retention.joined(conversations.map((c) => c.sid));
      this.#state.update({
        me: { identity: this.#me, displayName: this.#client.user.friendlyName || this.#me, activity: 'Available' },
        pins,
        muted,
        storagePersistent: this.#storage.persistent,
        connection: this.#client.connectionState,
      });
      await Promise.all(conversations.map((c) => this.#registry.chatOf(c)));
      this.#state.update({ startup: 'ready' });
    } catch (error) {
      this.#state.update({ startup: 'failed', startupError: describeError(error, 'actionStart') });
      return;
    }
    const { pins, chats } = this.#state.current;
    void this.#roster.load([this.#me, ...pins.flatMap((chat) => peerOf(chat) ?? []), ...[...chats.values()].flatMap((chat) => chat.members)]);
    void this.search('');
    this.#sender.resume();
    this.#retention.schedule();
  }

  /** Stops listening to the client and the directory. */
  dispose(): void {
    this.#live.dispose();
    this.#roster.dispose();
    this.#retention.dispose();
    this.#reads.flush();
    void this.#drafts.flush();
  }

  /** The agent with this identity, or a stand-in named by the identity until the directory answers. */
  agent(identity: string): Agent {
    return this.#roster.agent(identity);
  }

  /** What the person calls `chat`: the other agent's name, or the group's. */
  chatName(chat: ChatId): string {
    const peer = peerOf(chat);
    return peer ? this.agent(peer).displayName : (this.#state.current.chats.get(chat)?.name ?? '');
  }

  /**
   * Looks agents up in the directory; its answer joins the known agents that match. The newest
   * search wins when answers cross.
   */
  search(text: string): Promise<void> {
    return this.#roster.search(text);
  }

  /**
   * Shows at once the agents already known that match `text` (for each keystroke in a search
   * box, before `search` asks the directory once typing pauses).
   */
  searchKnown(text: string): void {
    this.#roster.searchKnown(text);
  }

  /** Finds agents for a search of the caller's own (the quick switcher's): they join `agents`; the directory's search stays. */
  findAgents(text: string): Promise<void> {
    return this.#roster.find(text);
  }

  /**
   * Starts a group named `name` with `people` (the user is always in it) and resolves to its
   * chat; refused in words (FailureInWords) without a name, with fewer than two others, or
   * past GROUP_MAX_MEMBERS.
   */
  createGroup(name: string, people: readonly string[]): Promise<ChatId> {
    return this.#groups.create(name, people);
  }

  /** Adds `people` to group `chat`. */
  addToGroup(chat: ChatId, people: readonly string[]): Promise<void> {
    return this.#groups.add(chat, people);
  }

  /** The user's team as the directory knows it, the user aside: for a group of the whole team. */
  teammates(): Promise<Agent[]> {
    return this.#roster.teammates();
  }

  /** Renames group `chat` for everyone in it (refused in words without a name). */
  renameGroup(chat: ChatId, name: string): Promise<void> {
    return this.#groups.rename(chat, name);
  }

  /** Leaves group `chat`: it leaves the list, and the others see the user go. */
  leaveGroup(chat: ChatId): Promise<void> {
    return this.#groups.leave(chat);
  }

  /** Shows `chat`, loading its latest messages. Creates nothing. */
  openChat(chat: ChatId): Promise<void> {
    return this.#pager.open(chat);
  }

  /** Brings the newest messages back into the window (after reading far back in history). */
  showLatest(chat: ChatId): Promise<void> {
    return this.#pager.showLatest(chat);
  }

  closeChat(): void {
    this.#pager.close();
  }

  /** Loads the page before the oldest message shown; the newest beyond the window are dropped. */
  loadOlder(chat: ChatId): Promise<void> {
    return this.#pager.loadPage(chat, 'older');
  }

  /** Loads the page after the newest message shown, when the window is back in history. */
  loadNewer(chat: ChatId): Promise<void> {
    return this.#pager.loadPage(chat, 'newer');
  }

  /**
   * Sends text and attachments as one message, creating the chat's conversation on the first
   * message. It shows at once; it waits in the outbox while offline and goes out, in order,
   * once the connection is back; a failure stays in the thread with words and a retry.
   * Resolves when this message has been sent or has failed.
   */
  send(chat: ChatId, message: OutgoingMessage): Promise<void> {
    this.saveDraft(chat, '');
    return this.#sender.send(chat, message);
  }

  /** Sends a failed message again, with the same client id so it can never arrive twice. */
  retry(chat: ChatId, key: string): Promise<void> {
    return this.#sender.retry(chat, key);
  }

  /** What one message in `chat` may carry: the conversation's own limits once it exists. */
  messageLimits(chat: ChatId): MessageLimits {
    return limitsOf(this.#registry.conversation(chat));
  }

  /** The unsent text of `chat` (kept per user across reloads). */
  draft(chat: ChatId): string {
    return this.#drafts.get(chat);
  }

  /** Keeps what the person has typed in `chat` so far; stored shortly after they pause. */
  saveDraft(chat: ChatId, text: string): void {
    this.#drafts.set(chat, text);
  }

  /** Changes the text of one of the user's own messages, for both sides. */
  editMessage(chat: ChatId, key: string, body: string): Promise<void> {
    return this.#messages.edit(chat, key, body);
  }

  /** Deletes one of the user's own messages, for both sides; an unsent one just leaves the outbox. */
  deleteMessage(chat: ChatId, key: string): Promise<void> {
    return this.#sender.isUnsent(key) ? this.#sender.discard(chat, key) : this.#messages.delete(chat, key);
  }

  /** Tells the chat's other members that this user is typing. */
  async notifyTyping(chat: ChatId): Promise<void> {
    await this.#registry.conversation(chat)?.typing().catch(() => {}); // Typing is best effort.
  }

  /** The chat the person is looking at right now (null when hidden); it is kept read. */
  setViewing(chat: ChatId | null): void {
    this.#reads.setViewing(chat, chat ? this.#registry.conversation(chat) : undefined);
  }

  pin(chat: ChatId): Promise<void> {
    return this.#pins.pin(chat);
  }

  unpin(chat: ChatId): Promise<void> {
    return this.#pins.unpin(chat);
  }

  /** Moves a pinned chat to `index` among the pins (clamped). */
  movePin(chat: ChatId, index: number): Promise<void> {
    return this.#pins.movePin(chat, index);
  }

  mute(chat: ChatId): Promise<void> {
    return this.#pins.mute(chat);
  }

  unmute(chat: ChatId): Promise<void> {
    return this.#pins.unmute(chat);
  }

  /**
   * Leaves chats idle longer than the retention period that are not pinned and hold nothing
   * unread, oldest first, a small batch at a time; returns the chats left. Each chat's
   * unique name is freed first, so either agent can start a new chat later; a chat whose name
   * can't be freed is kept, never left stranded.
   */
  leaveIdleChats(now = new Date()): Promise<ChatId[]> {
    return this.#retention.leaveIdleChats(now);
  }

  /** A short-lived URL for an attachment, fetched on demand (never stored). */
  attachmentUrl(messageKey: string, mediaSid: string): Promise<string | null> {
    return this.#messages.attachmentUrl(messageKey, mediaSid);
  }

  dismissNotice(): void {
    this.#state.update({ notice: null });
  }
}
