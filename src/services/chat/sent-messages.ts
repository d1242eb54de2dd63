/**
 * Messages the service holds that the store has loaded or heard of, by sid: attachments are
 * fetched through them, and the user's own are edited and deleted through them, for both sides.
 */
import { describeError } from '../conversations/describe-error.js';
import { needing } from '../conversations/permissions.js';
import type { ChatMessage } from '../conversations/ports.js';
import type { ChatId } from './chat-id.js';
import type { ChatRegistry } from './chat-registry.js';
import type { StateContainer } from './state-container.js';

export class SentMessages {
  readonly #messagesBySid = new Map<string, ChatMessage>();

  readonly #state: StateContainer;
  readonly #registry: ChatRegistry;
  /** The signed-in agent's identity ('' until the client has initialized). */
  readonly #me: () => string;

  constructor(
    state: StateContainer,
    registry: ChatRegistry,
    me: () => string,
  ) {
    this.#state = state;
    this.#registry = registry;
    this.#me = me;
  }

  remember(messages: readonly ChatMessage[]): void {
    for (const message of messages) this.#messagesBySid.set(message.sid, message);
  }

  forget(sid: string): void {
    this.#messagesBySid.delete(sid);
  }

  /** The user left `conversation` (or it went): none of its messages are theirs to act on. */
  forgetConversation(conversationSid: string): void {
    for (const [sid, message] of this.#messagesBySid) if (message.conversation.sid === conversationSid) this.#messagesBySid.delete(sid);
  }

  /** Changes the text of one of the user's own messages in `chat`. */
  async edit(chat: ChatId, sid: string, body: string): Promise<void> {
    const message = body.trim() ? await this.#own(chat, sid) : undefined;
    if (!message) return;
    try {
      await needing('editOwnMessage', message.updateBody(body));
    } catch (error) {
      this.#state.update({ notice: describeError(error, 'actionEdit') });
    }
  }

  /** Deletes one of the user's own messages in `chat`. */
  async delete(chat: ChatId, sid: string): Promise<void> {
    const message = await this.#own(chat, sid);
    if (!message) return;
    try {
      await needing('deleteOwnMessage', message.remove());
    } catch (error) {
      this.#state.update({ notice: describeError(error, 'actionDelete') });
    }
  }

  /** The message `sid` when it is the user's own and in `chat`: a caller's chat id never reaches into another chat. */
  async #own(chat: ChatId, sid: string): Promise<ChatMessage | undefined> {
    const message = this.#messagesBySid.get(sid);
    if (!message || message.author !== this.#me()) return undefined;
    return (await this.#registry.chatOf(message.conversation)) === chat ? message : undefined;
  }

  /** A short-lived URL for an attachment, fetched on demand (never stored). */
  async attachmentUrl(sid: string, mediaSid: string): Promise<string | null> {
    const media = this.#messagesBySid.get(sid)?.attachedMedia?.find((m) => m.sid === mediaSid);
    return media ? media.getContentTemporaryUrl() : null;
  }
}
