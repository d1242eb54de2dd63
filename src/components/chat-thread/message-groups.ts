/**
 * Messages laid out as people read a chat: a separator where a day starts, and the author and
 * time where a run of messages from one author starts. Flat, one row per message, so a message
 * keeps its element while history comes in above it or new messages below. Pure.
 */
import type { MessageView } from '../../services/chat-state.js';
import { dateFormat } from '../shared/format-time.js';

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
      newDay || previous.author !== message.author || message.sentAt.getTime() - previous.sentAt.getTime() >= RUN_GAP_MS;
    return { message, startsRun, ...(newDay ? { day } : {}) };
  });
}

/** "Today", "Yesterday", or the date. */
export function dayLabel(day: Date, now = new Date(), locale?: string): string {
  const today = startOfDay(now).getTime();
  const days = Math.round((today - day.getTime()) / 86_400_000);
  if (days === 0) return 'Today';
  if (days === 1) return 'Yesterday';
  const sameYear = day.getFullYear() === now.getFullYear();
  return dateFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: sameYear ? undefined : 'numeric' }).format(day);
}

function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}
