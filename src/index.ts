/**
 * Portal entry: the public API, and the elements on demand. Any page can use
 * `<internal-agent-chat>` with a store built over its own clients, or with a token source.
 *
 * The elements are not in this file's first load (src/elements-on-demand.ts): they are defined
 * when the page first puts one in its document, or at idle. `await loadElements()` defines them
 * at once and gives their classes, as `dist/internal-agent-chat-elements.js` does.
 */
import { elementsOnDemand } from './elements-on-demand.js';
export const loadElements = elementsOnDemand(() => import('./elements.js'));
export type { InternalAgentChat, IacAgentList, IacChatThread, IacComposer, IacAttachment, IacQuickSwitcher } from './elements.js';
export { IacSendEvent } from './events/send.js';
export { IacTypingEvent } from './events/typing.js';
export { IacAttachEvent } from './events/attach.js';
export { IacUnreadChangeEvent } from './events/unread-change.js';
export { unreadTotal } from './services/chat-state.js';
export { ChatStore, type ChatStoreOptions, type OutgoingMessage } from './services/chat-store.js';
export type { ChatState, ChatSummary, ChatId, MessageView, ThreadState, AttachmentView } from './services/chat-state.js';
export { directChatId, groupChatId, peerOf, isGroupChat } from './services/chat/chat-id.js';
export { chatStoreContext } from './services/context.js';
export type { ChatClient, ChatConversation, ChatMessage } from './services/conversations/ports.js';
export type { Agent, AgentDirectory } from './services/directory/ports.js';
export type { InsightsClient } from './services/directory/insights-port.js';
export { InsightsDirectory } from './services/directory/insights-directory.js';
export { openUserStorage, type UserStorage } from './services/storage/user-storage.js';
// Portal embedding: the element makes its own store from `token-url`/`tokenCallback` and
// `directory`; the Conversations SDK is imported on first use, as a separate chunk. Registered
// here because this file is the one marked as having side effects (package.json).
import { createPortalStore, registerPortalStoreFactory } from './portal/index.js';
registerPortalStoreFactory(createPortalStore);
export {
  createPortalStore,
  fetchToken,
  loadTwilioConversations,
  toAgentDirectory,
  type AgentSearch,
  type ConversationsSdk,
  type DirectorySource,
  type PortalChatOptions,
  type SdkLoader,
  type TokenSource,
} from './portal/index.js';
export { LIGHT_THEME, DARK_THEME, applyTheme, themeCss, type ThemeTokens } from './theme/index.js';
export { THEME_TOKENS, type ThemeToken } from './theme/token-docs.js';
