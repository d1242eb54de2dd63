/**
 * Messages laid out as people read a chat: a separator where a day starts, and the author and
 * time where a run of messages from one author starts (a member's event, a line of its own, ends a run). Flat, one row per message, so a message
 * keeps its element while history comes in above it or new messages below. Pure.
 */
import type { MessageView } from '../../services/chat-state.js';

export interface MessageRow {
  readonly message: MessageView;
  /** Midnight of the day this message starts, local time; absent within a day. */
  readonly day?: Date;
  /** The first of a run from one author: shows the author and the time. */
  readonly startsRun: boolean;
}

/** Consecutive messages from one author within this long share one header. */
const RUN_GAP_MS = 5 * 60_000;

export function layoutMessages(messages: readonly MessageView[]): MessageRow[] {
  return messages.map((message, i) => {
    const previous = messages[i - 1];
    const day = startOfDay(message.sentAt);
    const newDay = !previous || startOfDay(previous.sentAt).getTime() !== day.getTime();
    const startsRun =
      newDay || !!previous.notice || previous.author !== message.author || message.sentAt.getTime() - previous.sentAt.getTime() >= RUN_GAP_MS;
    return { message, startsRun, ...(newDay ? { day } : {}) };
  });
}

function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}
