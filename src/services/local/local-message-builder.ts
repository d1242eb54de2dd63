import type { JSONValue, SendMediaOptions } from '@twilio/conversations';
import type { ChatMessageBuilder, ChatUnsentMessage } from '../conversations/ports.js';
import type { MessageDraft } from './conversations-database.js';

type MediaDraft = MessageDraft['media'][number];

/** Turns the SDK's media payloads into a storable Blob with its name and type. */
export function toMediaDraft(payload: FormData | SendMediaOptions): MediaDraft {
  if (payload instanceof FormData) {
    // The SDK posts the form as is; its file is the first Blob value (usually under "file").
    for (const value of payload.values()) {
      if (value instanceof Blob) {
        return {
          blob: value,
          filename: value instanceof File ? value.name : null,
          contentType: value.type || 'application/octet-stream',
        };
      }
    }
    throw new TypeError('The FormData holds no file.');
  }
  const { media, contentType, filename } = payload;
  if (media === null || media === undefined) throw new TypeError('Media content is missing.');
  const blob = media instanceof Blob ? media : new Blob([media as BlobPart], { type: contentType ?? '' });
  return {
    blob,
    filename: filename ?? (media instanceof File ? media.name : null),
    contentType: contentType || blob.type || 'application/octet-stream',
  };
}

/** `prepareMessage()`: text, attributes and several attachments sent as one message. */
export class LocalMessageBuilder implements ChatMessageBuilder {
  private body: string | null = null;
  private attributes: JSONValue = {};
  private readonly media: MediaDraft[] = [];

  constructor(
    private readonly mediaLimit: number,
    private readonly send: (draft: MessageDraft) => Promise<number>,
  ) {}

  setBody(text: string): this {
    this.body = text;
    return this;
  }

  setAttributes(attributes: JSONValue): this {
    this.attributes = attributes;
    return this;
  }

  addMedia(payload: FormData | SendMediaOptions): this {
    this.media.push(toMediaDraft(payload));
    return this;
  }

  /** Throws past the conversation's attachment count limit; sizes are not checked (like the SDK). */
  build(): ChatUnsentMessage {
    if (this.media.length > this.mediaLimit) {
      throw new RangeError(`Too many attachments: ${this.media.length}; the limit is ${this.mediaLimit} per message.`);
    }
    const draft: MessageDraft = { body: this.body, attributes: this.attributes, media: [...this.media] };
    return { send: () => this.send(draft) };
  }
}
