/**
 * The embedded Conversations client: the SDK Client's shape over IndexedDB, live across the tabs
 * of one origin. Every change is stored together with an entry in a change log; a BroadcastChannel
 * notice (sent after commit) tells other tabs to replay the log from their cursor. Replaying from
 * one ordered log gives every client the same events, in commit order, exactly once, and lets an
 * offline client catch up on everything when it comes back.
 */
import type { ConnectionState, ConversationUpdateReason, JSONValue, Paginator } from '@twilio/conversations';
import type { ChatClient, ClientEvents } from '../conversations/ports.js';
import type { ConversationHost } from './conversation-host.js';
import { ConversationsDatabase, messageKey, type LogSlice } from './conversations-database.js';
import { TypedEmitter } from './emitter.js';
import { conversationNotFound, disconnected, notAuthorized } from './local-errors.js';
import { LocalConversation } from './local-conversation.js';
import { pageOver } from '../conversations/sdk-paginator.js';
import { LocalParticipant, LocalUser } from './local-participant.js';
import type { LogEntry, MessageRecord } from './records.js';
import { TypingTimers } from './typing-timers.js';

export interface LocalConversationsClientOptions {
  /** IndexedDB database (and BroadcastChannel) name; clients sharing it talk to each other. */
  database?: string;
  /** How long after the last `typing()` the others see `typingEnded`. */
  typingTimeoutMs?: number;
  friendlyName?: string;
  /** Conversations one identity may take part in; the service's limit is 1000. */
  conversationLimit?: number;
  /** How long a media temporary URL lives before it is revoked. */
  mediaUrlLifetimeMs?: number;
}

/**
 * Posted on the BroadcastChannel after a commit, with what it appended to the log: a receiver
 * whose cursor it follows on from replays it as it is; any other reads the log from IndexedDB.
 */
type Notice =
  | { kind: 'log'; appended?: LogSlice }
  | { kind: 'typing'; conversationSid: string; identity: string; timeoutMs: number };

const SUBSCRIBED_PAGE_SIZE = 50;

export class LocalConversationsClient extends TypedEmitter<ClientEvents> implements ChatClient {
  readonly user: LocalUser;
  private state: ConnectionState = 'unknown';
  private readonly database: string;
  private readonly typingTimeoutMs: number;
  private readonly conversationLimit: number;
  private readonly mediaUrlLifetimeMs: number;
  private db?: ConversationsDatabase;
  private channel?: BroadcastChannel;
  private readonly ready: Promise<void>;
  private initialized = false;
  private offline = false;
  private shut = false;
  /** The last log entry applied to this client's objects. */
  private cursor = 0;
  private pumping: Promise<void>;
  private queuedPump: Promise<void> | null = null;
  /** What commits (ours, and notices of other tabs') appended since the last replay. */
  private heard: LogSlice[] = [];
  /** The next replay reads the log rather than trusting what was heard (after a gap in hearing). */
  private mustRead = true;
  private readonly conversations = new Map<string, LocalConversation>();
  private readonly typing = new TypingTimers<LocalParticipant>();
  private readonly objectUrls = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly host: ConversationHost;

  /** Starts connecting at once; listen for `initialized` / `initFailed`, or use `create()`. */
  constructor(
    readonly identity: string,
    options: LocalConversationsClientOptions = {},
  ) {
    super();
    this.database = options.database ?? 'iac-local';
    this.typingTimeoutMs = options.typingTimeoutMs ?? 5000;
    this.conversationLimit = options.conversationLimit ?? 1000;
    this.mediaUrlLifetimeMs = options.mediaUrlLifetimeMs ?? 5 * 60 * 1000;
    this.user = new LocalUser(identity, options.friendlyName ?? null, true);
    this.host = {
      identity,
      read: (op) => this.read(op),
      write: (op) => this.write(op),
      catchUp: () => this.catchUp(),
      announceTyping: (sid) => this.announceTyping(sid),
      temporaryUrl: (blob) => this.temporaryUrl(blob),
    };
    this.ready = this.start(options.friendlyName);
    this.ready.catch(() => {});
    this.pumping = this.ready.catch(() => {});
  }

  /** A client that has finished initializing (rejects when it cannot start). */
  static async create(identity: string, options?: LocalConversationsClientOptions): Promise<LocalConversationsClient> {
    const client = new LocalConversationsClient(identity, options);
    await client.ready;
    return client;
  }

  get connectionState(): ConnectionState {
    return this.state;
  }

  async getUser(identity: string): Promise<LocalUser> {
    if (identity === this.identity) return this.user;
    const record = await this.read((db) => db.getUser(identity));
    return new LocalUser(identity, record?.friendlyName ?? null, record ? true : null);
  }

  /** Every conversation I take part in, 50 a page, in no particular order (like the SDK). */
  async getSubscribedConversations(): Promise<Paginator<LocalConversation>> {
    await this.catchUp();
    return pageOver(this.joined(), SUBSCRIBED_PAGE_SIZE);
  }

  async getConversationBySid(sid: string): Promise<LocalConversation> {
    await this.catchUp();
    const conversation = this.conversations.get(sid);
    if (conversation?.status !== 'joined') throw conversationNotFound();
    return conversation;
  }

  /** Finds only conversations I take part in, like the service. */
  async getConversationByUniqueName(uniqueName: string): Promise<LocalConversation> {
    await this.catchUp();
    const conversation = this.joined().find((c) => c.uniqueName === uniqueName);
    if (!conversation) throw conversationNotFound();
    return conversation;
  }

  /** Rejects with code 50353 when the uniqueName is taken, even by a racing tab. */
  async createConversation(
    options: { uniqueName?: string; friendlyName?: string; attributes?: JSONValue } = {},
  ): Promise<LocalConversation> {
    const sid = await this.write((db) => db.createConversation(this.identity, options));
    const conversation = this.conversations.get(sid);
    if (!conversation) throw disconnected();
    return conversation;
  }

  async updateToken(_token: string): Promise<LocalConversationsClient> {
    return this;
  }

  /** Simulates a dropped connection: calls reject with "disconnected", events wait. */
  goOffline(): void {
    if (this.offline || this.shut) return;
    // Nobody can tell who is still typing once we stop hearing them.
    this.endAllTyping();
    this.offline = true;
    this.heard = []; // Notices go unheard from now on.
    this.mustRead = true;
    this.setState('disconnected');
  }

  /** Restores the connection and delivers, in order, every event missed meanwhile. */
  async goOnline(): Promise<void> {
    if (!this.offline || this.shut) return;
    this.offline = false;
    if (!this.initialized) return; // start() finishes connecting.
    this.setState('connecting');
    this.setState('connected');
    await this.pump();
  }

  async shutdown(): Promise<void> {
    if (this.shut) return;
    this.endAllTyping();
    this.shut = true;
    this.channel?.close();
    for (const [url, timer] of this.objectUrls) {
      clearTimeout(timer);
      URL.revokeObjectURL(url);
    }
    this.objectUrls.clear();
    await this.pumping;
    this.db?.close();
    this.setState('disconnected');
  }

  private async start(friendlyName: string | undefined): Promise<void> {
    await Promise.resolve(); // The SDK reports after its constructor has returned.
    this.setState('connecting');
    try {
      const db = await ConversationsDatabase.open(this.database, this.conversationLimit, (appended) => this.committed(appended));
      if (this.shut) return db.close();
      this.db = db;
      // Listen before loading: a notice that arrives meanwhile is replayed from the loaded cursor.
      this.openChannel();
      if (friendlyName !== undefined) await db.putUser({ identity: this.identity, friendlyName });
      const { cursor, conversations } = await db.loadFor(this.identity);
      this.cursor = cursor;
      for (const { conversation: record, participants } of conversations) {
        const conversation = new LocalConversation(this.host, record);
        conversation._setParticipants(participants);
        conversation._setStatus('joined');
        this.conversations.set(record.sid, conversation);
      }
      void db.pruneLog().catch(() => {});
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.setState('error');
      this.emit('connectionError', { terminal: true, message });
      this.emit('initFailed', { error: { terminal: true, message } });
      throw error;
    }
    if (this.shut) return;
    this.initialized = true;
    this.setState(this.offline ? 'disconnected' : 'connected');
    // Like the SDK, the conversations loaded at start-up are announced too.
    for (const conversation of this.conversations.values()) {
      this.emit('conversationAdded', conversation);
      this.emit('conversationJoined', conversation);
    }
    this.emit('initialized');
  }

  private openChannel(): void {
    // Without BroadcastChannel this client still works, alone in its tab.
    if (typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(`iac-local:${this.database}`);
    this.channel.onmessage = ({ data }: MessageEvent<Notice>) => {
      if (this.offline || this.shut) return;
      if (data.kind === 'log') {
        if (data.appended) this.heard.push(data.appended);
        else this.mustRead = true;
        void this.pump().catch(() => {});
      }
      else if (data.kind === 'typing') this.onTyping(data.conversationSid, data.identity, data.timeoutMs);
    };
  }

  private post(notice: Notice): void {
    if (!this.shut) this.channel?.postMessage(notice);
  }

  private setState(state: ConnectionState): void {
    if (this.state === state) return;
    this.state = state;
    this.emit('connectionStateChanged', state);
  }

  private async usable(): Promise<ConversationsDatabase> {
    if (this.shut) throw new Error('The client has been shut down.');
    if (this.offline) throw disconnected();
    await this.ready;
    if (this.offline) throw disconnected();
    return this.db!;
  }

  private async read<T>(op: (db: ConversationsDatabase) => Promise<T>): Promise<T> {
    return op(await this.usable());
  }

  private async write<T>(op: (db: ConversationsDatabase) => Promise<T>): Promise<T> {
    const result = await op(await this.usable());
    await this.pump(); // Our own change's events come before the call resolves, as in the SDK.
    return result;
  }

  /** A change of ours has committed: every tab hears what it appended. */
  private committed(appended: LogSlice): void {
    if (this.shut) return;
    this.heard.push(appended);
    this.post({ kind: 'log', appended });
  }

  /** Brings this client up to everything committed so far, heard of or not (another tab's notice may be on its way). */
  private async catchUp(): Promise<void> {
    await this.usable();
    this.mustRead = true;
    await this.pump();
    if (this.offline) throw disconnected();
  }

  /** Replays the log; calls made while a replay is queued share it. */
  private pump(): Promise<void> {
    if (this.queuedPump) return this.queuedPump;
    const run = this.pumping.then(() => {
      this.queuedPump = null;
      return this.drain();
    });
    this.queuedPump = run;
    this.pumping = run.catch(() => {});
    return run;
  }

  private async drain(): Promise<void> {
    if (this.offline || this.shut || !this.db) return;
    let slice = this.mustRead ? null : this.takeHeard();
    this.heard = [];
    this.mustRead = false;
    try {
      slice ??= await this.db.readLog(this.cursor);
    } catch (error) {
      this.mustRead = true; // What was heard is gone: the next replay reads it.
      throw error;
    }
    const { entries, messages } = slice;
    const vanished = new Set<string>();
    for (const entry of entries) {
      // A listener may take us offline mid-way: the rest waits for goOnline().
      if (this.offline || this.shut) return;
      if (entry.seq <= this.cursor) continue;
      this.cursor = entry.seq;
      this.apply(entry, messages, vanished);
    }
  }

  /**
   * What was heard since the last replay, when it follows on from the cursor without a gap; null
   * when an entry between is missing (another tab's notice still on its way): the log is read then.
   */
  private takeHeard(): LogSlice | null {
    const entries = this.heard
      .flatMap((slice) => slice.entries)
      .filter((entry) => entry.seq > this.cursor)
      .sort((a, b) => a.seq - b.seq);
    if (entries.some((entry, i) => entry.seq !== this.cursor + 1 + i)) return null;
    return { entries, messages: new Map(this.heard.flatMap((slice) => [...slice.messages])) };
  }

  /** Turns one log entry into this client's events; only participants hear a conversation. */
  private apply(entry: LogEntry, messages: Map<string, MessageRecord>, vanished: Set<string>): void {
    const sid = entry.conversation.sid;
    let conversation = this.conversations.get(sid);
    if (entry.kind === 'participantJoined' && entry.participant.identity === this.identity) {
      if (conversation?.status === 'joined') return;
      conversation ??= new LocalConversation(this.host, entry.conversation);
      this.conversations.set(sid, conversation);
      conversation._update(entry.conversation);
      conversation._setParticipants(entry.participants);
      conversation._setStatus('joined');
      this.emit('conversationAdded', conversation);
      this.emit('conversationJoined', conversation);
      return;
    }
    if (!conversation || conversation.status !== 'joined') return;
    conversation._update(entry.conversation);

    switch (entry.kind) {
      case 'participantJoined': {
        const participant = conversation._participant(entry.participant);
        conversation.emit('participantJoined', participant);
        this.emit('participantJoined', participant);
        return;
      }
      case 'participantLeft': {
        const participant = conversation._participant(entry.participant);
        this.stopTyping(participant);
        conversation._removeParticipant(participant.identity);
        if (participant.identity === this.identity) return this.leave(conversation, false);
        conversation.emit('participantLeft', participant);
        this.emit('participantLeft', participant);
        return;
      }
      case 'participantUpdated': {
        const participant = conversation._participant(entry.participant);
        const data = { participant, updateReasons: entry.reasons };
        conversation.emit('participantUpdated', data);
        this.emit('participantUpdated', data);
        if (participant.identity === this.identity) this.conversationUpdated(conversation, ['lastReadMessageIndex']);
        return;
      }
      case 'conversationUpdated':
        return this.conversationUpdated(conversation, entry.reasons);
      case 'conversationRemoved':
        return this.leave(conversation, true);
      case 'messagesAdded': {
        for (let index = entry.from; index <= entry.to; index++) {
          const record = messages.get(messageKey(sid, index));
          if (!record) {
            // Removed before we replayed its addition: announce neither.
            vanished.add(messageKey(sid, index));
            continue;
          }
          const author = conversation._participantByIdentity(record.author);
          if (author) this.stopTyping(author);
          const message = conversation._message(record);
          conversation.emit('messageAdded', message);
          this.emit('messageAdded', message);
        }
        this.conversationUpdated(conversation, ['lastMessage']);
        return;
      }
      case 'messageUpdated': {
        const record = messages.get(messageKey(sid, entry.index));
        if (!record) return;
        const data = { message: conversation._message(record), updateReasons: entry.reasons };
        conversation.emit('messageUpdated', data);
        this.emit('messageUpdated', data);
        return;
      }
      case 'messageRemoved': {
        if (vanished.has(messageKey(sid, entry.message.index))) return;
        const message = conversation._forgetMessage(entry.message);
        conversation.emit('messageRemoved', message);
        this.emit('messageRemoved', message);
        return;
      }
    }
  }

  private conversationUpdated(conversation: LocalConversation, updateReasons: ConversationUpdateReason[]): void {
    const data = { conversation, updateReasons };
    conversation.emit('updated', data);
    this.emit('conversationUpdated', data);
  }

  /** I left, was removed, or the conversation was deleted: the SDK's order of events. */
  private leave(conversation: LocalConversation, deleted: boolean): void {
    // No events of a conversation after leaving it, typingEnded included.
    for (const participant of this.typing.stopAll((p) => p.conversation === conversation)) {
      participant._setTyping(false);
    }
    conversation._setStatus('notParticipating');
    if (deleted) this.conversations.delete(conversation.sid);
    this.emit('conversationLeft', conversation);
    this.emit('conversationRemoved', conversation);
    conversation.emit('removed', conversation);
  }

  private async announceTyping(conversationSid: string): Promise<void> {
    await this.usable();
    if (this.conversations.get(conversationSid)?.status !== 'joined') throw notAuthorized();
    this.post({ kind: 'typing', conversationSid, identity: this.identity, timeoutMs: this.typingTimeoutMs });
  }

  private onTyping(conversationSid: string, identity: string, timeoutMs: number): void {
    const conversation = this.conversations.get(conversationSid);
    if (identity === this.identity || conversation?.status !== 'joined') return;
    const participant = conversation._participantByIdentity(identity);
    if (!participant) return;
    if (!this.typing.start(participant, timeoutMs, (p) => this.typingEnded(p))) return;
    participant._setTyping(true);
    conversation.emit('typingStarted', participant);
    this.emit('typingStarted', participant);
  }

  private stopTyping(participant: LocalParticipant): void {
    if (this.typing.stop(participant)) this.typingEnded(participant);
  }

  private typingEnded(participant: LocalParticipant): void {
    participant._setTyping(false);
    participant.conversation.emit('typingEnded', participant);
    this.emit('typingEnded', participant);
  }

  private endAllTyping(): void {
    for (const participant of this.typing.stopAll()) this.typingEnded(participant);
  }

  private temporaryUrl(blob: Blob): string {
    const url = URL.createObjectURL(blob);
    this.objectUrls.set(
      url,
      setTimeout(() => {
        this.objectUrls.delete(url);
        URL.revokeObjectURL(url);
      }, this.mediaUrlLifetimeMs),
    );
    return url;
  }

  private joined(): LocalConversation[] {
    return [...this.conversations.values()].filter((c) => c.status === 'joined');
  }
}
