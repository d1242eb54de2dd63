import type { JSONValue, MessageType, SendMediaOptions } from '@twilio/conversations';
import type { ChatMedia, ChatMessage, ChatMessageBuilder, ChatUnsentMessage } from '../../src/services/conversations/ports.js';
import type { ClientLink } from './client-link.js';
import type { MessageDraft } from './service.js';
import type { MediaRow, MessageRow } from './records.js';
import type { StrictConversation } from './strict-conversation.js';

export class StrictMedia implements ChatMedia {
  readonly category = 'media';

  constructor(
    private readonly link: ClientLink,
    private readonly conversationSid: string,
    private readonly row: MediaRow,
  ) {}

  get sid(): string {
    return this.row.sid;
  }
  get filename(): string | null {
    return this.row.filename;
  }
  get contentType(): string {
    return this.row.contentType;
  }
  get size(): number {
    return this.row.size;
  }

  /** A new short-lived URL on every call, fetched from the service: never the same one twice. */
  getContentTemporaryUrl(): Promise<string | null> {
    return this.link.call('mcsClient', () => {
      const { content } = this.link.service.media(this.conversationSid, this.link.identity, this.sid);
      return this.link.temporaryUrl(content);
    });
  }
}

export class StrictMessage implements ChatMessage {
  #row: MessageRow;
  #media: StrictMedia[] | null = null;
  readonly aggregatedDeliveryReceipt = null;

  constructor(
    readonly conversation: StrictConversation,
    private readonly link: ClientLink,
    row: MessageRow,
  ) {
    this.#row = row;
    this._update(row);
  }

  get sid(): string {
    return this.#row.sid;
  }
  get index(): number {
    return this.#row.index;
  }
  get author(): string | null {
    return this.#row.author;
  }
  get participantSid(): string | null {
    return this.#row.participantSid;
  }
  get body(): string | null {
    return this.#row.body;
  }
  get attributes(): JSONValue {
    return this.#row.attributes;
  }
  get dateCreated(): Date | null {
    return this.#row.dateCreated;
  }
  get dateUpdated(): Date | null {
    return this.#row.dateUpdated;
  }
  get type(): MessageType {
    return this.#row.media ? 'media' : 'text';
  }
  get attachedMedia(): StrictMedia[] | null {
    return this.#media;
  }

  /** Only the author may; everyone hears `messageUpdated` afterwards. */
  async updateBody(body: string): Promise<StrictMessage> {
    await this.link.call('messages', () =>
      this.link.service.updateMessage(this.conversation.sid, this.link.identity, this.index, { body }),
    );
    return this;
  }

  async updateAttributes(attributes: JSONValue): Promise<StrictMessage> {
    await this.link.call('messages', () =>
      this.link.service.updateMessage(this.conversation.sid, this.link.identity, this.index, { attributes }),
    );
    return this;
  }

  async remove(): Promise<StrictMessage> {
    await this.link.call('messages', () => this.link.service.removeMessage(this.conversation.sid, this.link.identity, this.index));
    return this;
  }

  /** @internal */
  _update(row: MessageRow): void {
    this.#row = row;
    this.#media = row.media?.map((media) => new StrictMedia(this.link, row.conversationSid, media)) ?? null;
  }
}

type MediaDraft = MessageDraft['media'][number];

/** The SDK's media payloads as a Blob with its name and type. */
export function toMediaDraft(payload: FormData | SendMediaOptions): MediaDraft {
  if (payload instanceof FormData) {
    for (const value of payload.values()) {
      if (value instanceof Blob) {
        return { content: value, filename: value instanceof File ? value.name : null, contentType: value.type || 'application/octet-stream' };
      }
    }
    throw new Error('Media content <FormData> must contain a file');
  }
  const { media, contentType, filename } = payload;
  if (media === null || media === undefined) throw new Error('Media content <SendMediaOptions> must contain non-empty media');
  const content = media instanceof Blob ? media : new Blob([media as BlobPart], { type: contentType ?? '' });
  return { content, filename: filename ?? (media instanceof File ? media.name : null), contentType: contentType || content.type || 'application/octet-stream' };
}

/** `prepareMessage()`: body, attributes and several attachments sent as one message. */
export class StrictMessageBuilder implements ChatMessageBuilder {
  #body: string | null = null;
  #attributes: JSONValue = {};
  readonly #media: MediaDraft[] = [];

  constructor(
    private readonly mediaLimit: number,
    private readonly send: (draft: MessageDraft) => Promise<number>,
  ) {}

  setBody(text: string): this {
    this.#body = text;
    return this;
  }

  setAttributes(attributes: JSONValue): this {
    this.#attributes = attributes;
    return this;
  }

  addMedia(payload: FormData | SendMediaOptions): this {
    this.#media.push(toMediaDraft(payload));
    return this;
  }

  /** Throws past the attachment count limit; sizes are not checked here, as in the SDK. */
  build(): ChatUnsentMessage {
    if (this.#media.length > this.mediaLimit) {
      throw new Error(`Too many media attachments in the message (${this.#media.length} > ${this.mediaLimit})`);
    }
    const draft: MessageDraft = { body: this.#body, attributes: this.#attributes, media: [...this.#media] };
    return { send: () => this.send(draft) };
  }
}
