import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { customElement } from '../shared/custom-element.js';
import { keyed } from 'lit/directives/keyed.js';
import { ContextProvider } from '@lit/context';
import type { ChatStore } from '../../services/chat-store.js';
import { chatStoreContext } from '../../services/context.js';
import type { IacSendEvent } from '../../events/send.js';
import type { IacAttachEvent } from '../../events/attach.js';
import { IacUnreadChangeEvent } from '../../events/unread-change.js';
import { unreadTotal } from '../../services/chat-state.js';
import { DEFAULT_LIMITS } from '../../services/conversations/message-limits.js';
import type { IacComposer } from '../composer/composer.js';
import { portalStoreFor } from '../../portal/element-hook.js';
import type { DirectorySource } from '../../portal/directory-source.js';
import type { SdkLoader } from '../../portal/sdk-loader.js';
import { StoreController } from '../shared/store-controller.js';
import { FollowController } from '../settings/follow-controller.js';
import { Attention, type NotificationApi } from '../../services/attention.js';
import { SettingsStore, storageOnceSignedIn } from '../../services/settings.js';
import type { ChatId } from '../../services/chat/chat-id.js';
import type { UserStorage } from '../../services/storage/user-storage.js';
import type { ChatShortcutActions } from '../../shortcuts/chat-shortcuts.js';
import type { ShortcutKeymap } from '../../shortcuts/shortcut-keymap.js';
import { Localization } from '../../l10n/localization.js';
import { phrase } from '../../l10n/phrase.js';
import { ThemeSheet } from './theme-sheet.js';
import { shownAndStarted } from './host-reveal.js';
import { isDisplayed } from './is-displayed.js';
import { LanguageController } from './language-controller.js';
import { ShortcutActions } from './shortcut-actions.js';
import { StatusLine } from './status-line.js';
import { loadSettings } from './on-demand.js';
import { GroupDialogsController } from './group-dialogs-controller.js';
import '../agent-list/agent-list.js';
import '../chat-thread/chat-thread.js';
import '../composer/composer.js';
import '../quick-switcher/quick-switcher.js';
import { styles } from './internal-agent-chat.styles.js';
import { banners } from './banners.js';

/**
 * What a host that runs the chat while it isn't showing (the Flex plugin, before its view first
 * opens) hands the element it makes with `new InternalAgentChat(background)`: the person's
 * settings, the chat's language and its desktop notifications, already running. Without it the
 * element makes its own.
 */
export interface ChatBackground {
  readonly settings: SettingsStore;
  readonly localization: Localization;
  readonly attention: Attention;
}

const gearIcon = svg`<path d="M8.6 2h2.8l.4 2.1c.5.2 1 .5 1.4.8l2-.7 1.4 2.4-1.6 1.4a5.6 5.6 0 0 1 0 1.6l1.6 1.4-1.4 2.4-2-.7c-.4.3-.9.6-1.4.8l-.4 2.1H8.6l-.4-2.1c-.5-.2-1-.5-1.4-.8l-2 .7-1.4-2.4L5 9.6a5.6 5.6 0 0 1 0-1.6L3.4 6.6l1.4-2.4 2 .7c.4-.3.9-.6 1.4-.8L8.6 2ZM10 7a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5Z" />`;

/**
 * Internal Agent Chat: the directory of agents beside the open chat, sharing one store. On a
 * narrow screen the two stack and the chat has a way back to the directory.
 *
 * Keyboard shortcuts (Ctrl/⌘+K for the quick switcher, next/previous unread chat, …) work
 * inside the element through its own shortcut manager, or through Flex's once the Flex adapter
 * has connected them (src/shortcuts/flex-adapter.ts). A gear opens the person's settings, saved
 * per user. While the chat is hidden, a new message can raise a desktop notification and a soft
 * sound (both off until switched on).
 *
 * Its language is the `lang` attribute when the page sets one the chat ships (English, Spanish,
 * Arabic), else the person's choice in Settings, else the browser's, else English; its
 * direction follows the language (right to left for Arabic) unless the page sets `dir`.
 *
 * @summary Agent-to-agent chat for Flex and internal portals.
 * @attr lang - The chat's language, when the page sets one it ships (`en`, `es`, `ar`); the chat writes its own choice here otherwise.
 * @attr dir - `ltr` or `rtl`, when the page sets it; otherwise the chat writes its language's direction here.
 * @fires iac-unread-change - The unread total changed; `detail.count` holds it.
 * @fires iac-reveal - The chat was asked for while it isn't showing (a shortcut, a notification): show it.
 * @csspart layout - The grid holding the directory and the chat.
 * @cssprop --iac-agent-list-background - Background of the directory.
 * @cssprop --iac-agent-list-width - Width of the directory beside the chat (at least 15rem).
 */
export class InternalAgentChat extends LitElement {
  static override styles = styles;
  static override properties = {
    shortcuts: { attribute: false },
    notificationApi: { attribute: false },
    tokenUrl: { attribute: 'token-url' },
    tokenCallback: { attribute: false },
    directory: { attribute: false },
    loadSdk: { attribute: false },
    // Declared so that a page may set it before the element is defined (src/elements-on-demand.ts): Lit hands it on.
    userStorage: { attribute: false, noAccessor: true },
    store: { attribute: false },
  };

  #store: ChatStore | undefined;
  #attention: Attention | undefined;

  /**
   * The chat store every element inside shares (see `ChatStore`). Settings and desktop
   * notifications follow it from the moment it is set, shown or not (Flex mounts the element
   * only when its view opens).
   */
  set store(store: ChatStore | undefined) {
    if (store === this.#store) return;
    this.#store = store;
    if (this.#background) return;
    this.#attention?.stop();
    this.#attention = store ? this.#watchForAttention(store) : undefined;
    if (store) void storageOnceSignedIn(store).then(this.#resolveStorage);
  }
  get store(): ChatStore | undefined {
    return this.#store;
  }

  /**
   * Where the person's settings and shortcut changes are kept. By default their IndexedDB
   * storage, opened once the store knows who signed in; a host that has it already may set it.
   */
  set userStorage(storage: UserStorage) {
    this.#resolveStorage(storage);
  }

  /** The person's settings (notifications, send key, theme, language), saved per user. */
  readonly settings: SettingsStore;

  /**
   * The chat's keyboard shortcuts when they live in another manager (the Flex adapter sets Flex's);
   * unset, the element's own manager listens on it.
   */
  shortcuts: ShortcutKeymap | undefined;

  /** The browser's `Notification` unless set (null turns desktop notifications off for good). */
  notificationApi: NotificationApi | null | undefined;

  /** What each chat shortcut does; the Flex adapter registers these with Flex. */
  get shortcutActions(): ChatShortcutActions {
    return this.#actions.actions;
  }

  // Portal use (loaded through the package entry): without a `store`, the element makes one
  // from a token source and a directory source. See src/portal/.
  /** Portal use: the portal's token endpoint, fetched with the page's credentials. */
  tokenUrl: string | undefined;
  /** Portal use: a function that resolves to a Conversations access token (instead of `token-url`). */
  tokenCallback: (() => Promise<string> | string) | undefined;
  /** Portal use: who can be chatted with: an AgentDirectory, a list of agents, or a search function. */
  directory: DirectorySource | undefined;
  /** Portal use: loads the Conversations SDK; by default `import('@twilio/conversations')` on first use. */
  loadSdk: SdkLoader | undefined;

  /**
   * The chat's language: its words, the locale tag for dates and numbers, and the direction. The
   * elements inside follow it; a host may use it to put the chat's phrases into words.
   */
  readonly localization: Localization;

  readonly #provider = new ContextProvider(this, { context: chatStoreContext });
  readonly #view = new StoreController(this, (s) => ({
    startup: s.startup,
    startupError: s.startupError,
    connection: s.connection,
    activeChat: s.activeChat,
    /** The open group's members (a direct chat has no one to mention). */
    groupMembers: s.activeChat && s.chats.get(s.activeChat)?.kind === 'group' ? s.chats.get(s.activeChat)!.members : undefined,
    me: s.me,
    storagePersistent: s.storagePersistent,
    notice: s.notice,
    budgetWarning: s.budgetWarning,
    unread: unreadTotal(s),
  }), { fromContext: false });
  #announcedUnread = 0;
  #resolveStorage: (storage: UserStorage | Promise<UserStorage>) => void = () => {};
  /** Set when a host runs settings, language and notifications for the element (see ChatBackground). */
  readonly #background: ChatBackground | undefined;
  readonly #theme = new ThemeSheet();
  /** A short line about the last action (a throttled shortcut, nothing to do), for everyone and screen readers. */
  readonly #statusLine = new StatusLine(this);
  readonly #language: LanguageController;
  readonly #actions: ShortcutActions;

  constructor(background?: ChatBackground) {
    super();
    this.#background = background;
    this.#attention = background?.attention;
    this.localization = background?.localization ?? new Localization();
    this.settings = background?.settings ?? new SettingsStore(new Promise<UserStorage>((resolve) => (this.#resolveStorage = resolve)));
    this.#language = new LanguageController(this, this.localization, () => this.settings.value.language);
    this.#actions = new ShortcutActions(this, (words) => this.#statusLine.show(words));
    new FollowController(this, () => [this.settings, this.keymap]);
    new GroupDialogsController(this, (words) => this.#statusLine.show(words));
  }

  /** The chat's shortcuts as the settings screen edits them: Flex's when connected to Flex, else the element's own. */
  get keymap(): ShortcutKeymap {
    return this.#actions.keymap;
  }

  /** Unread messages across the user's chats, muted ones left out (see `iac-unread-change`). */
  get unreadCount(): number {
    return this.#view.value?.unread ?? 0;
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...LanguageController.attributes];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    this.#language.pageSet(name, value);
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    // The person's theme choice: last, so it wins over every element's defaults.
    if (root instanceof ShadowRoot) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#theme.sheet];
    return root;
  }

  /**
   * Brings the chat into view and puts the cursor in it: the open chat's composer, or the
   * directory's search. A host that hides the element (Flex's view) hears `iac-reveal` first.
   */
  reveal(): Promise<void> {
    return this.#actions.reveal();
  }

  /** Opens the quick switcher; once a chat is chosen, the cursor waits in its composer. */
  openQuickSwitcher(): Promise<void> {
    return this.#actions.openQuickSwitcher();
  }

  /** Opens the next (or previous) chat with unread messages, in the directory's order. */
  openUnreadChat(direction: 'next' | 'previous'): Promise<void> {
    return this.#actions.openUnreadChat(direction);
  }

  /** Puts the cursor in the open chat's composer. */
  focusComposer(): Promise<void> {
    return this.#actions.focusComposer();
  }

  /** Shows the open chat's newest messages. */
  jumpToLatest(): Promise<void> {
    return this.#actions.jumpToLatest();
  }

  /** Opens the file picker for the open chat's composer. */
  attachFiles(): Promise<void> {
    return this.#actions.attachFiles();
  }

  /** Pins the open chat, or unpins it. */
  togglePin(): Promise<void> {
    return this.#actions.togglePin();
  }

  /** Brings the chat into view with `chat` open and the cursor in its composer (a desktop notification was clicked). */
  async showChat(chat: ChatId): Promise<void> {
    await this.reveal();
    await this.store?.openChat(chat);
    this.renderRoot.querySelector('iac-composer')?.focus();
  }

  /** Opens the settings screen; focus comes back to the gear when it closes. */
  async openSettings(): Promise<void> {
    await shownAndStarted(this);
    // Loaded on first use: most sessions never open it, and the page's first load stays smaller.
    try {
      await loadSettings();
    } catch (error) {
      return this.#statusLine.show(phrase('settingsDidNotOpen', error instanceof Error ? error.message : String(error)));
    }
    const settings = this.renderRoot.querySelector('iac-settings');
    await settings?.updateComplete;
    await settings?.show();
    this.renderRoot.querySelector<HTMLElement>('.settings-button')?.focus();
  }

  #watchForAttention(store: ChatStore): Attention {
    const element = this;
    const attention = new Attention({
      store,
      settings: () => this.settings.value,
      say: (text) => this.localization.say(text),
      isShowing: () => document.visibilityState === 'visible' && isDisplayed(this),
      open: (chat) => this.showChat(chat),
      get Notification() {
        return element.notificationApi;
      },
    });
    attention.start();
    return attention;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.store = portalStoreFor(this, this.store);
    if (changed.has('store')) {
      this.#provider.setValue(this.store);
      this.#view.attach(this.store);
    }
    this.#theme.apply(this.settings.value.theme);
  }

  protected override updated(): void {
    if (this.unreadCount === this.#announcedUnread) return;
    this.#announcedUnread = this.unreadCount;
    this.dispatchEvent(new IacUnreadChangeEvent({ count: this.unreadCount }));
  }

  override render() {
    const view = this.#view.value;
    if (!view) return nothing;
    const t = this.localization.words;
    if (view.startup === 'failed') {
      return html`<div class="full" role="alert">
        <p>${view.startupError ? this.localization.say(view.startupError) : nothing}</p>
        <button class="primary" @click=${() => location.reload()}>${t.reload}</button>
      </div>`;
    }
    if (view.startup === 'starting') return html`<div class="full" role="status">${t.connecting}</div>`;
    const status = this.#statusLine.shown;
    return html`
      ${banners(view, this.localization, () => this.store?.dismissNotice())}
      <iac-quick-switcher></iac-quick-switcher>
      <iac-settings
        .settings=${this.settings}
        .keymap=${this.keymap}
        .attention=${this.#attention}
        .languageSetByPage=${this.#language.setByPage}
      ></iac-settings>
      <iac-group-dialog></iac-group-dialog>
      <div part="layout" class="layout" ?data-chat-open=${!!view.activeChat}>
        <div class="directory">
          <iac-agent-list></iac-agent-list>
          <div class="me">
            <span class="me-name" title=${view.me?.displayName ?? ''}>${view.me?.displayName}</span>
            <button class="icon-button settings-button" aria-label=${t.settings} title=${t.settings} @click=${() => this.openSettings()}>
              <svg viewBox="0 0 20 20" aria-hidden="true">${gearIcon}</svg>
            </button>
          </div>
        </div>
        <section class="pane" aria-label=${t.chatPane}>
          ${view.activeChat
            ? keyed(
                view.activeChat,
                html`<iac-chat-thread @iac-attach=${this.#onAttach}></iac-chat-thread>
                  <iac-composer
                    .sendWith=${this.settings.value.sendWith}
                    .value=${this.store?.draft(view.activeChat) ?? ''}
                    .limits=${this.store?.messageLimits(view.activeChat) ?? DEFAULT_LIMITS}
                    .mentionable=${(view.groupMembers ?? []).filter((id) => id !== view.me?.identity).map((id) => this.store!.agent(id))}
                    @input=${this.#onDraft}
                    @iac-send=${this.#onSend}
                    @iac-typing=${this.#onTyping}
                  ></iac-composer>`,
              )
            : html`<div class="empty">
                <p class="title">${t.emptyTitle}</p>
                <p>${t.emptyHint}</p>
              </div>`}
        </section>
      </div>
      <p class=${status ? 'status shown' : 'status'} role="status">${status ? this.localization.say(status) : ''}</p>
    `;
  }

  #onSend(event: IacSendEvent): void {
    const chat = this.store?.state.activeChat;
    if (!chat || !this.store) return event.preventDefault();
    void this.store.send(chat, event.detail);
  }

  /** Files dropped on the thread join the composer's one list. */
  #onAttach(event: IacAttachEvent): void {
    this.renderRoot.querySelector('iac-composer')?.addFiles(event.detail.files);
  }

  #onDraft(event: Event): void {
    const chat = this.store?.state.activeChat;
    if (chat) this.store?.saveDraft(chat, (event.currentTarget as IacComposer).value);
  }

  #onTyping(): void {
    const chat = this.store?.state.activeChat;
    if (chat) void this.store?.notifyTyping(chat);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'internal-agent-chat': InternalAgentChat;
  }
}

customElement('internal-agent-chat')(InternalAgentChat);
