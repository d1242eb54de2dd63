import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
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
import '../agent-list/agent-list.js';
import '../chat-thread/chat-thread.js';
import '../composer/composer.js';
import '../quick-switcher/quick-switcher.js';
import { styles } from './internal-agent-chat.styles.js';

/**
 * Internal Agent Chat: the directory of agents beside the open chat, sharing one store. On a
 * narrow screen the two stack and the chat has a way back to the directory.
 *
 * @summary Agent-to-agent chat for Flex and internal portals.
 * @fires iac-unread-change - The unread total changed; `detail.count` holds it.
 * @csspart layout - The grid holding the directory and the chat.
 * @cssprop --iac-color-brand - Accent colour (Twilio Paste blue by default).
 * @cssprop --iac-color-background - Main background.
 * @cssprop --iac-color-text - Main text colour.
 * @cssprop --iac-font-family - Font for the whole widget.
 */
@customElement('internal-agent-chat')
export class InternalAgentChat extends LitElement {
  static override styles = styles;

  /** The chat store every element inside shares (see `ChatStore`). */
  @property({ attribute: false }) accessor store: ChatStore | undefined;

  // Portal use (loaded through the package entry): without a `store`, the element makes one
  // from a token source and a directory source. See src/portal/.
  /** Portal use: the portal's token endpoint, fetched with the page's credentials. */
  @property({ attribute: 'token-url' }) accessor tokenUrl: string | undefined;
  /** Portal use: a function that resolves to a Conversations access token (instead of `token-url`). */
  @property({ attribute: false }) accessor tokenCallback: (() => Promise<string> | string) | undefined;
  /** Portal use: who can be chatted with: an AgentDirectory, a list of agents, or a search function. */
  @property({ attribute: false }) accessor directory: DirectorySource | undefined;
  /** Portal use: loads the Conversations SDK; by default `import('@twilio/conversations')` on first use. */
  @property({ attribute: false }) accessor loadSdk: SdkLoader | undefined;

  readonly #provider = new ContextProvider(this, { context: chatStoreContext });
  readonly #view = new StoreController(this, (s) => ({
    startup: s.startup,
    startupError: s.startupError,
    connection: s.connection,
    activeChat: s.activeChat,
    storagePersistent: s.storagePersistent,
    notice: s.notice,
    budgetWarning: s.budgetWarning,
    unread: unreadTotal(s),
  }), { fromContext: false });
  #announcedUnread = 0;

  /** Unread messages across the user's chats, muted ones left out (see `iac-unread-change`). */
  get unreadCount(): number {
    return this.#view.value?.unread ?? 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.#onShortcut);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#onShortcut);
  }

  /** Opens the quick switcher; once a chat is chosen, the cursor waits in its composer. */
  async openQuickSwitcher(): Promise<void> {
    const chosen = await this.renderRoot.querySelector('iac-quick-switcher')?.show();
    if (!chosen) return;
    await this.updateComplete;
    this.renderRoot.querySelector('iac-composer')?.focus();
  }

  readonly #onShortcut = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      void this.openQuickSwitcher();
    }
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.store ??= portalStoreFor(this);
    if (changed.has('store')) {
      this.#provider.setValue(this.store);
      this.#view.attach(this.store);
    }
  }

  protected override updated(): void {
    if (this.unreadCount === this.#announcedUnread) return;
    this.#announcedUnread = this.unreadCount;
    this.dispatchEvent(new IacUnreadChangeEvent({ count: this.unreadCount }));
  }

  override render() {
    const view = this.#view.value;
    if (!view) return nothing;
    if (view.startup === 'failed') {
      return html`<div class="full" role="alert">
        <p>${view.startupError}</p>
        <button class="button" @click=${() => location.reload()}>Reload</button>
      </div>`;
    }
    if (view.startup === 'starting') return html`<div class="full" role="status">Connecting to chat…</div>`;
    return html`
      ${this.#banners()}
      <iac-quick-switcher></iac-quick-switcher>
      <div part="layout" class="layout" ?data-chat-open=${!!view.activeChat}>
        <iac-agent-list></iac-agent-list>
        <section class="pane" aria-label="Chat">
          ${view.activeChat
            ? keyed(
                view.activeChat,
                html`<iac-chat-thread @iac-attach=${this.#onAttach}></iac-chat-thread>
                  <iac-composer
                    .value=${this.store?.draft(view.activeChat) ?? ''}
                    .limits=${this.store?.messageLimits(view.activeChat) ?? DEFAULT_LIMITS}
                    @input=${this.#onDraft}
                    @iac-send=${this.#onSend}
                    @iac-typing=${this.#onTyping}
                  ></iac-composer>`,
              )
            : html`<div class="empty">
                <p class="title">Chat with your team</p>
                <p>Pick an agent on the left to open your chat with them.</p>
              </div>`}
        </section>
      </div>
    `;
  }

  #banners() {
    const view = this.#view.value!;
    return html`
      ${view.connection !== 'connected'
        ? html`<p class="banner" role="status">
            ${view.connection === 'denied' || view.connection === 'error'
              ? 'Chat is disconnected. Reload to sign in again.'
              : 'Reconnecting… Messages you send now go out once the connection is back.'}
          </p>`
        : nothing}
      ${view.storagePersistent
        ? nothing
        : html`<p class="banner" role="status">This browser isn't keeping data for this site, so pins won't survive a reload.</p>`}
      ${view.budgetWarning ? html`<p class="banner" role="status">${view.budgetWarning}</p>` : nothing}
      ${view.notice
        ? html`<p class="banner problem" role="alert">
            ${view.notice} <button class="link" @click=${() => this.store?.dismissNotice()}>Dismiss</button>
          </p>`
        : nothing}
    `;
  }

  #onSend(event: IacSendEvent): void {
    const peer = this.store?.state.activeChat;
    if (!peer || !this.store) return event.preventDefault();
    void this.store.send(peer, event.detail);
  }

  /** Files dropped on the thread join the composer's one list. */
  #onAttach(event: IacAttachEvent): void {
    this.renderRoot.querySelector('iac-composer')?.addFiles(event.detail.files);
  }

  #onDraft(event: Event): void {
    const peer = this.store?.state.activeChat;
    if (peer) this.store?.saveDraft(peer, (event.currentTarget as IacComposer).value);
  }

  #onTyping(): void {
    const peer = this.store?.state.activeChat;
    if (peer) void this.store?.notifyTyping(peer);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'internal-agent-chat': InternalAgentChat;
  }
}
