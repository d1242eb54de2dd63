/**
 * Which conversations are the person's chats, and which chat each one is. A conversation becomes
 * a chat on first sight when it is ours (tagged, or named as ours when another client overwrote
 * its attributes) and the user has joined it: a group by its conversation, a direct chat by the
 * other agent, only while exactly the two of them are in it. Its summary and read state are
 * seeded then, and its preview queued.
 */
import { EMPTY_THREAD } from '../chat-state.js';
import {
  claimedKind,
  directChatAttributes,
  groupChatAttributes,
  isChatAttributes,
  isPairName,
  retagged,
  taggedPair,
} from '../conversations/direct-chat.js';
import type { ChatConversation } from '../conversations/ports.js';
import { advance, NOTHING_READ, unreadCount } from '../conversations/read-state.js';
import { lastActivityOf, readPositionOf } from '../conversations/service-values.js';
import { phrase } from '../../l10n/phrase.js';
import { directChatId, groupChatId, isGroupChat, peerOf, type ChatId } from './chat-id.js';
import type { ChatPreviews } from './chat-previews.js';
import { leaveChat } from './retention.js';
import type { DirectoryRoster } from './directory-roster.js';
import type { ReadTracker } from './read-tracker.js';
import type { StateContainer } from './state-container.js';

export class ChatRegistry {
  readonly #conversationsByChat = new Map<ChatId, ChatConversation>();
  /** The chat each conversation seen is, by conversation sid: undefined while it isn't ours. */
  readonly #chatsBySid = new Map<string, Promise<ChatId | undefined>>();

  readonly #state: StateContainer;
  readonly #reads: ReadTracker;
  readonly #previews: ChatPreviews;
  readonly #roster: DirectoryRoster;
  /** The signed-in agent's identity ('' until the client has initialized). */
  readonly #me: () => string;

  constructor(
    state: StateContainer,
    reads: ReadTracker,
    previews: ChatPreviews,
    roster: DirectoryRoster,
    me: () => string,
  ) {
    this.#state = state;
    this.#reads = reads;
    this.#previews = previews;
    this.#roster = roster;
    this.#me = me;
  }

  /** Conversations the other agent left while something in them was unread here: read, never written into. */
  readonly #departedSids = new Set<string>();

  /** The conversation of `chat`, once known. */
  conversation(chat: ChatId): ChatConversation | undefined {
    return this.#conversationsByChat.get(chat);
  }

  /**
   * The chat `conversation` is, registering it on first sight; undefined for conversations that
   * aren't ours (untagged, the user isn't in them, or someone else sits in a direct chat).
   */
  chatOf(conversation: ChatConversation): Promise<ChatId | undefined> {
    let chat = this.#chatsBySid.get(conversation.sid);
    if (!chat) {
      // Not ours *yet* is not remembered: it may be joined, or gain the other agent, later.
      chat = this.#register(conversation).then((found) => (found || this.#chatsBySid.delete(conversation.sid), found));
      this.#chatsBySid.set(conversation.sid, chat);
    }
    return chat;
  }

  /** The chat whose conversation has this sid, without asking the service. */
  chatIfKnown(sid: string): ChatId | undefined {
    for (const [chat, conversation] of this.#conversationsByChat) if (conversation.sid === sid) return chat;
    return undefined;
  }

  /** The user is no longer in `conversation`: its chat leaves the list, and its thread goes. */
  forget(conversation: ChatConversation): void {
    for (const [chat, known] of this.#conversationsByChat) {
      if (known.sid !== conversation.sid) continue;
      this.detach(chat);
      this.#state.removeChat(chat);
      // What it showed is no longer the user's to read: opened again, a direct chat starts afresh.
      const open = this.#state.current.activeChat === chat;
      if (open && !isGroupChat(chat)) this.#state.setThread(chat, { ...EMPTY_THREAD, status: 'ready' });
      else this.#state.removeThread(chat);
      if (open && isGroupChat(chat)) this.#state.update({ activeChat: null });
    }
    this.#chatsBySid.delete(conversation.sid);
  }

  /** `chat` no longer has a conversation that reaches the other agent: the next message starts one. */
  detach(chat: ChatId): void {
    this.#conversationsByChat.delete(chat);
    this.#reads.forget(chat);
  }

  /**
   * Someone joined or left `conversation`: a group's members are updated; a direct chat that
   * has anyone but its two agents in it is no longer shown or written into.
   */
  async membersChanged(conversation: ChatConversation): Promise<void> {
    const chat = this.chatIfKnown(conversation.sid);
    if (!chat) return void (await this.chatOf(conversation));
    const members = await this.#identities(conversation);
    if (isGroupChat(chat)) return this.#state.setChat({ ...this.#state.summary(chat), members });
    this.checkPair(chat, conversation, members);
  }

  /**
   * The other agent left `conversation` while something in it is unread here: it stays in the
   * list to be read, and the next message starts a new conversation (see DirectConversations).
   */
  departed(conversation: ChatConversation): void {
    this.#departedSids.add(conversation.sid);
  }

  isDeparted(conversation: ChatConversation): boolean {
    return this.#departedSids.has(conversation.sid);
  }

  /** Whether only the two agents of direct `chat` are in `conversation`, or this one alone after the other left (else it is refused). */
  checkPair(chat: ChatId, conversation: ChatConversation, members: readonly string[]): boolean {
    const peer = peerOf(chat);
    const me = this.#me();
    const left = this.#departedSids.has(conversation.sid) && members.length === 1 && members[0] === me;
    if (!peer || left || (members.length === 2 && members.includes(peer) && members.includes(me))) return true;
    this.#refuse(peer, conversation);
    return false;
  }

  /**
   * Tags `conversation` as ours again when another client overwrote its attributes; best effort
   * (the role may not allow it), as the chat is still recognised by its name.
   */
  async retag(chat: ChatId, conversation: ChatConversation): Promise<void> {
    const group = isGroupChat(chat);
    if (group ? claimedKind({ attributes: conversation.attributes }) === 'group' : isChatAttributes(conversation.attributes)) return;
    const tag = group ? groupChatAttributes() : directChatAttributes(this.#me(), peerOf(chat) ?? '');
    await conversation.updateAttributes(retagged(conversation.attributes, tag)).catch(() => {});
  }

  /** Someone else is in the direct chat with `peer`: it is not shown, and the next message starts a clean one. */
  #refuse(peer: string, conversation: ChatConversation): void {
    const chat = directChatId(peer);
    this.#chatsBySid.delete(conversation.sid); // Checked again on its next event.
    const known = this.#conversationsByChat.get(chat);
    if (known && known.sid !== conversation.sid) return; // A clean conversation is in use already.
    this.detach(chat);
    this.#state.removeChat(chat);
    this.#state.setThread(chat, { ...EMPTY_THREAD, status: 'ready', refusal: phrase('chatIntruded', this.#roster.agent(peer).displayName) });
  }

  async #identities(conversation: ChatConversation): Promise<string[]> {
    const participants = await conversation.getParticipants().catch(() => []);
    return [...new Set(participants.flatMap((p) => (typeof p.identity === 'string' && p.identity ? [p.identity] : [])))];
  }

  async #register(conversation: ChatConversation): Promise<ChatId | undefined> {
    const kind = claimedKind(conversation);
    if (conversation.status !== 'joined' || !kind) return undefined;
    const members = await this.#identities(conversation);
    if (kind === 'group') return this.#add(groupChatId(conversation.sid), conversation, members, { name: conversation.friendlyName ?? '' });
    const me = this.#me();
    const others = members.filter((id) => id !== me);
    const pair = taggedPair(conversation.attributes);
    let peer = pair?.includes(me) ? pair.find((id) => id !== me) : others.length === 1 ? others[0] : undefined;
    for (const other of others) if (!peer && (await isPairName(conversation.uniqueName, me, other))) peer = other;
    if (peer && pair && !others.length) {
      // The other agent left it (a reload since): still to be read here, or left as it would have been live.
      const read = advance(NOTHING_READ, readPositionOf(conversation));
      if (unreadCount(read) > 0) this.#departedSids.add(conversation.sid);
      else if (read.lastIndex >= 0) void leaveChat(conversation, true).catch(() => {}); // Retried on the next start.
    }
    // Not a pair's, or the other agent is still to be added.
    if (!peer || (!others.length && !this.#departedSids.has(conversation.sid))) return undefined;
    const named = kind === 'direct' || (await isPairName(conversation.uniqueName, me, peer));
    if (!named) return undefined;
    const chat = directChatId(peer);
    if (!this.checkPair(chat, conversation, members)) return undefined;
    if (this.#state.current.threads.get(chat)?.refusal) this.#state.patchThread(chat, { refusal: undefined });
    return this.#add(chat, conversation, members, { peer });
  }

  #add(chat: ChatId, conversation: ChatConversation, members: string[], about: { peer?: string; name?: string }): ChatId {
    this.#conversationsByChat.set(chat, conversation);
    if (!this.#state.current.chats.has(chat)) {
      const kind = isGroupChat(chat) ? 'group' : 'direct';
      this.#state.setChat({ id: chat, kind, ...about, members, lastActivity: lastActivityOf(conversation), preview: '', unread: 0 });
      this.#reads.advance(chat, readPositionOf(conversation));
      this.#previews.queue(chat, conversation);
      if (this.#state.current.startup === 'ready') void this.#roster.load(members);
    }
    return chat;
  }
}
