/** Which agents the directory shows, in which section and order. Pure: state in, sections out. */
import type { ChatState, ChatSummary } from '../../services/chat-state.js';
import { peerOf } from '../../services/chat/chat-id.js';

export interface AgentSection {
  /** Which section; its heading is the element's to word. */
  readonly id: 'pinned' | 'recent' | 'everyone' | 'results';
  readonly identities: readonly string[];
}

export function agentSections(state: Pick<ChatState, 'pins' | 'chats' | 'directory' | 'me' | 'muted'>): AgentSection[] {
  const me = state.me?.identity;
  if (state.directory.query.trim()) {
    const results = state.directory.results.filter((id) => id !== me);
    return results.length ? [{ id: 'results', identities: results }] : [];
  }
  // Rows are agents: a direct chat shows as its other agent.
  const pinned = state.pins.flatMap((chat) => peerOf(chat) ?? []).filter((id) => id !== me);
  const shown = new Set(pinned);
  // Unread first (muted chats don't ask for attention), then the latest activity.
  const waiting = (chat: ChatSummary) => (chat.unread > 0 && !state.muted.includes(chat.id) ? 1 : 0);
  const recent = [...state.chats.values()]
    .filter((chat) => chat.peer && !shown.has(chat.peer) && chat.lastActivity)
    .sort((a, b) => waiting(b) - waiting(a) || (b.lastActivity?.getTime() ?? 0) - (a.lastActivity?.getTime() ?? 0))
    .map((chat) => chat.peer!);
  recent.forEach((id) => shown.add(id));
  const everyone = state.directory.results.filter((id) => !shown.has(id) && id !== me);
  return [
    { id: 'pinned' as const, identities: pinned },
    { id: 'recent' as const, identities: recent },
    { id: 'everyone' as const, identities: everyone },
  ].filter((section) => section.identities.length > 0);
}
