/**
 * A thread holds a window of messages, not its whole history: a 10,000-message chat keeps the
 * page's DOM small however far the reader scrolls. Loading older messages drops the newest
 * beyond the window, loading newer ones drops the oldest; messages still being sent always stay.
 */
import type { MessageView } from '../chat-state.js';

export const WINDOW_SIZE = 120;

/** Keeps at most `size` sent messages, dropping from the end away from `keep`. */
export function trimWindow(
  messages: readonly MessageView[],
  keep: 'older' | 'newer',
  size = WINDOW_SIZE,
): { messages: MessageView[]; trimmed: boolean } {
  const sent = messages.filter((m) => m.index >= 0);
  if (sent.length <= size) return { messages: [...messages], trimmed: false };
  const kept = keep === 'older' ? sent.slice(0, size) : sent.slice(-size);
  return { messages: [...kept, ...messages.filter((m) => m.index < 0)], trimmed: true };
}
