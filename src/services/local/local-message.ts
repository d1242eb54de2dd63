import type { JSONValue, MessageType } from '@twilio/conversations';
import type { ChatMedia, ChatMessage } from '../conversations/ports.js';
import type { ConversationHost } from './conversation-host.js';
import type { LocalConversation } from './local-conversation.js';
import type { MediaRecord, MessageRecord } from './records.js';

export class LocalMedia implements ChatMedia {
  readonly category = 'media';

  constructor(
    private readonly host: ConversationHost,
    private readonly record: MediaRecord,
  ) {}

  // Read-only getters over the stored record, as the SDK's objects expose their fields.
  get sid(): string {
    return this.record.sid;
  }
  get filename(): string | null {
    return this.record.filename;
  }
  get contentType(): string {
    return this.record.contentType;
  }
  get size(): number {
    return this.record.size;
  }

  /** A new object URL over the stored content on each call, like the SDK's short-lived URLs. */
  getContentTemporaryUrl(): Promise<string | null> {
    const { blob } = this.record;
    return this.host.read(async () => (blob ? this.host.temporaryUrl(blob) : null));
  }
}

/** A message, kept current by the client: one object per index while the client holds it. */
export class LocalMessage implements ChatMessage {
  private media: LocalMedia[] | null = null;

  constructor(
    readonly conversation: LocalConversation,
    private readonly host: ConversationHost,
    private record: MessageRecord,
  ) {
    this._update(record);
  }

  // Read-only getters over the stored record, as the SDK's objects expose their fields.
  get sid(): string {
    return this.record.sid;
  }
  get index(): number {
    return this.record.index;
  }
  get author(): string | null {
    return this.record.author;
  }
  get body(): string | null {
    return this.record.body;
  }
  get attributes(): JSONValue {
    return this.record.attributes;
  }
  get dateCreated(): Date | null {
    return this.record.dateCreated;
  }
  get dateUpdated(): Date | null {
    return this.record.dateUpdated;
  }
  get type(): MessageType {
    return this.record.media ? 'media' : 'text';
  }
  get attachedMedia(): LocalMedia[] | null {
    return this.media;
  }

  /** Edits the text (author only); everyone gets `messageUpdated`. */
  async updateBody(body: string): Promise<LocalMessage> {
    await this.host.write((db) => db.updateMessage(this.conversation.sid, this.host.identity, this.index, { body }));
    return this;
  }

  async updateAttributes(attributes: JSONValue): Promise<LocalMessage> {
    await this.host.write((db) =>
      db.updateMessage(this.conversation.sid, this.host.identity, this.index, { attributes }),
    );
    return this;
  }

  /** Deletes the message (author only); everyone gets `messageRemoved`. */
  async remove(): Promise<LocalMessage> {
    await this.host.write((db) => db.removeMessage(this.conversation.sid, this.host.identity, this.index));
    return this;
  }

  /** @internal */
  _update(record: MessageRecord): void {
    this.record = record;
    this.media = record.media?.map((media) => new LocalMedia(this.host, media)) ?? null;
  }
}
