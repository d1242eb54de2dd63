/** Messages arranged as people read a chat: by day, then runs from one author. Pure. */
import type { MessageView } from '../../services/chat-state.js';

export interface MessageGroup {
  readonly author: string;
  readonly own: boolean;
  readonly messages: readonly MessageView[];
}

export interface DayGroup {
  /** Midnight of the day, local time. */
  readonly day: Date;
  readonly groups: readonly MessageGroup[];
}

/** Consecutive messages from one author within this long share a header. */
const GROUP_GAP_MS = 5 * 60_000;

export function groupMessages(messages: readonly MessageView[]): DayGroup[] {
  const days: Array<{ day: Date; groups: Array<{ author: string; own: boolean; messages: MessageView[] }> }> = [];
  for (const message of messages) {
    const day = new Date(message.sentAt.getFullYear(), message.sentAt.getMonth(), message.sentAt.getDate());
    let current = days.at(-1);
    if (!current || current.day.getTime() !== day.getTime()) days.push((current = { day, groups: [] }));
    const group = current.groups.at(-1);
    const previous = group?.messages.at(-1);
    if (group && previous && group.author === message.author && message.sentAt.getTime() - previous.sentAt.getTime() < GROUP_GAP_MS) {
      group.messages.push(message);
    } else {
      current.groups.push({ author: message.author, own: message.own, messages: [message] });
    }
  }
  return days;
}

/** "Today", "Yesterday", or the date. */
export function dayLabel(day: Date, now = new Date(), locale?: string): string {
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  const days = Math.round((today - day.getTime()) / 86_400_000);
  if (days === 0) return 'Today';
  if (days === 1) return 'Yesterday';
  const sameYear = day.getFullYear() === now.getFullYear();
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: sameYear ? undefined : 'numeric' }).format(day);
}
