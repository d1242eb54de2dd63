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

  constructor(
    private readonly state: StateContainer,
    private readonly registry: ChatRegistry,
    /** The signed-in agent's identity ('' until the client has initialized). */
    private readonly me: () => string,
  ) {}

  remember(messages: readonly ChatMessage[]): void {
    for (const message of messages) this.#messagesBySid.set(message.sid, message);
  }

  forget(sid: string): void {
    this.#messagesBySid.delete(sid);
  }

  /** Changes the text of one of the user's own messages in `chat`. */
  async edit(chat: ChatId, sid: string, body: string): Promise<void> {
    const message = this.#messagesBySid.get(sid);
    if (!message || message.author !== this.me() || !body.trim()) return;
    if ((await this.registry.chatOf(message.conversation)) !== chat) return;
    try {
      await needing('editOwnMessage', message.updateBody(body));
    } catch (error) {
      this.state.update({ notice: describeError(error, 'actionEdit') });
    }
  }

  /** Deletes one of the user's own messages. */
  async delete(sid: string): Promise<void> {
    const message = this.#messagesBySid.get(sid);
    if (!message || message.author !== this.me()) return;
    try {
      await needing('deleteOwnMessage', message.remove());
    } catch (error) {
      this.state.update({ notice: describeError(error, 'actionDelete') });
    }
  }

  /** A short-lived URL for an attachment, fetched on demand (never stored). */
  async attachmentUrl(sid: string, mediaSid: string): Promise<string | null> {
    const media = this.#messagesBySid.get(sid)?.attachedMedia?.find((m) => m.sid === mediaSid);
    return media ? media.getContentTemporaryUrl() : null;
  }
}
