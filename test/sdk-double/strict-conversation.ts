import type { ConversationLimits, ConversationStatus, JSONValue, LastMessage, Paginator, SendMediaOptions } from '@twilio/conversations';
import type { ChatConversation, ConversationEvents } from '../../src/services/conversations/ports.js';
import type { ClientLink } from './client-link.js';
import { DoubleEmitter } from './emitter.js';
import type { ConversationRow, MessageRow, ParticipantRow } from './records.js';
import type { MessageDraft } from './service.js';
import { StrictMessage, StrictMessageBuilder, toMediaDraft } from './strict-message.js';
import { messagePage } from '../../src/services/conversations/sdk-paginator.js';
import { StrictParticipant } from './strict-participant.js';

/** The service's defaults. Sizes are informative: the SDK checks only the count. */
export const LIMITS: Readonly<ConversationLimits> = Object.freeze({
  mediaAttachmentsCountLimit: 10,
  mediaAttachmentSizeLimitInMb: 150,
  mediaAttachmentsTotalSizeLimitInMb: 150,
  emailHistoriesAllowedContentTypes: [],
  emailBodiesAllowedContentTypes: [],
});

/**
 * A conversation as one client sees it: a replica that changes only when the service's changes
 * arrive (after the call that caused them has resolved), never as a side effect of a call.
 */
export class StrictConversation extends DoubleEmitter<ConversationEvents> implements ChatConversation {
  #row: ConversationRow;
  #status: ConversationStatus = 'notParticipating';
  readonly #participants = new Map<string, StrictParticipant>();
  readonly #messages = new Map<number, StrictMessage>();
  #lastTypingSent = 0;

  constructor(
    private readonly link: ClientLink,
    row: ConversationRow,
  ) {
    super();
    this.#row = row;
  }

  get sid(): string {
    return this.#row.sid;
  }
  get uniqueName(): string | null {
    return this.#row.uniqueName;
  }
  get friendlyName(): string | null {
    return this.#row.friendlyName;
  }
  get attributes(): JSONValue {
    return this.#row.attributes;
  }
  get createdBy(): string {
    return this.#row.createdBy;
  }
  get dateCreated(): Date | null {
    return this.#row.dateCreated;
  }
  get dateUpdated(): Date | null {
    return this.#row.dateUpdated;
  }
  get status(): ConversationStatus {
    return this.#status;
  }
  /** My read horizon as last heard; null before I have read anything. */
  get lastReadMessageIndex(): number | null {
    return this.#participants.get(this.link.identity)?.lastReadMessageIndex ?? null;
  }
  get lastMessage(): LastMessage | undefined {
    const last = this.#row.lastMessage;
    return last ? { index: last.index, dateCreated: last.dateCreated } : undefined;
  }
  get limits(): ConversationLimits {
    return LIMITS;
  }

  async add(identity: string, attributes?: JSONValue): Promise<void> {
    await this.link.call('participants', () => this.link.service.addParticipant(this.sid, this.link.identity, identity, attributes));
  }

  async join(): Promise<StrictConversation> {
    if (this.#status !== 'joined') {
      await this.link.call('participants', () => this.link.service.addParticipant(this.sid, this.link.identity, this.link.identity));
    }
    return this;
  }

  /** Does nothing unless joined, like the SDK. */
  async leave(): Promise<StrictConversation> {
    if (this.#status === 'joined') {
      await this.link.call('participants', () => this.link.service.removeParticipant(this.sid, this.link.identity, this.link.identity));
    }
    return this;
  }

  async delete(): Promise<StrictConversation> {
    await this.link.call('conversations', () => this.link.service.deleteConversation(this.sid, this.link.identity));
    return this;
  }

  /** By identity, participant sid or participant object. */
  async removeParticipant(participant: string | StrictParticipant): Promise<void> {
    const identity =
      typeof participant === 'string'
        ? ([...this.#participants.values()].find((p) => p.sid === participant)?.identity ?? participant)
        : participant.identity;
    await this.link.call('participants', () => this.link.service.removeParticipant(this.sid, this.link.identity, identity));
  }

  async updateUniqueName(uniqueName: string | null): Promise<StrictConversation> {
    await this.link.call('conversations', () => this.link.service.updateUniqueName(this.sid, this.link.identity, uniqueName));
    return this;
  }

  async updateFriendlyName(friendlyName: string): Promise<StrictConversation> {
    await this.link.call('conversations', () => this.link.service.updateFriendlyName(this.sid, this.link.identity, friendlyName));
    return this;
  }

  async updateAttributes(attributes: JSONValue): Promise<StrictConversation> {
    await this.link.call('conversations', () => this.link.service.updateAttributes(this.sid, this.link.identity, attributes));
    return this;
  }

  /** The roster as this client last heard it: someone just added may not be in it yet. */
  getParticipants(): Promise<StrictParticipant[]> {
    return this.link.call('participants', () => [...this.#participants.values()], { cached: true });
  }

  async getMessages(pageSize = 30, anchor?: number, direction: 'backwards' | 'forward' = 'backwards'): Promise<Paginator<StrictMessage>> {
    const page = await this.link.call('messages', () =>
      this.link.service.messagesPage(this.sid, this.link.identity, pageSize, anchor, direction),
    );
    const items = page.rows.map((row) => this._message(row));
    return messagePage(items, page, anchor, (from, direction) => this.getMessages(pageSize, from, direction));
  }

  getMessagesCount(): Promise<number> {
    return this.link.call('messages', () => this.link.service.messagesCount(this.sid, this.link.identity));
  }

  /** Null while I have no read horizon (a brand-new incoming chat). */
  getUnreadMessagesCount(): Promise<number | null> {
    return this.link.call('messages', () => this.link.service.unreadCount(this.sid, this.link.identity));
  }

  setAllMessagesRead(): Promise<number> {
    return this.link.call('messages', () => this.link.service.advanceReadHorizon(this.sid, this.link.identity, 'last'));
  }

  advanceLastReadMessageIndex(index: number): Promise<number> {
    return this.link.call('messages', () => this.link.service.advanceReadHorizon(this.sid, this.link.identity, index));
  }

  /** Like the SDK, sends at most one notice per typing timeout; the rest resolve at once. */
  typing(): Promise<void> {
    const now = Date.now();
    if (now - this.#lastTypingSent < this.link.service.typingTimeoutMs) return Promise.resolve();
    this.#lastTypingSent = now;
    return this.link.call('typingIndicator', () => this.link.service.typing(this.sid, this.link.identity));
  }

  async sendMessage(message: null | string | FormData | SendMediaOptions, messageAttributes: JSONValue = {}): Promise<number> {
    const text = message === null || typeof message === 'string';
    return this.#send({ body: text ? message : null, attributes: messageAttributes, media: text ? [] : [toMediaDraft(message)] });
  }

  prepareMessage(): StrictMessageBuilder {
    return new StrictMessageBuilder(LIMITS.mediaAttachmentsCountLimit, (draft) => this.#send(draft));
  }

  #send(draft: MessageDraft): Promise<number> {
    return this.link.call('messages', () => this.link.service.appendMessage(this.sid, this.link.identity, draft));
  }

  // The client calls these as the service's changes arrive.

  /** @internal */
  _update(row: ConversationRow): void {
    this.#row = row;
  }
  /** @internal */
  _setStatus(status: ConversationStatus): void {
    this.#status = status;
  }
  /** @internal */
  _setParticipants(rows: readonly ParticipantRow[]): void {
    const keep = new Set(rows.map((r) => r.identity));
    for (const identity of this.#participants.keys()) if (!keep.has(identity)) this.#participants.delete(identity);
    for (const row of rows) this._participant(row);
  }
  /** @internal */
  _participant(row: ParticipantRow): StrictParticipant {
    let participant = this.#participants.get(row.identity);
    if (participant) participant._update(row);
    else this.#participants.set(row.identity, (participant = new StrictParticipant(this, row)));
    return participant;
  }
  /** @internal */
  _participantByIdentity(identity: string): StrictParticipant | undefined {
    return this.#participants.get(identity);
  }
  /** @internal */
  _removeParticipant(identity: string): void {
    this.#participants.delete(identity);
  }
  /** @internal One object per message while the client holds it. */
  _message(row: MessageRow): StrictMessage {
    const known = this.#messages.get(row.index);
    if (known?.sid === row.sid) {
      known._update(row);
      return known;
    }
    const message = new StrictMessage(this, this.link, row);
    this.#messages.set(row.index, message);
    return message;
  }
  /** @internal */
  _forgetMessage(row: MessageRow): StrictMessage {
    const message = this._message(row);
    this.#messages.delete(row.index);
    return message;
  }
}
