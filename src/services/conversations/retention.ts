/**
 * Retention: which of an agent's chats to leave, and when to warn about Twilio's limit of 1000
 * conversations per identity. Pure: no client, no clock of its own (pass `now`), no DOM.
 *
 * The policy only ever errs towards keeping a chat: a chat that is pinned, holds unread messages
 * (or has never been read: `unread === null`), or whose last activity is unknown or in the future
 * is never chosen, because leaving it could hide a message the agent has not seen.
 */
import { phrase, type Phrase } from '../../l10n/phrase.js';

/** Twilio's limit on the conversations one chat identity can be in (active or inactive). */
export const CONVERSATION_LIMIT = 1000;
/** Where the widget starts warning the agent. */
export const CONVERSATION_WARN_AT = 800;
/** Chats idle longer than this are left, unless pinned or unread. */
export const DEFAULT_IDLE_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the policy needs to know about one chat. */
export interface RetentionCandidate {
  /** The chat (direct or group). */
  readonly chat: string;
  /** The conversation's sid. */
  readonly sid: string;
  /** The last message's date, else the conversation's; null when unknown. */
  readonly lastActivity: Date | null;
  /** Unread messages; null when the agent has no read horizon yet (a chat never opened). */
  readonly unread: number | null;
  readonly pinned: boolean;
}

export interface RetentionOptions {
  /** Leave chats idle for longer than this many days. Default 30. */
  readonly idleDays?: number;
  /** The current time. Default: the time of the call. */
  readonly now?: Date | number;
}

/**
 * The chats to leave: idle for longer than `idleDays`, not pinned and without unread messages,
 * oldest first (so a caller working in small batches clears the oldest first). Returns the
 * caller's own objects; the input is not changed.
 */
export function chatsToLeave<T extends RetentionCandidate>(chats: readonly T[], options: RetentionOptions = {}): T[] {
  const idleDays = options.idleDays ?? DEFAULT_IDLE_DAYS;
  if (!Number.isFinite(idleDays) || idleDays < 0) {
    throw new RangeError(`idleDays must be a number of days, 0 or more (got ${String(idleDays)}).`);
  }
  const now = options.now === undefined ? Date.now() : +options.now;
  const cutoff = now - idleDays * DAY_MS;
  return chats
    .filter((chat) => {
      if (chat.pinned) return false;
      if (chat.unread === null || !(chat.unread <= 0)) return false; // NaN and null count as unread.
      const at = activityTime(chat.lastActivity);
      return at !== null && at < cutoff;
    })
    .sort((a, b) => activityTime(a.lastActivity)! - activityTime(b.lastActivity)!);
}

function activityTime(date: Date | null): number | null {
  const time = date instanceof Date ? date.getTime() : NaN;
  return Number.isNaN(time) ? null : time;
}

export interface BudgetOptions {
  /** How many conversations the agent is in: all of them, customer conversations included. */
  readonly count: number;
  /** Twilio's limit. Default 1000. */
  readonly limit?: number;
  /** Warn from this count on. Default 800. */
  readonly warnAt?: number;
  /** The retention the widget runs, named in the warning. Default 30. */
  readonly idleDays?: number;
}

export interface ConversationBudget {
  /** `ok`: nothing to say; `warn`: nearing the limit; `full`: new chats will fail. */
  readonly level: 'ok' | 'warn' | 'full';
  /** Whether to show `message` to the agent. */
  readonly warn: boolean;
  /** The words for the agent (a phrase, see src/l10n/phrase.ts), or null when there is nothing to say. */
  readonly message: Phrase | null;
}

/** Whether to warn the agent about Twilio's conversation limit, and in what words. */
export function conversationBudget({
  count,
  limit = CONVERSATION_LIMIT,
  warnAt = CONVERSATION_WARN_AT,
  idleDays = DEFAULT_IDLE_DAYS,
}: BudgetOptions): ConversationBudget {
  if (count >= limit) return { level: 'full', warn: true, message: phrase('budgetFull', count, limit, idleDays) };
  if (count >= warnAt) return { level: 'warn', warn: true, message: phrase('budgetWarn', count, limit, idleDays) };
  return { level: 'ok', warn: false, message: null };
}
