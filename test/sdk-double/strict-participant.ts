import type { JSONValue } from '@twilio/conversations';
import type { ChatParticipant, ChatUser } from '../../src/services/conversations/ports.js';
import type { StrictConversation } from './strict-conversation.js';
import type { ParticipantRow } from './records.js';

/** A participant as one client sees it: one object per identity, updated when changes arrive. */
export class StrictParticipant implements ChatParticipant {
  #row: ParticipantRow;
  #typing = false;
  readonly type = 'chat';

  constructor(
    readonly conversation: StrictConversation,
    row: ParticipantRow,
  ) {
    this.#row = row;
  }

  get sid(): string {
    return this.#row.sid;
  }
  get identity(): string {
    return this.#row.identity;
  }
  get attributes(): JSONValue {
    return this.#row.attributes;
  }
  get dateCreated(): Date {
    return this.#row.dateCreated;
  }
  get dateUpdated(): Date {
    return this.#row.dateUpdated;
  }
  get lastReadMessageIndex(): number | null {
    return this.#row.lastReadMessageIndex;
  }
  get lastReadTimestamp(): Date | null {
    return this.#row.lastReadTimestamp;
  }
  get isTyping(): boolean {
    return this.#typing;
  }

  /** @internal */
  _update(row: ParticipantRow): void {
    this.#row = row;
  }
  /** @internal */
  _setTyping(typing: boolean): void {
    this.#typing = typing;
  }
}

export class StrictUser implements ChatUser {
  constructor(
    readonly identity: string,
    readonly friendlyName: string | null,
    /** Null when reachability is off or unknown. */
    readonly isOnline: boolean | null,
  ) {}
}
