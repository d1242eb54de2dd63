/**
 * The Flex plugin's view part (plugin-parts.ts): the chat's elements, fetched when the chat's
 * view first opens, or at idle after Flex starts so that the first open is instant. Everything
 * that runs while the view is closed (the store, the side-nav badge, shortcuts, notifications)
 * is in the entry file; this part makes the one `<internal-agent-chat>` the view hosts.
 */
// The styles first, side by side: gzip looks back only 32 KB, and CSS spread through the part
// compresses worse (−0.36 KB). A styles file left off this list costs bytes, nothing else.
import '../theme/tokens.js';
import '../components/shared/avatar.js';
import '../components/shared/visually-hidden.styles.js';
import '../components/shared/controls.styles.js';
import '../components/shared/dialog.styles.js';
import '../components/shared/badge.styles.js';
import '../components/shared/pane.styles.js';
import '../components/shared/primary-button.styles.js';
import '../components/internal-agent-chat/internal-agent-chat.styles.js';
import '../components/agent-list/agent-list.styles.js';
import '../components/chat-thread/chat-thread.styles.js';
import '../components/composer/composer.styles.js';
import '../components/settings/settings.styles.js';
import '../components/quick-switcher/quick-switcher.styles.js';
import '../components/attachment/attachment.styles.js';
import { InternalAgentChat, type ChatBackground } from '../components/internal-agent-chat/internal-agent-chat.js';
import type { ChatStore } from '../services/chat-store.js';
import type { ShortcutKeymap } from '../shortcuts/shortcut-keymap.js';
import type { FlexManager } from './flex-api.js';
import { followTheme } from './follow-theme.js';
import { elementWords } from '../l10n/en-elements.js';
import { addElementWords } from './flex-element-words.js';

// The English words only the elements show: the entry's catalogs have waited for them.
addElementWords(elementWords);

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
