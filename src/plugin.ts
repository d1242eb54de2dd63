/**
 * The Flex plugin's entry: with src/flex/, the only code that knows Flex (UI 2.x).
 *
 * Flex adds this file to its page as a script (a `<script src async uuid>`, or fetched and
 * injected behind its PluginRenderInjectSrc flag) and the file hands the plugin class to
 * `Twilio.Flex.Plugins.init` while it runs: Flex reads the script's `uuid` from
 * `document.currentScript`, so the call cannot wait. Flex then constructs the class and awaits
 * `init(flex, manager)`, which builds one ChatStore over the clients Flex already runs, adds a
 * side-nav link with the unread total and a View hosting `<internal-agent-chat>`, registers the
 * chat's keyboard shortcuts with Flex's KeyboardShortcutManager, follows Flex's light or dark
 * theme, and turns failures into Flex notifications. Flex's client may still be initializing
 * then: the store waits for it. React, ReactDOM and Flex come from the page as globals; the
 * build keeps every copy of them, and of the Conversations SDK, out.
 */
import './components/internal-agent-chat/internal-agent-chat.js';
import { ChatStore } from './services/chat-store.js';
import { openUserStorage } from './services/storage/user-storage.js';
import { deferredStorage } from './portal/deferred-storage.js';
import { connectFlexShortcuts } from './shortcuts/flex-adapter.js';
import type { FlexApi, FlexManager, FlexPage, FlexPluginClass } from './flex/flex-api.js';
import { flexClients } from './flex/flex-clients.js';
import { followTheme } from './flex/follow-theme.js';
import { reportProblems } from './flex/report-problems.js';
import { chatSideLink } from './flex/side-link.js';

export const VIEW_NAME = 'internal-chat';
const SORT_ORDER = 5;
/** Set on the page by the first copy of the plugin to start: a release may list the file twice. */
const STARTED = Symbol.for('internal-agent-chat.flex-plugin');

export class InternalAgentChatPlugin {
  readonly name = 'InternalAgentChatPlugin';
  readonly version = '0.1.0';

  async init(flex: FlexApi, manager: FlexManager): Promise<void> {
    const page = window as unknown as FlexPage & { [STARTED]?: true };
    const React = page.React;
    if (!React) throw new Error('Internal Agent Chat needs Flex UI 2.x, which provides React as a global');
    if (page[STARTED]) {
      console.warn('Internal Agent Chat is in this Flex release twice; this copy does nothing. Remove one from the plugin configuration.');
      return;
    }
    page[STARTED] = true;

    // One opening of the person's storage for the store (pins, drafts, outbox) and the element (settings, shortcuts).
    const storage = deferredStorage(openUserStorage(manager.user.identity));
    const store = new ChatStore({ ...flexClients(manager), storage });
    const open = () => flex.Actions.invokeAction('NavigateToView', { viewName: VIEW_NAME });
    const chat = document.createElement('internal-agent-chat');
    chat.userStorage = storage;
    chat.store = store;
    // A shortcut or a desktop notification asks for the chat while its view is closed.
    chat.addEventListener('iac-reveal', () => void open());
    chat.style.cssText = 'display:flex;block-size:100%;inline-size:100%';

    flex.SideNav.Content.add(chatSideLink(flex, React, { chat, store, viewName: VIEW_NAME, open }), { sortOrder: SORT_ORDER });

    // The one element moves in and out of the view's host, keeping its open chat and scroll.
    let host: HTMLElement | null = null;
    const hostChat = (node: HTMLElement | null) => {
      if (node) {
        host = node;
        node.append(chat);
      } else if (host && chat.parentNode === host) {
        chat.remove();
        host = null;
      }
    };
    const ChatView = () =>
      React.createElement('div', { ref: hostChat, className: 'internal-agent-chat-view', style: { height: '100%', width: '100%' } });
    flex.ViewCollection.Content.add(
      React.createElement(flex.View, { name: VIEW_NAME, key: 'internal-agent-chat-view', children: React.createElement(ChatView) }),
    );

    followTheme(chat, manager);
    reportProblems(flex, React, store, chat);
    connectFlexShortcuts(flex, chat);
    void store.start();
  }
}

(window as unknown as FlexPage).Twilio?.Flex?.Plugins?.init(InternalAgentChatPlugin satisfies FlexPluginClass);
