/**
 * The conversation of a direct chat with another agent: known, found by the pair's name (ours or
 * the original plugin's), completed when it was left stranded, or created. Opening it twice, or
 * from both sides at once, yields the same conversation.
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
import type { ChatRegistry } from './chat-registry.js';

export class DirectConversations {
  /** Look-ups under way, by peer and whether they may create: a second caller shares the first's. */
  readonly #lookupsByPeerAndCreate = new Map<string, Promise<ChatConversation | undefined>>();

  constructor(
    private readonly client: ChatClient,
    private readonly registry: ChatRegistry,
    /** The signed-in agent's identity ('' until the client has initialized). */
    private readonly me: () => string,
  ) {}

  /** The conversation with `peer`: known, found by name (ours or the original plugin's), or created. */
  with(peer: string, create: boolean): Promise<ChatConversation | undefined> {
    const known = this.registry.conversation(peer);
    if (known) return Promise.resolve(known);
    const key = `${peer}\u0000${create}`;
    let lookup = this.#lookupsByPeerAndCreate.get(key);
    if (!lookup) {
      lookup = this.#findOrCreate(peer, create).finally(() => this.#lookupsByPeerAndCreate.delete(key));
      this.#lookupsByPeerAndCreate.set(key, lookup);
    }
    return lookup;
  }

  async #findOrCreate(peer: string, create: boolean): Promise<ChatConversation | undefined> {
    const name = await directChatName(this.me(), peer);
    const found = (await this.#findByName(name)) ?? (await this.#findByName(legacyPairName(this.me(), peer)));
    const foundWith = found && (await this.registry.chatOf(found));
    if (foundWith === peer) return found;
    if (!create) return undefined;
    // Created by this agent, but the other could not be added (a role without addParticipant):
    // the pair's name is taken by it, so it is completed rather than created again.
    if (found && !foundWith && (await this.#isStranded(found, peer))) return this.#addPeer(found, peer);
    try {
      const conversation = await needing(
        'createConversation',
        this.client.createConversation({ uniqueName: name, friendlyName: CHAT_FRIENDLY_NAME, attributes: directChatAttributes(this.me(), peer) }),
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
    await this.registry.chatOf(conversation);
    return conversation;
  }

  /** A direct chat of ours with `peer`, by its attributes, in which this agent is alone. */
  async #isStranded(conversation: ChatConversation, peer: string): Promise<boolean> {
    if (!isDirectChatBetween(conversation.attributes, this.me(), peer)) return false;
    const participants = await conversation.getParticipants().catch(() => []);
    return participants.length === 1 && participants[0]!.identity === this.me();
  }

  async #findByName(name: string): Promise<ChatConversation | undefined> {
    try {
      return await this.client.getConversationByUniqueName(name);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** The other side created the pair's conversation and is adding us: it appears within moments. */
  async #waitForConversation(name: string): Promise<ChatConversation> {
    for (const delay of [50, 100, 200, 400, 800, 1600]) {
      const found = await this.#findByName(name);
      if (found && (await this.registry.chatOf(found))) return found;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
    throw new FailureInWords(phrase('chatCrossed'));
  }
}
