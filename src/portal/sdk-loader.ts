/**
 * How a portal gets the Conversations SDK. By default it is imported only when a chat starts,
 * so the ~145 KB gzip library is a separate chunk, never part of `internal-agent-chat.js`'s
 * first load. Tests and the demo hand in the strict double instead.
 */
import type { ChatClient } from '../services/conversations/ports.js';

/** The part of the `@twilio/conversations` module a portal uses. */
export interface ConversationsSdk {
  Client: new (token: string, options?: { throwErrorsAlways?: boolean }) => ChatClient;
}

export type SdkLoader = () => Promise<ConversationsSdk>;

export const loadTwilioConversations: SdkLoader = async () => {
  const sdk: ConversationsSdk & { default?: ConversationsSdk } = await import('@twilio/conversations');
  // The package is CommonJS in browsers; bundlers expose its exports by name or as `default`.
  return typeof sdk.Client === 'function' ? sdk : sdk.default!;
};
