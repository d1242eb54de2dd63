import type {
  ConversationLimits,
  ConversationStatus,
  JSONValue,
  LastMessage,
  Paginator,
  SendMediaOptions,
} from '@twilio/conversations';
import type { ChatConversation, ConversationEvents } from '../conversations/ports.js';
import type { ConversationHost } from './conversation-host.js';
import type { MessageDraft } from './conversations-database.js';
import { TypedEmitter } from './emitter.js';
import { LocalMessageBuilder, toMediaDraft } from './local-message-builder.js';
import { LocalMessage } from './local-message.js';
import { messagePage } from '../conversations/sdk-paginator.js';
import { LocalParticipant } from './local-participant.js';
import type { ConversationRecord, MessageRecord, ParticipantRecord } from './records.js';

/** The service's defaults; sizes are informative only, as in the SDK. */
export const CONVERSATION_LIMITS: Readonly<ConversationLimits> = Object.freeze({
  mediaAttachmentsCountLimit: 10,
  mediaAttachmentSizeLimitInMb: 150,
  mediaAttachmentsTotalSizeLimitInMb: 150,
  emailHistoriesAllowedContentTypes: [],
  emailBodiesAllowedContentTypes: [],
});

/**
 * A conversation as one client sees it: one stable object per sid, kept current by the client
 * that replays the change log, which also fires its events.
 */
export class LocalConversation extends TypedEmitter<ConversationEvents> implements ChatConversation {
  private state: ConversationStatus = 'notParticipating';
  private readonly participants = new Map<string, LocalParticipant>();
  private readonly messages = new Map<number, LocalMessage>();

  constructor(
    private readonly host: ConversationHost,
    private record: ConversationRecord,
  ) {
    super();
  }

  // Read-only getters over the stored record, as the SDK's objects expose their fields.
  get sid(): string {
    return this.record.sid;
  }
  get uniqueName(): string | null {
    return this.record.uniqueName ?? null;
  }
  get friendlyName(): string | null {
    return this.record.friendlyName;
  }
  get attributes(): JSONValue {
    return this.record.attributes;
  }
  get createdBy(): string {
    return this.record.createdBy;
  }
  get dateCreated(): Date | null {
    return this.record.dateCreated;
  }
  get dateUpdated(): Date | null {
    return this.record.dateUpdated;
  }
  get status(): ConversationStatus {
    return this.state;
  }
  /** My read horizon; null before I have read anything. */
  get lastReadMessageIndex(): number | null {
    return this.participants.get(this.host.identity)?.lastReadMessageIndex ?? null;
  }
  get lastMessage(): LastMessage | undefined {
    const last = this.record.lastMessage;
    return last ? { index: last.index, dateCreated: last.dateCreated } : undefined;
  }
  get limits(): ConversationLimits {
    return CONVERSATION_LIMITS;
  }

  async add(identity: string, attributes?: JSONValue): Promise<LocalParticipant> {
    const record = await this.host.write((db) => db.addParticipant(this.sid, this.host.identity, identity, attributes));
    return this.participants.get(identity) ?? new LocalParticipant(this, record);
  }

  async join(): Promise<LocalConversation> {
    if (this.state !== 'joined') {
      await this.host.write((db) => db.addParticipant(this.sid, this.host.identity, this.host.identity));
    }
    return this;
  }

  /** Does nothing unless joined, like the SDK. */
  async leave(): Promise<LocalConversation> {
    if (this.state === 'joined') {
      await this.host.write((db) => db.removeParticipant(this.sid, this.host.identity, this.host.identity));
    }
    return this;
  }

  /** Removes the conversation for everyone. */
  async delete(): Promise<LocalConversation> {
    await this.host.write((db) => db.deleteConversation(this.sid, this.host.identity));
    return this;
  }

  /** By identity, participant sid or participant object. */
  async removeParticipant(participant: string | LocalParticipant): Promise<void> {
    const identity =
      typeof participant === 'string'
        ? ([...this.participants.values()].find((p) => p.sid === participant)?.identity ?? participant)
        : participant.identity;
    await this.host.write((db) => db.removeParticipant(this.sid, this.host.identity, identity));
  }

  async updateUniqueName(uniqueName: string | null): Promise<LocalConversation> {
    await this.host.write((db) => db.updateConversationUniqueName(this.sid, this.host.identity, uniqueName));
    return this;
  }

  async updateFriendlyName(friendlyName: string): Promise<LocalConversation> {
    await this.host.write((db) => db.updateConversationFriendlyName(this.sid, this.host.identity, friendlyName));
    return this;
  }

  async updateAttributes(attributes: JSONValue): Promise<LocalConversation> {
    await this.host.write((db) => db.updateConversationAttributes(this.sid, this.host.identity, attributes));
    return this;
  }

  async getParticipants(): Promise<LocalParticipant[]> {
    await this.host.catchUp();
    return [...this.participants.values()];
  }

  async getMessages(
    pageSize = 30,
    anchor?: number,
    direction: 'backwards' | 'forward' = 'backwards',
  ): Promise<Paginator<LocalMessage>> {
    const page = await this.host.read((db) => db.messagesPage(this.sid, this.host.identity, pageSize, anchor, direction));
    const items = page.records.map((record) => this._message(record));
    return messagePage(items, page, anchor, (from, direction) => this.getMessages(pageSize, from, direction));
  }

  getMessagesCount(): Promise<number> {
    return this.host.read((db) => db.countMessages(this.sid, this.host.identity));
  }

  /** Null while I have no read horizon (a brand-new incoming chat): treat as all unread. */
  getUnreadMessagesCount(): Promise<number | null> {
    return this.host.read((db) => db.unreadCount(this.sid, this.host.identity));
  }

  setAllMessagesRead(): Promise<number> {
    return this.host.write((db) => db.advanceReadHorizon(this.sid, this.host.identity, 'last'));
  }

  /** Moves my read horizon forward only; resolves to the unread count. */
  advanceLastReadMessageIndex(index: number): Promise<number> {
    return this.host.write((db) => db.advanceReadHorizon(this.sid, this.host.identity, index));
  }

  /** Other participants see typingStarted, then typingEnded after a pause or when I send. */
  typing(): Promise<void> {
    return this.host.announceTyping(this.sid);
  }

  async sendMessage(message: null | string | FormData | SendMediaOptions, messageAttributes: JSONValue = {}): Promise<number> {
    const isText = message === null || typeof message === 'string';
    return this.send({
      body: isText ? message : null,
      attributes: messageAttributes,
      media: isText ? [] : [toMediaDraft(message)],
    });
  }

  /**
   * Not in the SDK: seeds many text messages in one transaction (benchmarks, the gallery).
   * Authors default to me and must be participants. Resolves to the new indexes.
   */
  importMessages(
    messages: ReadonlyArray<{ body: string; author?: string; attributes?: JSONValue; dateCreated?: Date }>,
  ): Promise<number[]> {
    return this.host.write((db) => db.importMessages(this.sid, this.host.identity, messages));
  }

  prepareMessage(): LocalMessageBuilder {
    return new LocalMessageBuilder(CONVERSATION_LIMITS.mediaAttachmentsCountLimit, (draft) => this.send(draft));
  }

  private send(draft: MessageDraft): Promise<number> {
    return this.host.write((db) => db.appendMessage(this.sid, this.host.identity, draft));
  }

  // The client calls these while replaying the change log.

  /** @internal */
  _update(record: ConversationRecord): void {
    this.record = record;
  }
  /** @internal */
  _setStatus(status: ConversationStatus): void {
    this.state = status;
  }
  /** @internal Replaces the participant list, keeping the objects of those who stay. */
  _setParticipants(records: ParticipantRecord[]): void {
    const keep = new Set(records.map((r) => r.identity));
    for (const identity of this.participants.keys()) if (!keep.has(identity)) this.participants.delete(identity);
    for (const record of records) this._participant(record);
  }
  /** @internal */
  _participant(record: ParticipantRecord): LocalParticipant {
    let participant = this.participants.get(record.identity);
    if (participant) participant._update(record);
    else this.participants.set(record.identity, (participant = new LocalParticipant(this, record)));
    return participant;
  }
  /** @internal */
  _participantByIdentity(identity: string): LocalParticipant | undefined {
    return this.participants.get(identity);
  }
  /** @internal */
  _removeParticipant(identity: string): void {
    this.participants.delete(identity);
  }
  /** @internal The message object for a record: the same object for the same message. */
  _message(record: MessageRecord): LocalMessage {
    const known = this.messages.get(record.index);
    if (known && known.sid === record.sid) {
      known._update(record);
      return known;
    }
    const message = new LocalMessage(this, this.host, record);
    this.messages.set(record.index, message);
    return message;
  }
  /** @internal */
  _forgetMessage(record: MessageRecord): LocalMessage {
    const message = this._message(record);
    this.messages.delete(record.index);
    return message;
  }
}
