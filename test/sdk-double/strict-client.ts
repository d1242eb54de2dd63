/**
 * The strict double's Client: `new Client(token, options)` against a shared in-memory service,
 * following the SDK's documented behaviour and quirks rather than what is convenient:
 * - it starts connecting at once and reports `initialized` (or `initFailed`) only later;
 * - calls made before then wait for it; after a failed start they reject with the failure when
 *   `throwErrorsAlways` is set and die with a TypeError when it is not, as the SDK's do;
 * - every change (its own included) arrives as an event after the call that caused it resolved;
 * - a dropped connection rejects calls with "disconnected" and holds events until it is back;
 * - tokens announce their expiry (`tokenAboutToExpire`, `tokenExpired`) and `updateToken` renews.
 */
import type { ConnectionState, ConversationUpdateReason, JSONValue, Paginator } from '@twilio/conversations';
import type { ChatClient, ClientEvents } from '../../src/services/conversations/ports.js';
import type { ClientLink } from './client-link.js';
import { DoubleEmitter } from './emitter.js';
import { ServiceError, disconnected, uninitialized, type ConnectionError } from './errors.js';
import type { Change, ConversationRow, ParticipantRow } from './records.js';
import type { ConversationsServiceDouble } from './service.js';
import { StrictConversation } from './strict-conversation.js';
import { pageOver } from '../../src/services/conversations/sdk-paginator.js';
import { StrictUser, type StrictParticipant } from './strict-participant.js';

/** The options of the SDK's ClientOptions that the double reads. */
export interface StrictClientOptions {
  throwErrorsAlways?: boolean;
  [option: string]: unknown;
}

const later = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class StrictClient extends DoubleEmitter<ClientEvents> implements ChatClient {
  readonly #service: ConversationsServiceDouble;
  readonly #throwErrorsAlways: boolean;
  #token: string;
  #state: ConnectionState = 'connecting';
  #user = new StrictUser('', null, null);
  readonly #ready: Promise<void>;
  #settle!: { resolve: () => void; reject: (error: ConnectionError) => void };
  #offline = false;
  #shut = false;
  readonly #held: Change[] = [];
  readonly #conversations = new Map<string, StrictConversation>();
  readonly #announced = new Set<string>();
  readonly #typing = new Map<StrictParticipant, ReturnType<typeof setTimeout>>();
  #tokenTimers: Array<ReturnType<typeof setTimeout>> = [];
  readonly #urls = new Map<string, ReturnType<typeof setTimeout>>();
  #unsubscribe = () => {};
  readonly #link: ClientLink;

  constructor(service: ConversationsServiceDouble, token: string, options: StrictClientOptions | null = {}) {
    super();
    this.#service = service;
    this.#token = token;
    this.#throwErrorsAlways = options?.throwErrorsAlways === true;
    this.#ready = new Promise<void>((resolve, reject) => (this.#settle = { resolve, reject }));
    this.#ready.catch(() => {});
    const client = this;
    this.#link = {
      get identity() {
        return client.#user.identity;
      },
      service,
      call: (what, op, how) => this.#call(what, op, how),
      temporaryUrl: (content) => this.#temporaryUrl(content),
    };
    setTimeout(() => this.#start(), service.latencyMs);
  }

  get connectionState(): ConnectionState {
    return this.#state;
  }

  /** Before start-up completes, an uninitialized user with an empty identity. */
  get user(): StrictUser {
    return this.#user;
  }

  getUser(identity: string): Promise<StrictUser> {
    return this.#call('users', () =>
      identity === this.#user.identity
        ? this.#user
        : new StrictUser(identity, this.#service.friendlyName(identity), this.#service.isOnline(identity)),
    );
  }

  /** The conversations this client has heard of, 50 a page (by default), in no particular order. */
  getSubscribedConversations(): Promise<Paginator<StrictConversation>> {
    return this.#call('conversations', () => {
      const joined = [...this.#conversations.values()].filter((c) => c.status === 'joined');
      return pageOver(joined, this.#service.subscribedPageSize);
    }, { cached: true });
  }

  getConversationBySid(sid: string): Promise<StrictConversation> {
    return this.#call('conversations', () => this.#adopt(this.#service.conversationBySid(this.#user.identity, sid)));
  }

  /** Finds only conversations the user takes part in; others are "not found" (50350). */
  getConversationByUniqueName(uniqueName: string): Promise<StrictConversation> {
    return this.#call('conversations', () => this.#adopt(this.#service.conversationByUniqueName(this.#user.identity, uniqueName)));
  }

  /** Rejects with 50353 when the uniqueName is taken. Its events follow later. */
  createConversation(options: { uniqueName?: string; friendlyName?: string; attributes?: JSONValue } = {}): Promise<StrictConversation> {
    return this.#call('conversations', () => {
      const row = this.#service.createConversation(this.#user.identity, options);
      return this.#adopt(this.#service.conversationBySid(this.#user.identity, row.sid));
    });
  }

  async updateToken(token: string): Promise<StrictClient> {
    await this.#ready.catch(() => {});
    const grant = this.#service.tokenGrant(token);
    if (!grant || grant.expiresAt <= Date.now()) throw new ServiceError(20101, 401, 'Unauthorized', 'Invalid Access Token');
    if (grant.identity !== this.#user.identity) throw new Error('The new token is for a different identity');
    this.#token = token;
    this.#scheduleTokenEvents(grant.expiresAt);
    if (this.#state === 'denied' && !this.#offline) this.#reconnect();
    return this;
  }

  async shutdown(): Promise<void> {
    await this.#ready.catch(() => {});
    if (this.#shut) return;
    this.#shut = true;
    this.#unsubscribe();
    this.#tokenTimers.forEach(clearTimeout);
    this.#typing.forEach(clearTimeout);
    this.#typing.clear();
    for (const [url, timer] of this.#urls) {
      clearTimeout(timer);
      URL.revokeObjectURL(url);
    }
    this.#urls.clear();
    this.#setState('disconnected');
  }

  /** Test control: drops the connection. Calls reject with "disconnected"; events wait. */
  goOffline(): void {
    if (this.#offline || this.#shut) return;
    this.#offline = true;
    for (const participant of [...this.#typing.keys()]) this.#typingEnded(participant);
    this.#setState('disconnected');
  }

  /** Test control: restores the connection and delivers, in order, what was missed meanwhile. */
  async goOnline(): Promise<void> {
    if (!this.#offline || this.#shut) return;
    this.#offline = false;
    if (this.#state !== 'denied') this.#reconnect();
  }

  // ——— start-up and connection ———

  #start(): void {
    if (this.#shut) return;
    const grant = this.#service.tokenGrant(this.#token);
    if (!grant || grant.expiresAt <= Date.now()) {
      const error: ConnectionError = { terminal: true, message: grant ? 'Token expired' : 'Invalid Access Token' };
      this.#setState('denied');
      this.emit('connectionError', error);
      this.#settle.reject(error);
      this.emit('initFailed', { error });
      return;
    }
    // As in the SDK, the socket is up ('connected') before the client has loaded its user and
    // conversations: until `initialized` the user is uninitialized, with an empty identity.
    this.#setState(this.#offline ? 'disconnected' : 'connected');
    setTimeout(() => this.#initialize(grant.identity, grant.expiresAt), this.#service.initializationMs);
  }

  #initialize(identity: string, expiresAt: number): void {
    this.#unsubscribe = this.#service.subscribe({ identity, receive: (change) => this.#receive(change) });
    const loaded = this.#service.snapshotFor(identity).map((snapshot) => this.#adopt(snapshot));
    // The SDK starts fetching the user's conversations before it reports `initialized`, and
    // announces each as it arrives: the first may come while the user is still uninitialized.
    const [early, ...rest] = loaded;
    if (early) this.#announce(early);
    this.#user = new StrictUser(identity, this.#service.friendlyName(identity), true);
    this.#scheduleTokenEvents(expiresAt);
    this.#settle.resolve();
    this.emit('initialized');
    setTimeout(() => rest.forEach((conversation) => this.#announce(conversation)), this.#service.latencyMs);
  }

  async #call<T>(what: string, op: () => T, how = { cached: false }): Promise<T> {
    try {
      await this.#ready;
    } catch (error) {
      if (this.#throwErrorsAlways) throw error;
      throw uninitialized(what);
    }
    this.#checkConnected();
    if (how.cached) return op();
    await later(this.#service.latencyMs); // A round trip: nothing the service answers resolves synchronously.
    this.#checkConnected();
    return op();
  }

  #checkConnected(): void {
    if (this.#shut || this.#offline || this.#state !== 'connected') throw disconnected();
  }

  #setState(state: ConnectionState): void {
    if (this.#state === state) return;
    this.#state = state;
    this.emit('connectionStateChanged', state);
  }

  #reconnect(): void {
    this.#setState('connecting');
    this.#setState('connected');
    for (const change of this.#held.splice(0)) this.#apply(change);
  }

  #scheduleTokenEvents(expiresAt: number): void {
    this.#tokenTimers.forEach(clearTimeout);
    const left = expiresAt - Date.now();
    this.#tokenTimers = [
      setTimeout(() => this.emit('tokenAboutToExpire'), Math.max(0, left - this.#service.tokenWarningMs)),
      setTimeout(() => {
        this.emit('tokenExpired');
        this.#setState('denied');
      }, left),
    ];
  }

  #temporaryUrl(content: Blob): string {
    const url = URL.createObjectURL(content);
    this.#urls.set(
      url,
      setTimeout(() => {
        this.#urls.delete(url);
        URL.revokeObjectURL(url);
      }, this.#service.mediaUrlLifetimeMs),
    );
    return url;
  }

  // ——— replicas and the service's changes ———

  /** The client's object for a conversation it takes part in, fresh from a service answer. */
  #adopt({ row, participants }: { row: ConversationRow; participants: readonly ParticipantRow[] }): StrictConversation {
    const conversation = this.#replica(row);
    if (conversation.status !== 'joined') {
      conversation._update(row);
      conversation._setParticipants(participants);
      conversation._setStatus('joined');
    }
    return conversation;
  }

  #replica(row: ConversationRow): StrictConversation {
    let conversation = this.#conversations.get(row.sid);
    if (!conversation) this.#conversations.set(row.sid, (conversation = new StrictConversation(this.#link, row)));
    return conversation;
  }

  #announce(conversation: StrictConversation): void {
    if (this.#announced.has(conversation.sid) || conversation.status !== 'joined') return;
    this.#announced.add(conversation.sid);
    this.emit('conversationAdded', conversation);
    this.emit('conversationJoined', conversation);
  }

  /** Changes travel the network too: they arrive after the call that caused them has resolved. */
  #receive(change: Change): void {
    setTimeout(() => {
      if (this.#shut) return;
      if (this.#offline || this.#state !== 'connected') this.#held.push(change);
      else this.#apply(change);
    }, this.#service.latencyMs);
  }

  #apply(change: Change): void {
    const me = this.#user.identity;
    if (change.kind === 'joined') {
      const conversation = this.#replica(change.conversation);
      conversation._update(change.conversation);
      conversation._setParticipants(change.participants);
      conversation._setStatus('joined');
      return this.#announce(conversation);
    }
    const conversation = this.#conversations.get(change.conversation.sid);
    if (!conversation || conversation.status !== 'joined') return;
    conversation._update(change.conversation);
    switch (change.kind) {
      case 'participantJoined': {
        const participant = conversation._participant(change.participant);
        conversation.emit('participantJoined', participant);
        return this.emit('participantJoined', participant);
      }
      case 'participantLeft': {
        const participant = conversation._participant(change.participant);
        if (this.#typing.has(participant)) this.#typingEnded(participant);
        conversation._removeParticipant(participant.identity);
        if (participant.identity === me) return this.#leave(conversation, false);
        conversation.emit('participantLeft', participant);
        return this.emit('participantLeft', participant);
      }
      case 'participantUpdated': {
        const data = { participant: conversation._participant(change.participant), updateReasons: change.reasons };
        conversation.emit('participantUpdated', data);
        this.emit('participantUpdated', data);
        if (change.participant.identity === me) this.#conversationUpdated(conversation, ['lastReadMessageIndex']);
        return;
      }
      case 'conversationUpdated':
        return this.#conversationUpdated(conversation, change.reasons);
      case 'conversationRemoved':
        return this.#leave(conversation, true);
      case 'messageAdded': {
        const author = conversation._participantByIdentity(change.message.author);
        if (author && this.#typing.has(author)) this.#typingEnded(author);
        const message = conversation._message(change.message);
        conversation.emit('messageAdded', message);
        return this.emit('messageAdded', message);
      }
      case 'messageUpdated': {
        const data = { message: conversation._message(change.message), updateReasons: change.reasons };
        conversation.emit('messageUpdated', data);
        return this.emit('messageUpdated', data);
      }
      case 'messageRemoved': {
        const message = conversation._forgetMessage(change.message);
        conversation.emit('messageRemoved', message);
        return this.emit('messageRemoved', message);
      }
      case 'typing':
        return this.#typingStarted(conversation, change.identity);
    }
  }

  #conversationUpdated(conversation: StrictConversation, updateReasons: ConversationUpdateReason[]): void {
    const data = { conversation, updateReasons };
    conversation.emit('updated', data);
    this.emit('conversationUpdated', data);
  }

  #leave(conversation: StrictConversation, deleted: boolean): void {
    for (const [participant, timer] of this.#typing) {
      if (participant.conversation !== conversation) continue;
      clearTimeout(timer);
      this.#typing.delete(participant);
      participant._setTyping(false);
    }
    conversation._setStatus('notParticipating');
    this.#announced.delete(conversation.sid);
    if (deleted) this.#conversations.delete(conversation.sid);
    this.emit('conversationLeft', conversation);
    this.emit('conversationRemoved', conversation);
    conversation.emit('removed', conversation);
  }

  #typingStarted(conversation: StrictConversation, identity: string): void {
    const participant = conversation._participantByIdentity(identity);
    if (!participant) return;
    const running = this.#typing.get(participant);
    clearTimeout(running);
    this.#typing.set(
      participant,
      setTimeout(() => this.#typingEnded(participant), this.#service.typingTimeoutMs),
    );
    if (running !== undefined) return;
    participant._setTyping(true);
    conversation.emit('typingStarted', participant);
    this.emit('typingStarted', participant);
  }

  #typingEnded(participant: StrictParticipant): void {
    clearTimeout(this.#typing.get(participant));
    this.#typing.delete(participant);
    participant._setTyping(false);
    participant.conversation.emit('typingEnded', participant);
    this.emit('typingEnded', participant);
  }
}
