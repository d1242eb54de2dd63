/**
 * A strict in-memory double of `@twilio/conversations`: several clients (identities) on one
 * shared service, for tests and demos that must not depend on the embedded backend's manners.
 *
 * ```ts
 * const service = new ConversationsServiceDouble();
 * const { Client } = conversationsSdkDouble(service);    // shaped like the SDK module
 * const client = new Client(service.issueToken('alice'), { throwErrorsAlways: true });
 * ```
 */
import { ConversationsServiceDouble } from './service.js';
import { StrictClient, type StrictClientOptions } from './strict-client.js';

export { ConversationsServiceDouble, type ServiceDoubleOptions } from './service.js';
export { ServiceRoles, type RoleDefault } from './roles.js';
export { StrictClient, type StrictClientOptions } from './strict-client.js';
export { StrictConversation, LIMITS } from './strict-conversation.js';
export { StrictMessage, StrictMedia } from './strict-message.js';
export { StrictParticipant, StrictUser } from './strict-participant.js';
export { ServiceError, CONVERSATION_NOT_FOUND, UNIQUE_NAME_EXISTS, NOT_AUTHORIZED, PARTICIPANT_EXISTS } from './errors.js';

/** The part of the SDK module a portal loads: a Client class. */
export interface ConversationsSdkDouble {
  Client: new (token: string, options?: StrictClientOptions | null) => StrictClient;
}

/** The SDK module's shape over `service`: `new Client(token, options)` connects to it. */
export function conversationsSdkDouble(service: ConversationsServiceDouble): ConversationsSdkDouble {
  return {
    Client: class Client extends StrictClient {
      constructor(token: string, options?: StrictClientOptions | null) {
        super(service, token, options);
      }
    },
  };
}
