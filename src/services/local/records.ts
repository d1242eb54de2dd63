/**
 * What the embedded backend keeps in IndexedDB. Records are plain structured-clone values
 * (Dates and Blobs included); the client builds its SDK-shaped objects from them.
 */
import type {
  ConversationUpdateReason,
  JSONValue,
  MessageUpdateReason,
  ParticipantUpdateReason,
} from '@twilio/conversations';

export interface ConversationRecord {
  sid: string;
  /** Absent rather than null: IndexedDB leaves records without the key out of the unique index. */
  uniqueName?: string;
  friendlyName: string | null;
  attributes: JSONValue;
  createdBy: string;
  dateCreated: Date;
  dateUpdated: Date;
  lastMessage?: { index: number; dateCreated: Date };
  /** The next message index; allocated in the same transaction as the message insert. */
  nextMessageIndex: number;
}

export interface ParticipantRecord {
  sid: string;
  conversationSid: string;
  identity: string;
  attributes: JSONValue;
  dateCreated: Date;
  dateUpdated: Date;
  lastReadMessageIndex: number | null;
  lastReadTimestamp: Date | null;
}

export interface MediaRecord {
  sid: string;
  filename: string | null;
  contentType: string;
  size: number;
  /** Absent in log snapshots of removed messages: their content is gone. */
  blob?: Blob;
}

export interface MessageRecord {
  sid: string;
  conversationSid: string;
  index: number;
  author: string;
  body: string | null;
  attributes: JSONValue;
  dateCreated: Date;
  dateUpdated: Date;
  media: MediaRecord[] | null;
}

export interface UserRecord {
  identity: string;
  friendlyName: string | null;
}

/**
 * One change, appended to the `log` store in the same transaction as the change itself. The
 * auto-increment `seq` gives every tab one commit order; each client replays the log from its own
 * cursor, so events arrive in order, once, and nothing is missed while it is offline.
 * Entries carry a snapshot of the conversation as of that change.
 */
export type LogChange =
  | { kind: 'participantJoined'; participant: ParticipantRecord; participants: ParticipantRecord[] }
  | { kind: 'participantLeft'; participant: ParticipantRecord }
  | { kind: 'participantUpdated'; participant: ParticipantRecord; reasons: ParticipantUpdateReason[] }
  | { kind: 'conversationUpdated'; reasons: ConversationUpdateReason[] }
  | { kind: 'conversationRemoved' }
  /** Messages `from`..`to` inclusive (one for a send, many for an import). */
  | { kind: 'messagesAdded'; from: number; to: number }
  | { kind: 'messageUpdated'; index: number; reasons: MessageUpdateReason[] }
  /** The message as it was, without media content (the record, blobs included, is deleted). */
  | { kind: 'messageRemoved'; message: MessageRecord };

export type LogEntry = LogChange & { seq: number; at: number; conversation: ConversationRecord };

/** A Twilio-style sid: two letters and 32 hex digits. */
export function newSid(prefix: 'CH' | 'MB' | 'IM' | 'ME'): string {
  return prefix + crypto.randomUUID().replaceAll('-', '');
}
