/**
 * The elements, defined: what the portal entry (src/index.ts) loads when a page first uses one
 * of them, or at idle. Its own entry too (`dist/internal-agent-chat-elements.js`), for a page
 * that wants the classes at once: `new InternalAgentChat()`, `instanceof`, subclassing.
 */
export { InternalAgentChat } from './components/internal-agent-chat/internal-agent-chat.js';
export { IacAgentList } from './components/agent-list/agent-list.js';
export { IacChatThread } from './components/chat-thread/chat-thread.js';
export { IacComposer } from './components/composer/composer.js';
export { IacAttachment } from './components/attachment/attachment.js';
export { IacQuickSwitcher } from './components/quick-switcher/quick-switcher.js';
