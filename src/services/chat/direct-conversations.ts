/**
 * The conversation of a chat: a group's is known; a direct chat's is known, found by the pair's
 * name (ours or the original plugin's), completed when it was left stranded, or created. Opening
 * it twice, or from both sides at once, yields the same conversation. One that someone else sits
 * in is never used: a clean one is created beside it.
 */
import {
  CHAT_FRIENDLY_NAME,
  directChatAttributes,
  directChatName,
  isDirectChatBetween,
  legacyPairName,
} from '../conversations/direct-chat.js';
import { ERROR_CODES, errorCode, FailureInWords, isNotFound } from '../conversations/describe-error.js';
import { needing } from '../conversations/permissions.js';
import type { ChatClient, ChatConversation } from '../conversations/ports.js';
import { phrase } from '../../l10n/phrase.js';
import { directChatId, peerOf, type ChatId } from './chat-id.js';
import { EMPTY_THREAD } from '../chat-state.js';
import { leaveChat } from './retention.js';
import type { StateContainer } from './state-container.js';
import type { ChatRegistry } from './chat-registry.js';

export class DirectConversations {
  /** Look-ups under way, by peer and whether they may create: a second caller shares the first's. */
  readonly #lookupsByPeerAndCreate = new Map<string, Promise<ChatConversation | undefined>>();

  readonly #client: ChatClient;
  readonly #registry: ChatRegistry;
  readonly #state: StateContainer;
  /** The signed-in agent's identity ('' until the client has initialized). */
  readonly #me: () => string;

  constructor(
    client: ChatClient,
    registry: ChatRegistry,
    state: StateContainer,
    me: () => string,
  ) {
    this.#client = client;
    this.#registry = registry;
    this.#state = state;
    this.#me = me;
  }

  /**
   * The conversation of `chat`: known, or for a direct chat found by name (ours or the original
   * plugin's) or, with `create` (a message is being written), created. Writing into one re-tags
   * it when another client overwrote its attributes.
   */
  async with(chat: ChatId, create: boolean): Promise<ChatConversation | undefined> {
    if (create) await this.#leaveDeparted(chat);
    const conversation = await this.#lookup(chat, create);
    if (conversation && create) await this.#registry.retag(chat, conversation);
    return conversation;
  }

  /**
   * Writing in a chat whose other agent has left its conversation: a message there would reach
   * no one, so that conversation is left (it was open to write in: what was unread is seen) and
   * a new one carries the message. The thread starts again with it, keeping what waits to go.
   */
  async #leaveDeparted(chat: ChatId): Promise<void> {
    const known = this.#registry.conversation(chat);
    if (!known || !this.#registry.isDeparted(known)) return;
    this.#registry.detach(chat);
    const waiting = this.#state.thread(chat).messages.filter((m) => m.index < 0);
    this.#state.setThread(chat, { ...EMPTY_THREAD, status: 'ready', messages: waiting });
    await leaveChat(known, true).catch(() => {}); // Refused: it stays held, and the new chat goes ahead.
  }

  #lookup(chat: ChatId, create: boolean): Promise<ChatConversation | undefined> {
    const known = this.#registry.conversation(chat);
    const peer = peerOf(chat);
    if (known || !peer) return Promise.resolve(known);
    const key = `${peer}\u0000${create}`;
    let lookup = this.#lookupsByPeerAndCreate.get(key);
    if (!lookup) {
      lookup = this.#findOrCreate(peer, create).finally(() => this.#lookupsByPeerAndCreate.delete(key));
      this.#lookupsByPeerAndCreate.set(key, lookup);
    }
    return lookup;
  }

  async #findOrCreate(peer: string, create: boolean): Promise<ChatConversation | undefined> {
    const chat = directChatId(peer);
    const name = await directChatName(this.#me(), peer);
    const found = (await this.#findByName(name)) ?? (await this.#findByName(legacyPairName(this.#me(), peer)));
    const foundWith = found && (await this.#registry.chatOf(found));
    if (foundWith === chat) return found;
    if (!create) return undefined;
    // Created by this agent, but the other could not be added (a role without addParticipant):
    // the pair's name is taken by it, so it is completed rather than created again.
    if (found && !foundWith && (await this.#isStranded(found, peer))) return this.#addPeer(found, peer);
    // Someone else sits in the pair's conversation: a clean one, without the taken name.
    const intruded = !!found && !foundWith && !!this.#state.thread(chat).refusal;
    try {
      const conversation = await needing(
        'createConversation',
        this.#client.createConversation({
          ...(intruded ? {} : { uniqueName: name }),
          friendlyName: CHAT_FRIENDLY_NAME,
          attributes: directChatAttributes(this.#me(), peer),
        }),
      );
      return await this.#addPeer(conversation, peer);
    } catch (error) {
      // Both agents opened the chat at once and the other side won: use theirs.
      if (errorCode(error) !== ERROR_CODES.uniqueNameExists) throw error;
      return this.#waitForConversation(name);
    }
  }

  async #addPeer(conversation: ChatConversation, peer: string): Promise<ChatConversation> {
    await needing('addParticipant', conversation.add(peer));
    await this.#registry.chatOf(conversation);
    return conversation;
  }

  /** A direct chat of ours with `peer`, by its attributes, in which this agent is alone. */
  async #isStranded(conversation: ChatConversation, peer: string): Promise<boolean> {
    if (!isDirectChatBetween(conversation.attributes, this.#me(), peer)) return false;
    const participants = await conversation.getParticipants().catch(() => []);
    return participants.length === 1 && participants[0]!.identity === this.#me();
  }

  async #findByName(name: string): Promise<ChatConversation | undefined> {
    try {
      return await this.#client.getConversationByUniqueName(name);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** The other side created the pair's conversation and is adding us: it appears within moments. */
  async #waitForConversation(name: string): Promise<ChatConversation> {
    for (const delay of [50, 100, 200, 400, 800, 1600]) {
      const found = await this.#findByName(name);
      if (found && (await this.#registry.chatOf(found))) return found;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
    throw new FailureInWords(phrase('chatCrossed'));
  }
}
