import type { JSONValue } from '@twilio/conversations';
import type { ChatParticipant, ChatUser } from '../conversations/ports.js';
import type { LocalConversation } from './local-conversation.js';
import type { ParticipantRecord } from './records.js';

/** A participant of a conversation, kept current by the client (one object per identity). */
export class LocalParticipant implements ChatParticipant {
  private typing = false;

  constructor(
    readonly conversation: LocalConversation,
    private record: ParticipantRecord,
  ) {}

  // Read-only getters over the stored record, as the SDK's objects expose their fields.
  get sid(): string {
    return this.record.sid;
  }
  get identity(): string {
    return this.record.identity;
  }
  get attributes(): JSONValue {
    return this.record.attributes;
  }
  get dateCreated(): Date {
    return this.record.dateCreated;
  }
  get dateUpdated(): Date {
    return this.record.dateUpdated;
  }
  get lastReadMessageIndex(): number | null {
    return this.record.lastReadMessageIndex;
  }
  get lastReadTimestamp(): Date | null {
    return this.record.lastReadTimestamp;
  }
  get isTyping(): boolean {
    return this.typing;
  }

  /** @internal */
  _update(record: ParticipantRecord): void {
    this.record = record;
  }
  /** @internal */
  _setTyping(typing: boolean): void {
    this.typing = typing;
  }
}

export class LocalUser implements ChatUser {
  constructor(
    readonly identity: string,
    readonly friendlyName: string | null,
    /** Reachability: true for users this backend has seen sign in, null when unknown. */
    readonly isOnline: boolean | null,
  ) {}
}
