/**
 * How a chat is named where the store keeps or looks one up, so direct and group chats are
 * alike. A group is named by its conversation (`group:<sid>`). A direct chat is named by the
 * other agent's identity, known before its conversation exists (that is created on the first
 * message); an identity that itself begins like a chat id is escaped (`direct:<identity>`).
 * So every key older versions stored by the other agent's identity — pins, mutes, drafts, the
 * outbox — already names that agent's direct chat: nothing is migrated, nothing lost, and an
 * older version reading the same storage still finds its keys.
 */
export type ChatId = string;

const DIRECT = 'direct:';
const GROUP = 'group:';
const reserved = (value: string) => value.startsWith(DIRECT) || value.startsWith(GROUP);

/** The direct chat with `peer`. */
export const directChatId = (peer: string): ChatId => (reserved(peer) ? DIRECT + peer : peer);

/** The group chat whose conversation has this sid. */
export const groupChatId = (sid: string): ChatId => GROUP + sid;

export const isGroupChat = (id: ChatId): boolean => id.startsWith(GROUP) && id.length > GROUP.length;

/** The other agent of a direct chat; undefined for a group (or an empty id). */
export function peerOf(id: ChatId): string | undefined {
  if (!id || isGroupChat(id)) return undefined;
  return (id.startsWith(DIRECT) ? id.slice(DIRECT.length) : id) || undefined;
}
