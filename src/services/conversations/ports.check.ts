/**
 * Compile-time proof that Twilio's own classes satisfy the ports: `tsc --noEmit` fails here the
 * day the SDK and the ports drift apart. Nothing in this file runs.
 */
import type { Client, Conversation, Media, Message, Participant } from '@twilio/conversations';
import type { ChatClient, ChatConversation, ChatMedia, ChatMessage, ChatParticipant } from './ports.js';

type Satisfies<Port, Impl extends Port> = Impl;

export type ClientSatisfiesPort = Satisfies<ChatClient, Client>;
export type ConversationSatisfiesPort = Satisfies<ChatConversation, Conversation>;
export type MessageSatisfiesPort = Satisfies<ChatMessage, Message>;
export type MediaSatisfiesPort = Satisfies<ChatMedia, Media>;
export type ParticipantSatisfiesPort = Satisfies<ChatParticipant, Participant>;
