/**
 * Which chat "next/previous chat with unread messages" opens: the chats in the order the
 * directory lists them (pinned, then recent), searching onward from the open chat and wrapping
 * around. Muted chats don't count. Pure: state in, chat out.
 */
import type { ChatState } from '../../services/chat-state.js';
import type { ChatId } from '../../services/chat/chat-id.js';
import { directorySections } from '../agent-list/directory-sections.js';

export function unreadChatFrom(state: Pick<ChatState, 'pins' | 'chats' | 'directory' | 'me' | 'muted' | 'activeChat'>, direction: 'next' | 'previous'): ChatId | null {
  // The directory's order without a search: what the person sees once the search is cleared.
  const listed = directorySections({ ...state, directory: { ...state.directory, query: '' } }).flatMap((section) => section.chats);
  const order = [...new Set([...listed, ...state.chats.keys()])];
  const waiting = (chat: ChatId) => (state.chats.get(chat)?.unread ?? 0) > 0 && !state.muted.includes(chat);
  const at = state.activeChat ? order.indexOf(state.activeChat) : -1;
  const onward = direction === 'next' ? [...order.slice(at + 1), ...order.slice(0, at + 1)] : [...order.slice(0, Math.max(at, 0)).reverse(), ...order.slice(at + 1).reverse()];
  return onward.find((chat) => chat !== state.activeChat && waiting(chat)) ?? null;
}
