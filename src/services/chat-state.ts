/**
 * The state the elements read. Immutable: every change replaces the slices it touches. Words
 * for the person are phrases (src/l10n/phrase.ts): each element says them in its language.
 */
import type { Phrase } from '../l10n/phrase.js';
import type { ConnectionState } from './conversations/ports.js';
import type { Agent } from './directory/ports.js';
import type { ChatId } from './chat/chat-id.js';

export type { ChatId } from './chat/chat-id.js';

export interface AttachmentView {
  readonly sid: string;
  readonly filename: string;
  readonly contentType: string;
  readonly size: number;
}

/** What a group member did, as their client writes it into the group (`attributes.notice`). */
export type Notice =
  | { readonly kind: 'left' }
  | { readonly kind: 'added'; readonly people: readonly string[] }
  | { readonly kind: 'renamed'; readonly name: string };

export interface MessageView {
  /** The message sid; while sending, the client id it carries in its attributes. */
  readonly key: string;
  /** The message index; -1 until the service has accepted it. */
  readonly index: number;
  readonly author: string;
  readonly body: string;
  readonly sentAt: Date;
  readonly own: boolean;
  readonly attachments: readonly AttachmentView[];
  /** A group's event the author's client wrote down (they left, added people, renamed it); shown as a line of its own. */
  readonly notice?: Notice;
  /** Identities of the people the author mentioned (`@Name` in the text). */
  readonly mentions: readonly string[];
  /** queued: waits in the outbox for the connection (or its turn). */
  readonly delivery: 'sent' | 'queued' | 'sending' | 'failed';
  /** The author changed the text after sending it. */
  readonly edited?: boolean;
  /** Why sending failed, in words for the person. */
  readonly error?: Phrase;
}

/** A chat in the list: direct (with `peer`) or a group (named `name`), keyed by its id. */
export interface ChatSummary {
  readonly id: ChatId;
  readonly kind: 'direct' | 'group';
  /** The other agent of a direct chat. */
  readonly peer?: string;
  /** A group's name (its conversation's friendly name). */
  readonly name?: string;
  /** Identities in the chat, the user's own included; [] until known. */
  readonly members: readonly string[];
  readonly lastActivity: Date | null;
  /** The last message's text as written, or words about its attachments; '' until loaded. */
  readonly preview: string | Phrase;
  /** Who wrote the last message (a group's row says so). */
  readonly previewAuthor?: string;
  readonly unread: number;
  /** An unread message mentions the user (a muted group alerts for it too). */
  readonly unreadMention?: boolean;
}

export interface ThreadState {
  readonly status: 'loading' | 'ready' | 'error';
  readonly messages: readonly MessageView[];
  readonly hasOlder: boolean;
  readonly loadingOlder: boolean;
  /** Newer messages exist beyond the window (the reader went far back in history). */
  readonly hasNewer: boolean;
  readonly loadingNewer: boolean;
  /** Identities of the other members typing now, in the order they started. */
  readonly typing: readonly string[];
  /** Each other member's last read message index, by identity (absent: nothing read yet). */
  readonly readHorizons: ReadonlyMap<string, number>;
  /** Where "New messages" starts: the first message unread when the chat was opened. */
  readonly firstUnreadIndex: number | null;
  readonly error?: Phrase;
  /** Why this chat's conversation is not shown or written into (someone else is in a direct chat). */
  readonly refusal?: Phrase;
}

export interface DirectoryState {
  readonly query: string;
  /** Identities of the agents found, best match first. */
  readonly results: readonly string[];
  readonly searching: boolean;
  readonly error?: Phrase;
}

export interface ChatState {
  readonly startup: 'starting' | 'ready' | 'failed';
  readonly startupError?: Phrase;
  readonly connection: ConnectionState;
  readonly me: Agent | null;
  readonly agents: ReadonlyMap<string, Agent>;
  readonly directory: DirectoryState;
  readonly chats: ReadonlyMap<ChatId, ChatSummary>;
  readonly pins: readonly ChatId[];
  /** Chats that count no unread total and raise no alerts. */
  readonly muted: readonly ChatId[];
  readonly activeChat: ChatId | null;
  readonly threads: ReadonlyMap<ChatId, ThreadState>;
  /** False when pins (and later drafts) are kept in memory only. */
  readonly storagePersistent: boolean;
  /** The last failure that belongs to no thread (pins, search), in words. */
  readonly notice: Phrase | null;
  /** Words about nearing Twilio's 1,000-conversation limit, when there is something to say. */
  readonly budgetWarning: Phrase | null;
}

/** Unread messages across all chats that aren't muted, or that mention the user: for badges, titles and hosts. */
export function unreadTotal(state: Pick<ChatState, 'chats' | 'muted'>): number {
  let total = 0;
  for (const chat of state.chats.values()) if (chat.unreadMention || !state.muted.includes(chat.id)) total += chat.unread;
  return total;
}

export const EMPTY_THREAD: ThreadState = {
  status: 'loading',
  messages: [],
  hasOlder: false,
  loadingOlder: false,
  hasNewer: false,
  loadingNewer: false,
  typing: [],
  readHorizons: new Map(),
  firstUnreadIndex: null,
};
