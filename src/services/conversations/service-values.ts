/**
 * Values from the service, checked where they come in. Another client can write anything
 * through the REST API or the embedded backend's database, and the SDK hands it on as it came
 * (an unparseable date becomes an Invalid Date): past this point, dates are valid Dates and
 * indexes whole numbers, or null.
 */
import type { ChatConversation } from './ports.js';

/** `value` when it is a valid Date, else null. */
export const validDate = (value: unknown): Date | null => (value instanceof Date && !Number.isNaN(value.getTime()) ? value : null);

/** `value` when it can be a message index (a whole number from 0), else null. */
export const validIndex = (value: unknown): number | null => (Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : null);

/** When a conversation last moved: its last message, else its last change; null if neither is a date. */
export const lastActivityOf = (conversation: Pick<ChatConversation, 'lastMessage' | 'dateUpdated'>): Date | null =>
  validDate(conversation.lastMessage?.dateCreated) ?? validDate(conversation.dateUpdated);

/** The index of a conversation's newest message and of the last one the user has read. */
export const readPositionOf = (conversation: Pick<ChatConversation, 'lastMessage' | 'lastReadMessageIndex'>) => ({
  lastIndex: validIndex(conversation.lastMessage?.index),
  horizon: validIndex(conversation.lastReadMessageIndex),
});
