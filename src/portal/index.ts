/** Portal embedding: a store from a token source and a directory source, with the SDK loaded lazily. */
export { createPortalStore, type PortalChatOptions } from './portal-store.js';
export { PortalClient, type PortalClientOptions } from './portal-client.js';
export { fetchToken, type TokenSource } from './token-source.js';
export { toAgentDirectory, type AgentSearch, type DirectorySource } from './directory-source.js';
export { loadTwilioConversations, type ConversationsSdk, type SdkLoader } from './sdk-loader.js';
export { registerPortalStoreFactory } from './element-hook.js';
