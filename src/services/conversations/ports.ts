/**
 * The Conversations port: the part of `@twilio/conversations` the store uses, typed from the
 * package's own declarations. The real Client satisfies it unchanged (see ports.check.ts), and
 * so does the embedded local client in services/local/.
 *
 * Fields are `Pick`ed from the SDK. Methods that hand back SDK objects are restated with port
 * types, so an implementation returns its own conversation or message objects.
 */
import type {
  Client,
  Conversation,
  ConversationUpdateReason,
  Media,
  Message,
  MessageUpdateReason,
  Paginator,
  Participant,
  ParticipantUpdateReason,
  SendMediaOptions,
  JSONValue,
  ConnectionState,
  User,
  UserUpdateReason,
} from '@twilio/conversations';

export type { ConnectionState, JSONValue, Paginator, SendMediaOptions };

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/**
 * One overload per event. A generic `on<E>` could not be compared with the SDK's own generic
 * `on<E>`; overloads are compared event by event, so the SDK's listeners are checked for real.
 */
export type Listen<Events> = UnionToIntersection<
  { [E in keyof Events]: (event: E, listener: Events[E]) => unknown }[keyof Events]
>;

/** A typed event source in the SDK's style (`on`/`off`, a listener per event name). */
export interface Emitter<Events> {
  on: Listen<Events>;
  off: Listen<Events>;
}

export interface ChatMedia extends Pick<Media, 'sid' | 'filename' | 'contentType' | 'size'> {
  /** A short-lived URL, new on each call: fetch on demand, never persist. */
  getContentTemporaryUrl(): Promise<string | null>;
}

export interface ChatMessage
  extends Pick<Message, 'sid' | 'index' | 'author' | 'body' | 'dateCreated' | 'dateUpdated' | 'attributes' | 'type'> {
  readonly attachedMedia: ChatMedia[] | null;
  readonly conversation: ChatConversation;
  /** Edits the text; only the author may. */
  updateBody(body: string): Promise<unknown>;
  /** Deletes the message for everyone; only the author may. */
  remove(): Promise<unknown>;
}

export interface ChatParticipant extends Pick<Participant, 'sid' | 'identity' | 'lastReadMessageIndex' | 'lastReadTimestamp'> {
  readonly conversation: ChatConversation;
}

export interface ChatUser extends Pick<User, 'identity' | 'friendlyName' | 'isOnline'> {}

export interface ChatUnsentMessage {
  send(): Promise<number | null>;
}

/** `prepareMessage()`: text, attributes and several attachments sent as one message. */
export interface ChatMessageBuilder {
  setBody(text: string): ChatMessageBuilder;
  setAttributes(attributes: JSONValue): ChatMessageBuilder;
  addMedia(payload: FormData | SendMediaOptions): ChatMessageBuilder;
  build(): ChatUnsentMessage;
}

export interface ConversationEvents {
  messageAdded: (message: ChatMessage) => void;
  messageUpdated: (data: { message: ChatMessage; updateReasons: MessageUpdateReason[] }) => void;
  messageRemoved: (message: ChatMessage) => void;
  participantJoined: (participant: ChatParticipant) => void;
  participantLeft: (participant: ChatParticipant) => void;
  participantUpdated: (data: { participant: ChatParticipant; updateReasons: ParticipantUpdateReason[] }) => void;
  typingStarted: (participant: ChatParticipant) => void;
  typingEnded: (participant: ChatParticipant) => void;
  updated: (data: { conversation: ChatConversation; updateReasons: ConversationUpdateReason[] }) => void;
  removed: (conversation: ChatConversation) => void;
}

export interface ChatConversation
  extends Emitter<ConversationEvents>,
    Pick<
      Conversation,
      | 'sid'
      | 'uniqueName'
      | 'friendlyName'
      | 'attributes'
      | 'createdBy'
      | 'dateCreated'
      | 'dateUpdated'
      | 'status'
      | 'lastReadMessageIndex'
      | 'lastMessage'
      | 'limits'
      | 'typing'
      | 'setAllMessagesRead'
      | 'advanceLastReadMessageIndex'
      | 'getUnreadMessagesCount'
      | 'getMessagesCount'
    > {
  add(identity: string, attributes?: JSONValue): Promise<unknown>;
  join(): Promise<ChatConversation>;
  leave(): Promise<ChatConversation>;
  delete(): Promise<ChatConversation>;
  updateAttributes(attributes: JSONValue): Promise<ChatConversation>;
  /** Renames the conversation as people see it (a group's name). */
  updateFriendlyName(friendlyName: string): Promise<ChatConversation>;
  /** Renames the conversation; null frees its name for a new conversation. */
  updateUniqueName(uniqueName: string | null): Promise<ChatConversation>;
  getParticipants(): Promise<ChatParticipant[]>;
  getMessages(pageSize?: number, anchor?: number, direction?: 'backwards' | 'forward'): Promise<Paginator<ChatMessage>>;
  sendMessage(message: null | string | FormData | SendMediaOptions, messageAttributes?: JSONValue): Promise<number>;
  prepareMessage(): ChatMessageBuilder;
}

/** Events the client repeats for every conversation it holds. */
type ForwardedEvents = Omit<ConversationEvents, 'updated' | 'removed'>;

export interface ClientEvents extends ForwardedEvents {
  initialized: () => void;
  initFailed: (data: { error?: { terminal: boolean; message: string } }) => void;
  connectionStateChanged: (state: ConnectionState) => void;
  connectionError: (data: { terminal: boolean; message: string }) => void;
  conversationAdded: (conversation: ChatConversation) => void;
  conversationJoined: (conversation: ChatConversation) => void;
  conversationLeft: (conversation: ChatConversation) => void;
  conversationRemoved: (conversation: ChatConversation) => void;
  conversationUpdated: (data: { conversation: ChatConversation; updateReasons: ConversationUpdateReason[] }) => void;
  userUpdated: (data: { user: ChatUser; updateReasons: UserUpdateReason[] }) => void;
  tokenAboutToExpire: () => void;
  tokenExpired: () => void;
}

export interface ChatClient extends Emitter<ClientEvents>, Pick<Client, 'connectionState'> {
  /**
   * The SDK's ReplayEventEmitter: once, or at once with the last arguments when the event has
   * happened already. How to wait for start-up (see initialized.ts).
   */
  onceWithReplay: Listen<Pick<ClientEvents, 'initialized' | 'initFailed'>>;
  readonly user: ChatUser;
  getUser(identity: string): Promise<ChatUser>;
  getSubscribedConversations(): Promise<Paginator<ChatConversation>>;
  getConversationBySid(sid: string): Promise<ChatConversation>;
  getConversationByUniqueName(uniqueName: string): Promise<ChatConversation>;
  createConversation(options?: { uniqueName?: string; friendlyName?: string; attributes?: JSONValue }): Promise<ChatConversation>;
  updateToken(token: string): Promise<unknown>;
  shutdown(): Promise<void>;
}
