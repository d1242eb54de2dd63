/**
 * What the chat's keyboard shortcuts do in `<internal-agent-chat>`, and the element's own
 * shortcut manager that runs them outside Flex (in Flex, the Flex adapter registers the same
 * actions with Flex's manager and sets the host's `shortcuts`). Every action first shows the host
 * and waits for the chat to start (host-reveal.ts); what it has to say goes to the status line.
 */
import type { ReactiveController } from 'lit';
import type { Localization } from '../../l10n/localization.js';
import { phrase, type Phrase } from '../../l10n/phrase.js';
import type { SettingsStore } from '../../services/settings.js';
import type { ChatShortcutActions } from '../../shortcuts/chat-shortcuts.js';
import type { ShortcutKeymap } from '../../shortcuts/shortcut-keymap.js';
import type { WidgetShortcuts } from '../../shortcuts/widget-shortcut-controller.js';
import type { IacComposer } from '../composer/composer.js';
import { ownShortcuts } from './own-shortcuts.js';
import { shownAndStarted, type RevealableHost } from './host-reveal.js';
import { unreadChatFrom } from './unread-chats.js';

export interface ShortcutActionsHost extends RevealableHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly settings: SettingsStore;
  readonly localization: Localization;
  /** The keymap in use: Flex's once the Flex adapter has set it, else the element's own. */
  readonly shortcuts: ShortcutKeymap | undefined;
}

export class ShortcutActions implements ReactiveController {
  readonly #host: ShortcutActionsHost;
  readonly #showStatus: (words: Phrase) => void;
  /** Undefined where the element never runs its own (in Flex: see own-shortcuts.ts). */
  readonly #own: WidgetShortcuts | undefined;

  /** What each chat shortcut does, for whichever manager runs them. */
  readonly actions: ChatShortcutActions = {
    'open-chat': () => this.reveal(),
    'quick-switcher': () => this.openQuickSwitcher(),
    'next-unread': () => this.openUnreadChat('next'),
    'previous-unread': () => this.openUnreadChat('previous'),
    'focus-composer': () => this.focusComposer(),
    'jump-to-latest': () => this.jumpToLatest(),
    'attach-files': () => this.attachFiles(),
    'toggle-pin': () => this.togglePin(),
  };

  constructor(host: ShortcutActionsHost, showStatus: (words: Phrase) => void) {
    this.#host = host;
    this.#showStatus = showStatus;
    this.#own = ownShortcuts(host, this.actions, (text) => host.localization.say(text), showStatus);
    host.addController(this);
  }

  /** The keymap in use: Flex's when connected to Flex, else the element's own. */
  get keymap(): ShortcutKeymap {
    return (this.#host.shortcuts ?? this.#own?.keymap)!;
  }

  hostConnected(): void {
    if (!this.#host.shortcuts) void this.#own?.keymap.start();
  }

  async reveal(): Promise<void> {
    await shownAndStarted(this.#host);
    if (this.#host.store?.state.activeChat) this.#composer()?.focus();
    else this.#host.renderRoot.querySelector('iac-agent-list')?.focus();
  }

  async openQuickSwitcher(): Promise<void> {
    await shownAndStarted(this.#host);
    const chosen = await this.#host.renderRoot.querySelector('iac-quick-switcher')?.show();
    if (!chosen) return;
    await this.#host.updateComplete;
    this.#composer()?.focus();
  }

  async openUnreadChat(direction: 'next' | 'previous'): Promise<void> {
    await shownAndStarted(this.#host);
    const store = this.#host.store;
    const chat = store ? unreadChatFrom(store.state, direction) : null;
    if (!store || !chat) return this.#showStatus(phrase('noUnreadChat'));
    this.#showStatus(phrase('chatWith', store.chatName(chat)));
    await store.openChat(chat);
  }

  async focusComposer(): Promise<void> {
    await shownAndStarted(this.#host);
    this.#inComposer((composer) => composer.focus());
  }

  async jumpToLatest(): Promise<void> {
    await shownAndStarted(this.#host);
    const chat = this.#host.store?.state.activeChat;
    const thread = this.#host.renderRoot.querySelector('iac-chat-thread');
    if (!chat || !thread) return this.#showStatus(this.#noChatOpen());
    if (!(await thread.jumpToLatest())) this.#showStatus(phrase('latestShown'));
  }

  async attachFiles(): Promise<void> {
    const composer = this.#composer();
    // Straight away while the chat is showing: browsers open pickers only during a key press or click.
    if (composer) return composer.openFilePicker();
    await shownAndStarted(this.#host);
    this.#inComposer((shown) => shown.openFilePicker());
  }

  async togglePin(): Promise<void> {
    await shownAndStarted(this.#host);
    const store = this.#host.store;
    const chat = store?.state.activeChat;
    if (!store || !chat) return this.#showStatus(this.#noChatOpen());
    const pinned = store.state.pins.includes(chat);
    this.#showStatus(phrase(pinned ? 'unpinnedAgent' : 'pinnedAgent', store.chatName(chat)));
    await (pinned ? store.unpin(chat) : store.pin(chat));
  }

  /** Does `act` in the open chat's composer; says that no chat is open when none is. */
  #inComposer(act: (composer: IacComposer) => void): void {
    const composer = this.#composer();
    if (composer) act(composer);
    else this.#showStatus(this.#noChatOpen());
  }

  #composer(): IacComposer | null {
    return this.#host.renderRoot.querySelector('iac-composer');
  }

  #noChatOpen(): Phrase {
    const keymap = this.keymap;
    const key = keymap.keyOf('quick-switcher');
    return phrase('openChatFirst', key ? keymap.notation.words(key, this.#host.localization.words.spokenKeys) : null);
  }
}
