/** Who has seen the user's last message, and who is typing: pure, for direct chats and groups alike. */
import type { MessageView } from '../../services/chat-state.js';
import type { Catalog } from '../../l10n/en.js';

/**
 * The newest own message, sent, with the other members who have read it; undefined until
 * someone has (a direct chat's horizons hold its other agent; a group's, each other member).
 */
export function lastOwnMessageSeen(messages: readonly MessageView[], horizons: ReadonlyMap<string, number>): { key: string; by: string[] } | undefined {
  // A member's line (added, renamed) has no "Seen" of its own: the message before it keeps it.
  const lastOwn = messages.findLast((m) => m.own && m.delivery === 'sent' && !m.notice);
  const by = lastOwn ? [...horizons].filter(([, index]) => index >= lastOwn.index).map(([identity]) => identity) : [];
  return by.length ? { key: lastOwn!.key, by } : undefined;
}

/** "Bob is typing…", "Bob and Carol are typing…", "Several people are typing…", or '' for no one. */
export function typingWords(t: Pick<Catalog, 'isTyping' | 'twoTyping' | 'severalTyping'>, names: readonly string[]): string {
  const [first, second] = names;
  if (!first) return '';
  if (!second) return t.isTyping(first);
  return names.length === 2 ? t.twoTyping(first, second) : t.severalTyping;
}
