import type { ConversationsDatabase } from './conversations-database.js';

/**
 * What conversation, message and media objects need from the client that owns them. Keeps the
 * client's own public surface to the SDK's shape.
 */
export interface ConversationHost {
  readonly identity: string;
  /** Runs a read; rejects with "disconnected" while offline. */
  read<T>(op: (db: ConversationsDatabase) => Promise<T>): Promise<T>;
  /** Runs a change, tells the other tabs, and resolves once this client has seen its events. */
  write<T>(op: (db: ConversationsDatabase) => Promise<T>): Promise<T>;
  /** Resolves once every change stored so far has been applied to this client's objects. */
  catchUp(): Promise<void>;
  /** Tells the other participants' clients that this user is typing. */
  announceTyping(conversationSid: string): Promise<void>;
  /** A new object URL over `blob`, revoked after a few minutes. */
  temporaryUrl(blob: Blob): string;
}
