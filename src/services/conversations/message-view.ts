import { phrase, type Phrase } from '../../l10n/phrase.js';
import type { AttachmentView, MessageView } from '../chat-state.js';
import type { ChatMessage, JSONValue } from './ports.js';
import { validDate, validIndex } from './service-values.js';

/** The client id a message carries in its attributes, if it has a well-formed one. */
export function clientIdOf(attributes: JSONValue | undefined): string | undefined {
  if (!attributes || typeof attributes !== 'object' || Array.isArray(attributes)) return undefined;
  const id = attributes.clientId;
  return typeof id === 'string' ? id : undefined;
}

/**
 * The identities a message mentions (its attributes' `mentions`, or an outbox entry's): strings
 * only, each once, at most as many as a group holds members.
 */
export function mentionsIn(value: unknown): string[] {
  const listed = Array.isArray(value) ? value.filter((identity): identity is string => typeof identity === 'string' && identity !== '') : [];
  return [...new Set(listed)].slice(0, MAX_MENTIONS);
}

/** Whether someone else's message mentions `me`. */
export function mentionsMe(message: Pick<MessageView, 'own' | 'mentions'>, me: string): boolean {
  return !message.own && message.mentions.includes(me);
}

/** A group holds at most 50 (group-chats.ts); a message can't mention more. */
const MAX_MENTIONS = 50;

/**
 * The view of a message, its fields checked (see service-values.ts); undefined for one whose
 * index no service message could have, which no thread can place.
 */
export function toMessageView(message: ChatMessage, me: string): MessageView | undefined {
  const index = validIndex(message.index);
  if (index === null) return undefined;
  const created = validDate(message.dateCreated);
  const updated = validDate(message.dateUpdated);
  const { attributes } = message;
  return {
    key: text(message.sid) || `#${index}`,
    index,
    author: text(message.author),
    body: text(message.body),
    sentAt: created ?? updated ?? new Date(),
    own: message.author === me,
    attachments: (Array.isArray(message.attachedMedia) ? message.attachedMedia : []).map(
      (media): AttachmentView => ({
        sid: text(media.sid),
        filename: text(media.filename) || 'attachment',
        contentType: text(media.contentType),
        size: Number.isFinite(media.size) && media.size > 0 ? media.size : 0,
      }),
    ),
    delivery: 'sent',
    mentions: mentionsIn(attributes && typeof attributes === 'object' && !Array.isArray(attributes) ? attributes.mentions : undefined),
    // Edited, going by the dates: a message's dateUpdated moves only when it is changed.
    edited: !!created && !!updated && updated > created,
  };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

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
