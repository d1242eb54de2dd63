/**
 * The Flex plugin's view part (plugin-parts.ts): the chat's elements, fetched when the chat's
 * view first opens, or at idle after Flex starts so that the first open is instant. Everything
 * that runs while the view is closed (the store, the side-nav badge, shortcuts, notifications)
 * is in the entry file; this part makes the one `<internal-agent-chat>` the view hosts.
 */
import { InternalAgentChat, type ChatBackground } from '../components/internal-agent-chat/internal-agent-chat.js';
import type { ChatStore } from '../services/chat-store.js';
import type { ShortcutKeymap } from '../shortcuts/shortcut-keymap.js';
import type { FlexManager } from './flex-api.js';
import { followTheme } from './follow-theme.js';

export interface ChatViewOptions {
  readonly background: ChatBackground;
  readonly store: ChatStore;
  /** The chat's shortcuts, registered with Flex's manager at start. */
  readonly keymap: ShortcutKeymap;
  readonly manager: FlexManager;
  /** The chat asks to be shown (a shortcut, a notification) while its view is closed. */
  readonly reveal: () => void;
}

export function createChat({ background, store, keymap, manager, reveal }: ChatViewOptions): InternalAgentChat {
  const chat = new InternalAgentChat(background);
  chat.store = store;
  chat.shortcuts = keymap;
  chat.addEventListener('iac-reveal', reveal);
  chat.style.cssText = 'display:flex;block-size:100%;inline-size:100%';
  followTheme(chat, manager);
  return chat;
}
