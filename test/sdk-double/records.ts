/**
 * What the double's in-memory "service" holds, and the changes it pushes to connected clients.
 * Clients keep their own replicas and change them only when a change is delivered, later than
 * the call that caused it, as the SDK's Sync-backed objects do.
 */
import type { ConversationUpdateReason, JSONValue, MessageUpdateReason, ParticipantUpdateReason } from '@twilio/conversations';

export interface ConversationRow {
  readonly sid: string;
  readonly uniqueName: string | null;
  readonly friendlyName: string | null;
  readonly attributes: JSONValue;
  readonly createdBy: string;
  readonly dateCreated: Date;
  readonly dateUpdated: Date;
  readonly lastMessage?: { readonly index: number; readonly dateCreated: Date };
}

export interface ParticipantRow {
  readonly sid: string;
  readonly conversationSid: string;
  readonly identity: string;
  readonly attributes: JSONValue;
  readonly dateCreated: Date;
  readonly dateUpdated: Date;
  readonly lastReadMessageIndex: number | null;
  readonly lastReadTimestamp: Date | null;
}

export interface MediaRow {
  readonly sid: string;
  readonly filename: string | null;
  readonly contentType: string;
  readonly size: number;
  readonly content: Blob;
}

export interface MessageRow {
  readonly sid: string;
  readonly conversationSid: string;
  readonly index: number;
  readonly author: string;
  readonly participantSid: string;
  readonly body: string | null;
  readonly attributes: JSONValue;
  readonly dateCreated: Date;
  readonly dateUpdated: Date;
  readonly media: readonly MediaRow[] | null;
}

/** One change as a connected client receives it, with the conversation as of that change. */
export type Change = { readonly conversation: ConversationRow } & (
  | { readonly kind: 'joined'; readonly participants: readonly ParticipantRow[] }
  | { readonly kind: 'participantJoined' | 'participantLeft'; readonly participant: ParticipantRow }
  | { readonly kind: 'participantUpdated'; readonly participant: ParticipantRow; readonly reasons: ParticipantUpdateReason[] }
  | { readonly kind: 'conversationUpdated'; readonly reasons: ConversationUpdateReason[] }
  | { readonly kind: 'conversationRemoved' }
  | { readonly kind: 'messageAdded' | 'messageRemoved'; readonly message: MessageRow }
  | { readonly kind: 'messageUpdated'; readonly message: MessageRow; readonly reasons: MessageUpdateReason[] }
  | { readonly kind: 'typing'; readonly identity: string }
);

/** A connected client, as the service sees it. */
export interface Subscriber {
  readonly identity: string;
  receive(change: Change): void;
}

export function newSid(prefix: 'CH' | 'MB' | 'IM' | 'ME'): string {
  return prefix + crypto.randomUUID().replaceAll('-', '');
}
