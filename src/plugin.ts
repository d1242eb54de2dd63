/**
 * The Flex plugin's entry: with src/flex/, the only code that knows Flex (UI 2.x).
 *
 * Flex adds this file to its page as a script (a `<script src async uuid>`, or fetched and
 * injected behind its PluginRenderInjectSrc flag) and the file hands the plugin class to
 * `Twilio.Flex.Plugins.init` while it runs: Flex reads the script's `uuid` from
 * `document.currentScript`, so the call cannot wait. Flex then constructs the class and awaits
 * `init(flex, manager, plugins)`.
 *
 * This file holds only what runs while the chat's view is closed: one ChatStore over the clients
 * Flex already runs, a side-nav link with the unread total, the chat's keyboard shortcuts in
 * Flex's KeyboardShortcutManager, desktop notifications, and failures as Flex notifications,
 * all in the person's language. The chat's elements are the plugin's view part, a file beside
 * this one (src/flex/plugin-parts.ts), fetched at idle after start or when the view first
 * opens. Flex's client may still be initializing at start: the store waits for it. React,
 * ReactDOM and Flex come from the page as globals; the build keeps every copy of them, and of
 * the Conversations SDK, out.
 */
import { ChatStore } from './services/chat-store.js';
import { Attention } from './services/attention.js';
import { SettingsStore } from './services/settings.js';
import { openUserStorage } from './services/storage/user-storage.js';
import { deferredStorage } from './portal/deferred-storage.js';
import { Localization } from './l10n/localization.js';
import { wantedLanguages } from './l10n/locales.js';
import { connectFlexShortcuts } from './shortcuts/flex-adapter.js';
import { CHAT_SHORTCUT_IDS, type ChatShortcutActions } from './shortcuts/chat-shortcuts.js';
import type { ShortcutKeymap } from './shortcuts/shortcut-keymap.js';
import type { FlexApi, FlexManager, FlexPage, FlexPluginClass, FlexPluginRecord } from './flex/flex-api.js';
import { flexClients } from './flex/flex-clients.js';
import { reportProblems } from './flex/report-problems.js';
import { chatSideLink } from './flex/side-link.js';
import { ChatViewHost } from './flex/chat-view-host.js';
import { entryLocation, isFirstCopy, loadPart, setPluginLocation } from './flex/plugin-parts.js';
import type * as ChatView from './flex/chat-view.js';

export const VIEW_NAME = 'internal-chat';
const SORT_ORDER = 5;
/** How long after start the view part may wait for the page to be idle before it is fetched anyway. */
const PRELOAD_BY_MS = 5000;

/** Read while this file runs: Flex's script element for it (null once it has run). */
const ownScript = document.currentScript;

export class InternalAgentChatPlugin {
  readonly name = 'InternalAgentChatPlugin';
  readonly version = '0.1.0';

  async init(flex: FlexApi, manager: FlexManager, plugins?: readonly FlexPluginRecord[]): Promise<void> {
    const React = (window as unknown as FlexPage).React;
    if (!React) throw new Error('Internal Agent Chat needs Flex UI 2.x, which provides React as a global');
    if (!isFirstCopy) {
      console.warn('Internal Agent Chat is in this Flex release twice; this copy does nothing. Remove one from the plugin configuration.');
      return;
    }
    const location = entryLocation(ownScript, plugins);
    if (!location) throw new Error("Internal Agent Chat can't tell where its files are: Flex gave its script no src and no record of it");
    setPluginLocation(location);

    // One opening of the person's storage for the store (pins, drafts, outbox) and their settings (shortcuts too).
    const storage = deferredStorage(openUserStorage(manager.user.identity));
    const store = new ChatStore({ ...flexClients(manager), storage });
    const settings = new SettingsStore(storage);
    const localization = new Localization();
    const chooseLanguage = () => void localization.choose(wantedLanguages(settings.value.language));
    settings.subscribe(chooseLanguage);
    addEventListener('languagechange', chooseLanguage);
    chooseLanguage();

    const open = () => void flex.Actions.invokeAction('NavigateToView', { viewName: VIEW_NAME });
    let keymap: ShortcutKeymap | undefined;
    const view = new ChatViewHost(async () => {
      const { createChat } = await loadPart<typeof ChatView>('view');
      return createChat({ background: { settings, localization, attention }, store, keymap: keymap!, manager, reveal: open });
    }, localization);
    const attention = new Attention({
      store,
      settings: () => settings.value,
      say: (text) => localization.say(text),
      isShowing: () => document.visibilityState === 'visible' && view.showing,
      open: async (chat) => (await view.load()).showChat(chat),
    });

    flex.SideNav.Content.add(chatSideLink(flex, React, { localization, store, viewName: VIEW_NAME, open }), { sortOrder: SORT_ORDER });
    const ChatViewNode = () =>
      React.createElement('div', { ref: view.mount, className: 'internal-agent-chat-view', style: { height: '100%', width: '100%' } });
    flex.ViewCollection.Content.add(
      React.createElement(flex.View, { name: VIEW_NAME, key: 'internal-agent-chat-view', children: React.createElement(ChatViewNode) }),
    );

    reportProblems(flex, React, store, localization);
    // A shortcut pressed before the view part has arrived fetches it, then acts.
    const shortcutActions = Object.fromEntries(
      CHAT_SHORTCUT_IDS.map((id) => [id, async () => (await view.load()).shortcutActions[id]()]),
    ) as ChatShortcutActions;
    keymap = connectFlexShortcuts(flex, { shortcutActions, settings, localization, shortcuts: undefined });
    attention.start();
    void store.start();
    preload(() => void view.load().catch(() => {})); // A failure here is shown if the view opens.
  }
}

/** Runs `fetch` once the page is idle after start, or after PRELOAD_BY_MS at the latest. */
function preload(fetch: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fetch, { timeout: PRELOAD_BY_MS });
  else setTimeout(fetch, PRELOAD_BY_MS);
}

(window as unknown as FlexPage).Twilio?.Flex?.Plugins?.init(InternalAgentChatPlugin satisfies FlexPluginClass);
