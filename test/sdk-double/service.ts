/**
 * The double's in-memory Conversations service: the state every client of one page shares,
 * checked and changed synchronously (as one REST call each), with every change pushed to the
 * connected clients of the identities it concerns. Several clients (identities, or tabs of one
 * identity) on one service chat with one another.
 */
import type { ConversationUpdateReason, JSONValue, MessageUpdateReason } from '@twilio/conversations';
import {
  conversationNotFound,
  conversationsLimit,
  notAuthorized,
  participantExists,
  uniqueNameExists,
} from './errors.js';
import type { Change, ConversationRow, MediaRow, MessageRow, ParticipantRow, Subscriber } from './records.js';
import { newSid } from './records.js';
import { ServiceRoles, type DoubleRole } from './roles.js';

export interface ServiceDoubleOptions {
  /** How long after the last `typing()` the others see `typingEnded` (the service's default is 5 s). */
  typingTimeoutMs?: number;
  /** Network delay of each call and each pushed change. */
  latencyMs?: number;
  /**
   * How long a client takes, after its socket connects (`connectionState` 'connected'), to load
   * what it needs and report `initialized` (default: `latencyMs`). Flex loads plugins in that gap.
   */
  initializationMs?: number;
  /** Conversations per page of `getSubscribedConversations()`. */
  subscribedPageSize?: number;
  /** How long a media temporary URL works. */
  mediaUrlLifetimeMs?: number;
  /** Conversations one identity may take part in; Twilio's limit is 1000. */
  conversationLimit?: number;
  /** How long before a token expires the client hears `tokenAboutToExpire`. */
  tokenWarningMs?: number;
  /**
   * Who may do what (default: Flex's roles after `npx internal-agent-chat setup --yes`;
   * `ServiceRoles.flexDefaults()` for a Flex nobody has set up).
   */
  roles?: ServiceRoles;
}

export interface MessageDraft {
  body: string | null;
  attributes: JSONValue;
  media: ReadonlyArray<{ content: Blob; filename: string | null; contentType: string }>;
}

interface Stored {
  row: ConversationRow;
  readonly participants: Map<string, ParticipantRow>;
  /** Each participant's conversation role: the creator's default, or the default for those added. */
  readonly roles: Map<string, DoubleRole>;
  /** Ascending by index. */
  messages: MessageRow[];
  nextIndex: number;
}

export interface MessagesPage {
  rows: MessageRow[];
  hasPrevPage: boolean;
  hasNextPage: boolean;
}

export class ConversationsServiceDouble {
  readonly typingTimeoutMs: number;
  readonly latencyMs: number;
  readonly initializationMs: number;
  readonly subscribedPageSize: number;
  readonly mediaUrlLifetimeMs: number;
  readonly tokenWarningMs: number;
  /** Test control: grant or revoke what an admin would. */
  readonly roles: ServiceRoles;
  readonly #conversationLimit: number;
  readonly #conversations = new Map<string, Stored>();
  readonly #uniqueNames = new Map<string, string>();
  readonly #tokens = new Map<string, { identity: string; expiresAt: number }>();
  readonly #friendlyNames = new Map<string, string>();
  readonly #subscribers = new Set<Subscriber>();

  constructor(options: ServiceDoubleOptions = {}) {
    this.typingTimeoutMs = options.typingTimeoutMs ?? 5000;
    this.latencyMs = options.latencyMs ?? 0;
    this.initializationMs = options.initializationMs ?? this.latencyMs;
    this.subscribedPageSize = options.subscribedPageSize ?? 50;
    this.mediaUrlLifetimeMs = options.mediaUrlLifetimeMs ?? 5 * 60_000;
    this.#conversationLimit = options.conversationLimit ?? 1000;
    this.tokenWarningMs = options.tokenWarningMs ?? 60_000;
    this.roles = options.roles ?? ServiceRoles.setUp();
  }

  // ——— tokens and users (what a token endpoint and the console would do) ———

  /** An access token for `identity`, valid for `ttlMs`. */
  issueToken(identity: string, ttlMs = 3_600_000): string {
    const token = `double-token.${crypto.randomUUID()}`;
    this.#tokens.set(token, { identity, expiresAt: Date.now() + ttlMs });
    return token;
  }

  /** The identity and expiry a token grants; undefined for tokens this service never issued. */
  tokenGrant(token: string): { identity: string; expiresAt: number } | undefined {
    return this.#tokens.get(token);
  }

  setFriendlyName(identity: string, friendlyName: string): void {
    this.#friendlyNames.set(identity, friendlyName);
  }

  friendlyName(identity: string): string | null {
    return this.#friendlyNames.get(identity) ?? null;
  }

  isOnline(identity: string): boolean {
    return [...this.#subscribers].some((s) => s.identity === identity);
  }

  // ——— connections ———

  subscribe(subscriber: Subscriber): () => void {
    this.#subscribers.add(subscriber);
    return () => this.#subscribers.delete(subscriber);
  }

  /** Every conversation `identity` takes part in, with its participants, as of now. */
  snapshotFor(identity: string): Array<{ row: ConversationRow; participants: ParticipantRow[] }> {
    return [...this.#conversations.values()]
      .filter((c) => c.participants.has(identity))
      .map((c) => ({ row: c.row, participants: [...c.participants.values()] }));
  }

  // ——— conversations ———

  createConversation(by: string, options: { uniqueName?: string; friendlyName?: string; attributes?: JSONValue }): ConversationRow {
    const { uniqueName, friendlyName, attributes = {} } = options;
    if (!this.roles.allows('createConversation')) throw notAuthorized();
    if (uniqueName !== undefined && this.#uniqueNames.has(uniqueName)) throw uniqueNameExists();
    this.#checkLimit(by);
    const now = new Date();
    const row: ConversationRow = {
      sid: newSid('CH'),
      uniqueName: uniqueName ?? null,
      friendlyName: friendlyName ?? null,
      attributes,
      createdBy: by,
      dateCreated: now,
      dateUpdated: now,
    };
    const stored: Stored = { row, participants: new Map(), roles: new Map(), messages: [], nextIndex: 0 };
    this.#conversations.set(row.sid, stored);
    if (uniqueName !== undefined) this.#uniqueNames.set(uniqueName, row.sid);
    this.#addParticipant(stored, by, {}, this.roles.role('creator'));
    return row;
  }

  /** Only conversations `by` takes part in can be found, like the service. */
  conversationByUniqueName(by: string, uniqueName: string): { row: ConversationRow; participants: ParticipantRow[] } {
    const sid = this.#uniqueNames.get(uniqueName);
    const stored = sid ? this.#conversations.get(sid) : undefined;
    if (!stored?.participants.has(by)) throw conversationNotFound();
    return { row: stored.row, participants: [...stored.participants.values()] };
  }

  conversationBySid(by: string, sid: string): { row: ConversationRow; participants: ParticipantRow[] } {
    const stored = this.#conversations.get(sid);
    if (!stored?.participants.has(by)) throw conversationNotFound();
    return { row: stored.row, participants: [...stored.participants.values()] };
  }

  addParticipant(sid: string, by: string, identity: string, attributes: JSONValue = {}): ParticipantRow {
    const stored = this.#stored(sid);
    if (by === identity) this.#allow(stored, by, 'joinConversation', { member: false });
    else this.#allow(stored, by, 'addParticipant');
    if (stored.participants.has(identity)) throw participantExists();
    this.#checkLimit(identity);
    return this.#addParticipant(stored, identity, attributes, this.roles.role('conversation'));
  }

  removeParticipant(sid: string, by: string, identity: string): void {
    const stored = this.#stored(sid);
    this.#allow(stored, by, by === identity ? 'leaveConversation' : 'removeParticipant');
    this.#removeParticipant(stored, identity);
  }

  /**
   * The REST API's Delete Participant, with the account's credentials (an admin, a back office):
   * no conversation role applies. The participant hears `conversationLeft`, the others
   * `participantLeft`, as when an SDK client removes someone.
   */
  restRemoveParticipant(sid: string, identity: string): void {
    this.#removeParticipant(this.#stored(sid), identity);
  }

  deleteConversation(sid: string, by: string): void {
    const stored = this.#stored(sid);
    this.#allow(stored, by, 'deleteConversation');
    const audience = this.#audience(stored);
    this.#conversations.delete(sid);
    if (stored.row.uniqueName !== null) this.#uniqueNames.delete(stored.row.uniqueName);
    this.#push(audience, { kind: 'conversationRemoved', conversation: stored.row });
  }

  updateAttributes(sid: string, by: string, attributes: JSONValue): void {
    const stored = this.#stored(sid);
    this.#allow(stored, by, 'editConversationAttributes');
    stored.row = { ...stored.row, attributes, dateUpdated: new Date() };
    this.#pushConversationUpdated(stored, ['attributes', 'dateUpdated']);
  }

  /** The name people see (the friendly name), which Twilio's editConversationName permission is for. */
  updateFriendlyName(sid: string, by: string, friendlyName: string): void {
    const stored = this.#stored(sid);
    this.#allow(stored, by, 'editConversationName');
    stored.row = { ...stored.row, friendlyName, dateUpdated: new Date() };
    this.#pushConversationUpdated(stored, ['friendlyName', 'dateUpdated']);
  }

  /** Renames, or frees the name with null; a name another conversation holds is refused (50353). */
  updateUniqueName(sid: string, by: string, uniqueName: string | null): void {
    const stored = this.#stored(sid);
    // Inferred: Twilio documents no permission of its own for the unique name.
    this.#allow(stored, by, 'editConversationName');
    const holder = uniqueName === null ? undefined : this.#uniqueNames.get(uniqueName);
    if (holder !== undefined && holder !== sid) throw uniqueNameExists();
    if (stored.row.uniqueName !== null) this.#uniqueNames.delete(stored.row.uniqueName);
    if (uniqueName !== null) this.#uniqueNames.set(uniqueName, sid);
    stored.row = { ...stored.row, uniqueName, dateUpdated: new Date() };
    this.#pushConversationUpdated(stored, ['uniqueName', 'dateUpdated']);
  }

  // ——— messages ———

  appendMessage(sid: string, by: string, draft: MessageDraft): number {
    const stored = this.#stored(sid);
    const author = this.#allow(stored, by, 'sendMessage');
    if (draft.media.length) this.#allow(stored, by, 'sendMediaMessage');
    const now = new Date();
    const index = stored.nextIndex++;
    const media: MediaRow[] = draft.media.map((m) => ({ sid: newSid('ME'), size: m.content.size, ...m }));
    const message: MessageRow = {
      sid: newSid('IM'),
      conversationSid: sid,
      index,
      author: by,
      participantSid: author.sid,
      body: draft.body,
      attributes: draft.attributes,
      dateCreated: now,
      dateUpdated: now,
      media: media.length ? media : null,
    };
    stored.messages.push(message);
    stored.row = { ...stored.row, lastMessage: { index, dateCreated: now }, dateUpdated: now };
    const audience = this.#audience(stored);
    this.#push(audience, { kind: 'messageAdded', conversation: stored.row, message });
    this.#pushConversationUpdated(stored, ['lastMessage']);
    return index;
  }

  /**
   * What another client can write through Twilio's REST API (a back-office import, a script
   * with the account's credentials): Create Message takes `Author`, `Body`, `Attributes` and
   * `DateCreated` as text, unchecked. SDK clients read them back as the SDK parses them: a date
   * through `new Date(text)` (an unparseable one is an Invalid Date), attributes through
   * `JSON.parse` (`{}` when that fails, so any JSON value at all otherwise).
   */
  restCreateMessage(sid: string, text: { author?: string; body?: string; attributes?: string; dateCreated?: string }): number {
    const stored = this.#stored(sid);
    const author = text.author ?? 'system';
    const index = stored.nextIndex++;
    const dateCreated = text.dateCreated === undefined ? new Date() : new Date(text.dateCreated);
    let attributes: JSONValue = {};
    try {
      attributes = text.attributes ? (JSON.parse(text.attributes) as JSONValue) : {};
    } catch {
      // The SDK logs "Got malformed attributes for the message" and hands over {}.
    }
    const message: MessageRow = {
      sid: newSid('IM'),
      conversationSid: sid,
      index,
      author,
      participantSid: stored.participants.get(author)?.sid ?? '',
      body: text.body ?? null,
      attributes,
      dateCreated,
      dateUpdated: dateCreated,
      media: null,
    };
    stored.messages.push(message);
    stored.row = { ...stored.row, lastMessage: { index, dateCreated }, dateUpdated: dateCreated };
    this.#push(this.#audience(stored), { kind: 'messageAdded', conversation: stored.row, message });
    this.#pushConversationUpdated(stored, ['lastMessage']);
    return index;
  }

  /** Only the author may edit or remove a message. */
  updateMessage(sid: string, by: string, index: number, change: { body?: string; attributes?: JSONValue }): void {
    const stored = this.#stored(sid);
    if (change.body !== undefined) this.#allow(stored, by, 'editOwnMessage');
    if (change.attributes !== undefined) this.#allow(stored, by, 'editOwnMessageAttributes');
    const at = stored.messages.findIndex((m) => m.index === index);
    const current = stored.messages[at];
    if (!current || current.author !== by) throw notAuthorized();
    const message: MessageRow = { ...current, ...change, dateUpdated: new Date() };
    stored.messages[at] = message;
    const reasons: MessageUpdateReason[] = [
      ...(change.body !== undefined ? (['body'] as const) : []),
      ...(change.attributes !== undefined ? (['attributes'] as const) : []),
      'dateUpdated',
    ];
    this.#push(this.#audience(stored), { kind: 'messageUpdated', conversation: stored.row, message, reasons });
  }

  removeMessage(sid: string, by: string, index: number): void {
    const stored = this.#stored(sid);
    this.#allow(stored, by, 'deleteOwnMessage');
    const message = stored.messages.find((m) => m.index === index);
    if (!message || message.author !== by) throw notAuthorized();
    stored.messages = stored.messages.filter((m) => m !== message);
    this.#push(this.#audience(stored), { kind: 'messageRemoved', conversation: stored.row, message });
  }

  /**
   * Backwards: the newest `pageSize` messages with index ≤ anchor; forward: the oldest with
   * index ≥ anchor. Items ascend either way.
   */
  messagesPage(sid: string, by: string, pageSize: number, anchor: number | undefined, direction: 'backwards' | 'forward'): MessagesPage {
    const stored = this.#stored(sid);
    this.#require(stored, by);
    const all = stored.messages;
    if (direction === 'backwards') {
      const upTo = all.filter((m) => anchor === undefined || m.index <= anchor);
      return {
        rows: upTo.slice(-pageSize),
        hasPrevPage: upTo.length > pageSize,
        hasNextPage: anchor !== undefined && all.some((m) => m.index > anchor),
      };
    }
    const from = all.filter((m) => anchor === undefined || m.index >= anchor);
    return {
      rows: from.slice(0, pageSize),
      hasPrevPage: anchor !== undefined && all.some((m) => m.index < anchor),
      hasNextPage: from.length > pageSize,
    };
  }

  messagesCount(sid: string, by: string): number {
    const stored = this.#stored(sid);
    this.#require(stored, by);
    return stored.messages.length;
  }

  /** Null while `by` has no read horizon: the SDK's quirk for a brand-new incoming chat. */
  unreadCount(sid: string, by: string): number | null {
    const stored = this.#stored(sid);
    const horizon = this.#require(stored, by).lastReadMessageIndex;
    return horizon === null ? null : stored.messages.filter((m) => m.index > horizon).length;
  }

  /** Moves `by`'s read horizon forward (never back); resolves to the unread count after. */
  advanceReadHorizon(sid: string, by: string, target: number | 'last'): number {
    const stored = this.#stored(sid);
    const participant = this.#require(stored, by);
    const index = target === 'last' ? stored.row.lastMessage?.index : target;
    const current = participant.lastReadMessageIndex;
    if (index !== undefined && (current === null || index > current)) {
      const now = new Date();
      const updated: ParticipantRow = { ...participant, lastReadMessageIndex: index, lastReadTimestamp: now, dateUpdated: now };
      stored.participants.set(by, updated);
      this.#push(this.#audience(stored), {
        kind: 'participantUpdated',
        conversation: stored.row,
        participant: updated,
        reasons: ['lastReadMessageIndex', 'lastReadTimestamp'],
      });
    }
    return this.unreadCount(sid, by) ?? 0;
  }

  media(sid: string, by: string, mediaSid: string): MediaRow {
    const stored = this.#stored(sid);
    this.#require(stored, by);
    const media = stored.messages.flatMap((m) => m.media ?? []).find((m) => m.sid === mediaSid);
    if (!media) throw conversationNotFound();
    return media;
  }

  typing(sid: string, by: string): void {
    const stored = this.#stored(sid);
    this.#require(stored, by);
    const others = [...stored.participants.keys()].filter((identity) => identity !== by);
    this.#push(new Set(others), { kind: 'typing', conversation: stored.row, identity: by });
  }

  // ——— inside ———

  #removeParticipant(stored: Stored, identity: string): void {
    const participant = this.#require(stored, identity);
    const audience = this.#audience(stored);
    stored.participants.delete(identity);
    stored.roles.delete(identity);
    this.#push(audience, { kind: 'participantLeft', conversation: stored.row, participant });
  }

  #stored(sid: string): Stored {
    const stored = this.#conversations.get(sid);
    if (!stored) throw conversationNotFound();
    return stored;
  }

  #require(stored: Stored, identity: string): ParticipantRow {
    const participant = stored.participants.get(identity);
    if (!participant) throw notAuthorized();
    return participant;
  }

  /**
   * `by` takes part (unless `member` is false) and holds `permission` in its service role or its
   * role in this conversation; else 50107, as the service refuses.
   */
  #allow(stored: Stored, by: string, permission: string, { member = true } = {}): ParticipantRow {
    const participant = stored.participants.get(by);
    if (member && !participant) throw notAuthorized();
    if (!this.roles.allows(permission, stored.roles.get(by))) throw notAuthorized();
    return participant!;
  }

  #checkLimit(identity: string): void {
    const count = [...this.#conversations.values()].filter((c) => c.participants.has(identity)).length;
    if (count >= this.#conversationLimit) throw conversationsLimit(identity, this.#conversationLimit);
  }

  #addParticipant(stored: Stored, identity: string, attributes: JSONValue, role: DoubleRole): ParticipantRow {
    const now = new Date();
    const participant: ParticipantRow = {
      sid: newSid('MB'),
      conversationSid: stored.row.sid,
      identity,
      attributes,
      dateCreated: now,
      dateUpdated: now,
      lastReadMessageIndex: null,
      lastReadTimestamp: null,
    };
    const others = this.#audience(stored);
    stored.participants.set(identity, participant);
    stored.roles.set(identity, role);
    this.#push(others, { kind: 'participantJoined', conversation: stored.row, participant });
    this.#push(new Set([identity]), { kind: 'joined', conversation: stored.row, participants: [...stored.participants.values()] });
    return participant;
  }

  #pushConversationUpdated(stored: Stored, reasons: ConversationUpdateReason[]): void {
    this.#push(this.#audience(stored), { kind: 'conversationUpdated', conversation: stored.row, reasons });
  }

  #audience(stored: Stored): Set<string> {
    return new Set(stored.participants.keys());
  }

  #push(identities: ReadonlySet<string>, change: Change): void {
    for (const subscriber of this.#subscribers) if (identities.has(subscriber.identity)) subscriber.receive(change);
  }
}
