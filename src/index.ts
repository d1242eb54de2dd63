/**
 * Portal entry: registers the elements and exports the public API.
 * Any page can use `<internal-agent-chat>` with a store built over its own clients.
 */
export { InternalAgentChat } from './components/internal-agent-chat/internal-agent-chat.js';
export { IacAgentList } from './components/agent-list/agent-list.js';
export { IacChatThread } from './components/chat-thread/chat-thread.js';
export { IacComposer } from './components/composer/composer.js';
export { IacAttachment } from './components/attachment/attachment.js';
export { IacQuickSwitcher } from './components/quick-switcher/quick-switcher.js';
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
