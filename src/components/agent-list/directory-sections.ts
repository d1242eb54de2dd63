/** Which chats the directory shows, in which section and order. Pure: state in, sections out. */
import type { ChatState, ChatSummary } from '../../services/chat-state.js';
import { directChatId, peerOf, type ChatId } from '../../services/chat/chat-id.js';
import { matchesName } from '../../services/directory/rank-agents.js';

export interface DirectorySection {
  /** Which section; its heading is the element's to word. */
  readonly id: 'pinned' | 'recent' | 'everyone' | 'results';
  /** Direct chats (an agent's row) and groups, in order. */
  readonly chats: readonly ChatId[];
}

/** The pins that are chats of the user's: a pinned group they have left is no longer theirs to show. */
export function livePins(state: Pick<ChatState, 'pins' | 'chats'>): ChatId[] {
  return state.pins.filter((chat) => peerOf(chat) || state.chats.has(chat));
}

/** The groups whose name holds `text`, case and accents aside. */
export function namedGroups(chats: ChatState['chats'], text: string): ChatSummary[] {
  return [...chats.values()].filter((chat) => chat.kind === 'group' && matchesName(chat.name ?? '', text));
}

export function directorySections(state: Pick<ChatState, 'pins' | 'chats' | 'directory' | 'me' | 'muted'>): DirectorySection[] {
  const own = state.me ? directChatId(state.me.identity) : undefined;
  const agents = (identities: readonly string[]) => identities.map(directChatId).filter((chat) => chat !== own);
  const query = state.directory.query.trim();
  if (query) {
    // Groups by name, then the agents the directory found.
    const results = [...namedGroups(state.chats, query).map((group) => group.id), ...agents(state.directory.results)];
    return results.length ? [{ id: 'results', chats: results }] : [];
  }
  const pinned = livePins(state).filter((chat) => chat !== own);
  const shown = new Set(pinned);
  // Unread first (muted chats don't ask for attention), then the latest activity.
  const waiting = (chat: ChatSummary) => (chat.unread > 0 && !state.muted.includes(chat.id) ? 1 : 0);
  const recent = [...state.chats.values()]
    .filter((chat) => !shown.has(chat.id) && chat.id !== own && (chat.lastActivity || chat.kind === 'group'))
    .sort((a, b) => waiting(b) - waiting(a) || (b.lastActivity?.getTime() ?? 0) - (a.lastActivity?.getTime() ?? 0))
    .map((chat) => chat.id);
  recent.forEach((chat) => shown.add(chat));
  const everyone = agents(state.directory.results).filter((chat) => !shown.has(chat));
  return [
    { id: 'pinned' as const, chats: pinned },
    { id: 'recent' as const, chats: recent },
    { id: 'everyone' as const, chats: everyone },
  ].filter((section) => section.chats.length > 0);
}
