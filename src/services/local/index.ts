/** The embedded default backend: local Conversations and insights clients, and their seed. */
export { LocalConversationsClient } from './local-conversations-client.js';
export type { LocalConversationsClientOptions } from './local-conversations-client.js';
export { LocalConversation, CONVERSATION_LIMITS } from './local-conversation.js';
export { LocalMessage, LocalMedia } from './local-message.js';
export { LocalMessageBuilder } from './local-message-builder.js';
export { LocalParticipant, LocalUser } from './local-participant.js';
export {
  CONVERSATION_NOT_FOUND_CODE,
  NOT_AUTHORIZED_CODE,
  PARTICIPANT_CONVERSATIONS_LIMIT_CODE,
  PARTICIPANT_EXISTS_CODE,
  RESOURCE_NOT_FOUND_CODE,
  UNIQUE_NAME_EXISTS_CODE,
} from './local-errors.js';
export { BODY_LIMIT_BYTES } from './conversations-database.js';
export { LocalInsightsClient, LocalInstantQuery, LocalLiveQuery } from './local-insights-client.js';
export type { LocalInsightsClientOptions } from './local-insights-client.js';
export { compileExpression, matches, parseExpression, quote, MAX_OPERATORS } from './query-expression.js';
export type { Expression } from './query-expression.js';
export { SEED_ACTIVITIES, seedWorkers } from './seed.js';
export { movesOverTime, presenceAt } from './seeded-presence.js';
export { TypedEmitter } from './emitter.js';
