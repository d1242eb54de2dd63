/**
 * Starting a group, adding people to it, renaming it, and leaving it. A group is a conversation
 * tagged as ours, with the group's name as its friendly name and a random unique name under
 * GROUP_NAME_PREFIX, so that it stays recognisable when another client overwrites its
 * attributes. Everyone in it sees it live through the registry (membership events), and each
 * change as a line in the thread: the member's client writes it down as a message whose
 * attributes carry a `notice` (Twilio keeps no history of who joined or left), with English
 * words as its body for clients that show only bodies.
 */
import { GROUP_NAME_PREFIX, groupChatAttributes } from '../conversations/direct-chat.js';
import { FailureInWords } from '../conversations/describe-error.js';
import { needing } from '../conversations/permissions.js';
import type { ChatClient, ChatConversation, JSONValue } from '../conversations/ports.js';
import type { Notice } from '../chat-state.js';
import { phrase, type Phrase } from '../../l10n/phrase.js';
import { isGroupChat, type ChatId } from './chat-id.js';
import type { ChatRegistry } from './chat-registry.js';
import type { StateContainer } from './state-container.js';

/** The most people a group holds, its creator included (a team, not a broadcast list). */
export const GROUP_MAX_MEMBERS = 50;

/**
 * Why a group named `name` with `others` (everyone but its creator) can't be started, or
 * undefined when it can: it needs a name, two other people, and room for all of them.
 */
export function groupRefusal(name: string, others: readonly string[]): Phrase | undefined {
  if (!name.trim()) return phrase('groupNeedsName');
  if (others.length < 2) return phrase('groupNeedsPeople');
  if (others.length + 1 > GROUP_MAX_MEMBERS) return phrase('groupTooLarge', GROUP_MAX_MEMBERS);
  return undefined;
}

export class GroupChats {
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
   * Starts a group named `name` with `people` (the creator is always in); resolves to its chat.
   * Refused in words before anything is created, or, when someone can't be added, with the
   * half-made group left, so that it is no one's chat (leaving needs no more of the role than
   * agents have already; deleting would).
   */
  async create(name: string, people: readonly string[]): Promise<ChatId> {
    const others = [...new Set(people)].filter((identity) => identity && identity !== this.#me());
    const refusal = groupRefusal(name, others);
    if (refusal) throw new FailureInWords(refusal);
    const conversation = await needing(
      'createConversation',
      this.#client.createConversation({ uniqueName: GROUP_NAME_PREFIX + crypto.randomUUID(), friendlyName: name.trim(), attributes: groupChatAttributes() }),
    );
    try {
      for (const identity of others) await needing('addParticipant', conversation.add(identity));
    } catch (error) {
      await conversation.leave().catch(() => {});
      throw error;
    }
    return (await this.#registry.chatOf(conversation)) ?? this.#notOurs();
  }

  /** Adds `people` to group `chat`; those in it already are left as they are. */
  async add(chat: ChatId, people: readonly string[]): Promise<void> {
    const conversation = this.#group(chat);
    const members = new Set(this.#state.current.chats.get(chat)?.members);
    const newcomers = [...new Set(people)].filter((identity) => identity && !members.has(identity));
    if (members.size + newcomers.length > GROUP_MAX_MEMBERS) throw new FailureInWords(phrase('groupTooLarge', GROUP_MAX_MEMBERS));
    const added: string[] = [];
    try {
      for (const identity of newcomers) {
        await needing('addParticipant', conversation.add(identity));
        added.push(identity);
      }
    } finally {
      // Those added are said, even when someone after them could not be; the adding stands
      // whether or not the words get through.
      if (added.length) await tell(conversation, { kind: 'added', people: added }, `added ${added.join(', ')}`).catch(() => {});
    }
  }

  /** Renames group `chat` for everyone in it; refused in words without a name. */
  async rename(chat: ChatId, name: string): Promise<void> {
    const conversation = this.#group(chat);
    const trimmed = name.trim();
    if (!trimmed) throw new FailureInWords(phrase('groupNeedsName'));
    if (trimmed === conversation.friendlyName) return;
    await needing('editConversationName', conversation.updateFriendlyName(trimmed));
    // The new name stands whether or not the words get through.
    await tell(conversation, { kind: 'renamed', name: trimmed }, `renamed the group “${trimmed}”`).catch(() => {});
  }

  /** The user leaves group `chat`: it leaves their list, and the others see them go. */
  async leave(chat: ChatId): Promise<void> {
    const conversation = this.#group(chat);
    // Said first: once out, the user can't write in it. Words that don't get through don't keep them in.
    await tell(conversation, { kind: 'left' }, 'left the group').catch(() => {});
    await conversation.leave();
    this.#registry.forget(conversation);
  }

  #group(chat: ChatId): ChatConversation {
    const conversation = isGroupChat(chat) ? this.#registry.conversation(chat) : undefined;
    return conversation ?? this.#notOurs();
  }

  #notOurs(): never {
    throw new FailureInWords(phrase('groupGone'));
  }
}

/** Writes what the user did into the group: a line for every member (see above). */
function tell(conversation: ChatConversation, notice: Notice, body: string): Promise<unknown> {
  // A Notice is JSON; its arrays are only typed read-only.
  return needing('sendMessage', conversation.sendMessage(body, { notice } as unknown as JSONValue));
}
