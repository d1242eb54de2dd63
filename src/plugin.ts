/**
 * The Flex plugin: the only file that knows Flex (UI 2.x).
 *
 * Flex loads the built bundle (dist/plugin-internal-agent-chat.js), which hands this class to
 * `Twilio.Flex.Plugins.init`. On `init(flex, manager)` it builds one ChatStore over the clients
 * Flex already runs (`manager.conversationsClient`, `manager.insightsClient`), adds a side-nav
 * link with the unread total and a View hosting `<internal-agent-chat>`, registers the chat's
 * keyboard shortcuts with Flex's KeyboardShortcutManager, follows Flex's light or dark theme, and
 * turns failures into Flex notifications. Desktop notifications and sounds are each person's
 * choice in the chat's Settings (the element raises them itself, view open or not). React, ReactDOM and Flex come from the
 * page as globals; the build keeps every copy of them, and of the Conversations SDK, out.
 */
import './components/internal-agent-chat/internal-agent-chat.js';
import type { InternalAgentChat } from './components/internal-agent-chat/internal-agent-chat.js';
import { ChatStore } from './services/chat-store.js';
import { unreadTotal } from './services/chat-state.js';
import type { ChatClient } from './services/conversations/ports.js';
import { InsightsDirectory } from './services/directory/insights-directory.js';
import type { InsightsClient } from './services/directory/insights-port.js';
import { openUserStorage } from './services/storage/user-storage.js';
import { deferredStorage } from './portal/deferred-storage.js';
import { DARK_THEME, applyTheme } from './theme/index.js';
import { connectFlexShortcuts } from './shortcuts/flex-adapter.js';
import { phrase, type Phrase } from './l10n/phrase.js';
import type { FlexShortcutApi } from './shortcuts/flex-shortcut-manager.js';

// ——— The few shapes of Flex this file uses (@twilio/flex-ui is not a dependency) ———

interface ReactElementLike {
  readonly type: unknown;
  readonly props: unknown;
}
interface ReactLike {
  createElement(type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]): ReactElementLike;
}
type NotificationType = 'error' | 'warning' | 'info' | 'success';

export interface FlexApi extends FlexShortcutApi {
  SideLink: unknown;
  View: unknown;
  SideNav: { Content: { add(element: ReactElementLike, options?: { sortOrder?: number }): void } };
  ViewCollection: { Content: { add(element: ReactElementLike): void } };
  Actions: { invokeAction(name: string, payload?: Record<string, unknown>): unknown };
  Notifications: {
    registerNotification(notification: { id: string; type: NotificationType; content: unknown; timeout?: number; closeButton?: boolean }): void;
    showNotification(id: string, context?: Record<string, unknown>): unknown;
  };
}

export interface FlexManager {
  user: { identity: string };
  conversationsClient: ChatClient;
  insightsClient: InsightsClient;
  /** Flex's configuration: the plugin reads its theme. */
  configuration: { theme?: { isLight?: boolean } };
  /** Flex's Redux store: the theme can change at run time. */
  store?: { subscribe(listener: () => void): unknown };
}

declare global {
  interface Window {
    React?: ReactLike;
    Twilio?: { Flex?: { Plugins?: { init(plugin: unknown): void } } };
  }
}

export const VIEW_NAME = 'internal-chat';
const SORT_ORDER = 5;
const NOTIFICATION = 'InternalAgentChatProblem';
const CHAT_ICON =
  '<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" fill="currentColor"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2Zm2 5v2h12V9H6Zm0 4v2h8v-2H6Z"/></svg>';

export class InternalAgentChatPlugin {
  readonly name = 'InternalAgentChatPlugin';
  readonly version = '0.1.0';

  init(flex: FlexApi, manager: FlexManager): void {
    const React = window.React;
    if (!React) throw new Error('Internal Agent Chat needs Flex UI 2.x, which provides React as a global');
    // One opening of the person's storage for the store (pins, drafts, outbox) and the element (settings, shortcuts).
    const storage = deferredStorage(openUserStorage(manager.user.identity));
    const store = new ChatStore({
      client: manager.conversationsClient,
      directory: new InsightsDirectory(manager.insightsClient),
      storage,
    });
    const openView = () => flex.Actions.invokeAction('NavigateToView', { viewName: VIEW_NAME });
    const chat = document.createElement('internal-agent-chat');
    chat.userStorage = storage;
    chat.store = store;
    // A shortcut or a desktop notification asks for the chat while its view is closed.
    chat.addEventListener('iac-reveal', () => void openView());
    chat.style.cssText = 'display:flex;block-size:100%;inline-size:100%';

    const badges = new Set<HTMLElement>();
    const showUnread = () => badges.forEach((badge) => renderBadge(badge, unreadTotal(store.state), chat));
    store.subscribe(showUnread); // Live while the view is closed: the link is always on screen.

    /** Fills a span React leaves empty with the icon and badge; the ref is stable, so React calls it on mount and unmount only. */
    const iconSlot = (node: HTMLElement | null, slot: { node?: HTMLElement }) => {
      if (slot.node) badges.delete(slot.node);
      slot.node = node ?? undefined;
      if (!node) return;
      badges.add(node);
      renderBadge(node, unreadTotal(store.state), chat);
    };
    const [inactive, active] = [{}, {}];
    const icon = React.createElement('span', { ref: (node: HTMLElement | null) => iconSlot(node, inactive) });
    const iconActive = React.createElement('span', { ref: (node: HTMLElement | null) => iconSlot(node, active) });
    const ChatSideLink = ({ activeView }: { activeView?: string }) =>
      React.createElement(
        flex.SideLink,
        {
          showLabel: true,
          icon,
          iconActive,
          isActive: activeView === VIEW_NAME,
          onClick: openView,
        },
        chat.localization.words.flexLink,
      );
    flex.SideNav.Content.add(React.createElement(ChatSideLink, { key: 'internal-agent-chat-link' }), { sortOrder: SORT_ORDER });

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
      React.createElement(flex.View, { name: VIEW_NAME, key: 'internal-agent-chat-view' }, React.createElement(ChatView)),
    );

    followTheme(chat, manager);
    reportProblems(flex, React, store, chat);
    connectFlexShortcuts(flex, chat);
    void store.start();
  }
}

function renderBadge(node: HTMLElement, unread: number, chat: InternalAgentChat): void {
  const words = chat.localization.words;
  const shown = `${unread}|${chat.localization.tag}`;
  if (node.dataset.unread === shown) return; // The store announces every change, most not about unread.
  node.dataset.unread = shown;
  node.style.cssText = 'position:relative;display:inline-flex';
  const label = words.badge(unread);
  node.innerHTML = CHAT_ICON;
  if (unread === 0) return;
  const badge = document.createElement('span');
  badge.className = 'internal-agent-chat-unread';
  badge.textContent = label;
  badge.title = words.unreadMessages(unread);
  badge.style.cssText =
    'position:absolute;inset-block-start:-6px;inset-inline-end:-8px;min-inline-size:16px;padding:0 4px;box-sizing:border-box;' +
    'border-radius:8px;background:#d61f1f;color:#fff;font:600 10px/16px Inter,system-ui,sans-serif;text-align:center';
  node.append(badge);
}

/** Flex's dark theme becomes the widget's dark tokens, now and whenever Flex's configuration changes. */
function followTheme(chat: InternalAgentChat, manager: FlexManager): void {
  let dark: boolean | undefined;
  let undo = () => {};
  const apply = () => {
    const isDark = manager.configuration.theme?.isLight === false;
    if (isDark === dark) return;
    dark = isDark;
    undo();
    undo = isDark ? applyTheme(chat, DARK_THEME) : () => {};
  };
  apply();
  manager.store?.subscribe(apply);
}

/** Every failure the store puts into words also reaches the person as a Flex notification, once, in the chat's language. */
function reportProblems(flex: FlexApi, React: ReactLike, store: ChatStore, chat: InternalAgentChat): void {
  const Message = ({ notificationContext }: { notificationContext?: { message?: string } }) => notificationContext?.message ?? '';
  flex.Notifications.registerNotification({ id: NOTIFICATION, type: 'error', content: React.createElement(Message), timeout: 10_000, closeButton: true });
  const last = new Map<string, string | null | undefined>();
  /** Shows `message` when it is new for `key`: the same words again only after they went away. */
  const show = (key: string, text: Phrase | null | undefined) => {
    const message = text ? chat.localization.say(text) : null;
    if (last.get(key) === message) return;
    last.set(key, message);
    if (message) flex.Notifications.showNotification(NOTIFICATION, { message });
  };
  store.subscribe(() => {
    const state = store.state;
    show('startup', state.startup === 'failed' ? state.startupError : null);
    show('notice', state.notice);
    show('directory', state.directory.error);
    for (const [peer, thread] of state.threads) {
      // Messages not yet accepted by the service sit at the end of a thread.
      for (let i = thread.messages.length - 1; i >= 0 && thread.messages[i]!.index < 0; i--) {
        const message = thread.messages[i]!;
        const failed = message.delivery === 'failed';
        show(`send:${message.key}`, failed ? (message.error ?? phrase('messageNotSentTo', store.agent(peer).displayName)) : null);
      }
    }
  });
}

window.Twilio?.Flex?.Plugins?.init(InternalAgentChatPlugin);
