import { phrase, type Phrase } from '../../l10n/phrase.js';
import type { AttachmentView, MessageView } from '../chat-state.js';
import type { ChatMessage, JSONValue } from './ports.js';

/** The client id a message carries in its attributes, if it has a well-formed one. */
export function clientIdOf(attributes: JSONValue | undefined): string | undefined {
  if (!attributes || typeof attributes !== 'object' || Array.isArray(attributes)) return undefined;
  const id = attributes.clientId;
  return typeof id === 'string' ? id : undefined;
}

export function toMessageView(message: ChatMessage, me: string): MessageView {
  return {
    key: message.sid,
    index: message.index,
    author: message.author ?? '',
    body: message.body ?? '',
    sentAt: message.dateCreated ?? new Date(),
    own: message.author === me,
    attachments: (message.attachedMedia ?? []).map(
      (media): AttachmentView => ({
        sid: media.sid,
        filename: media.filename ?? 'attachment',
        contentType: media.contentType,
        size: media.size,
      }),
    ),
    delivery: 'sent',
    edited: isEdited(message),
  };
}

/** Edited, going by the dates: a message's dateUpdated moves only when it is changed. */
function isEdited(message: ChatMessage): boolean {
  const created = message.dateCreated?.getTime();
  const updated = message.dateUpdated?.getTime();
  return created !== undefined && updated !== undefined && updated > created;
}

/** A one-line preview for the chat list: the text itself, or words naming the attachments. */
export function previewOf(message: Pick<MessageView, 'body' | 'attachments'>): string | Phrase {
  const text = message.body.trim().replace(/\s+/g, ' ');
  if (text) return text.length > 120 ? `${text.slice(0, 119)}…` : text;
  const [first, ...rest] = message.attachments;
  if (!first) return '';
  return rest.length ? phrase('previewFiles', first.filename, rest.length) : first.filename;
}

/** Messages in index order, those still sending last; one entry per key. */
export function mergeMessages(current: readonly MessageView[], incoming: readonly MessageView[]): MessageView[] {
  const byKey = new Map(current.map((m) => [m.key, m]));
  for (const message of incoming) byKey.set(message.key, message);
  const sent = [...byKey.values()].filter((m) => m.index >= 0).sort((a, b) => a.index - b.index);
  const pending = [...byKey.values()].filter((m) => m.index < 0);
  return [...sent, ...pending];
}
