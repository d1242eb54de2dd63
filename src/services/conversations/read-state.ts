/**
 * Unread messages, derived from two numbers the SDK keeps for each conversation: the index of
 * its last message and the user's read horizon. Both only move forward, so the result does not
 * depend on the order in which events and answers arrive (counting them one by one would:
 * a message could be counted by a first fetch and again by its own event).
 */
export interface ReadState {
  /** Index of the newest message known; -1 when there is none. */
  readonly lastIndex: number;
  /** Index of the last message the user has read; null before they have read any. */
  readonly horizon: number | null;
}

/** Before anything is known: no message, none read. */
export const NOTHING_READ: ReadState = { lastIndex: -1, horizon: null };

/** A brand-new incoming chat has no horizon yet: every message in it is unread (never zero). */
export function unreadCount({ lastIndex, horizon }: ReadState): number {
  return horizon === null ? lastIndex + 1 : Math.max(0, lastIndex - horizon);
}

/** Takes in what is newer; nothing moves backwards. */
export function advance(state: ReadState, seen: { lastIndex?: number | null; horizon?: number | null }): ReadState {
  const lastIndex = Math.max(state.lastIndex, seen.lastIndex ?? -1);
  const horizon = seen.horizon == null ? state.horizon : Math.max(state.horizon ?? -1, seen.horizon);
  return { lastIndex, horizon };
}
