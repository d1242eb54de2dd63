import { phrase, type Phrase } from '../../l10n/phrase.js';
import type { AttachmentView, MessageView, Notice } from '../chat-state.js';
import type { ChatMessage, JSONValue } from './ports.js';
import { validDate, validIndex } from './service-values.js';

/** `value` when it is a JSON object, else undefined. */
const objectOr = (value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined);

/** The client id a message carries in its attributes, if it has a well-formed one. */
export function clientIdOf(attributes: JSONValue | undefined): string | undefined {
  const id = objectOr(attributes)?.clientId;
  return typeof id === 'string' ? id : undefined;
}

/** A group's event a message's attributes carry, if well-formed (a name as long as a group's may be). */
function noticeOf(attributes: unknown): Notice | undefined {
  const notice = objectOr(objectOr(attributes)?.notice);
  const people = mentionsIn(notice?.people);
  const name = typeof notice?.name === 'string' ? notice.name.trim().slice(0, 256) : '';
  if (notice?.kind === 'left') return { kind: 'left' };
  if (notice?.kind === 'added' && people.length) return { kind: 'added', people };
  if (notice?.kind === 'renamed' && name) return { kind: 'renamed', name };
  return undefined;
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
  const notice = noticeOf(attributes);
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
    mentions: mentionsIn(objectOr(attributes)?.mentions),
    ...(notice ? { notice } : {}),
    // Edited, going by the dates: a message's dateUpdated moves only when it is changed.
    edited: !!created && !!updated && updated > created,
  };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A one-line preview for the chat list: the text itself, or words naming the attachments. */
export function previewOf(message: Pick<MessageView, 'body' | 'attachments' | 'notice'>): string | Phrase {
  const { notice } = message;
  if (notice) return notice.kind === 'left' ? phrase('previewLeft') : notice.kind === 'added' ? phrase('previewAdded', notice.people.length) : phrase('previewRenamed', notice.name);
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
