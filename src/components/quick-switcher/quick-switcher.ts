import { LitElement, html, nothing } from 'lit';
import { customElement } from '../shared/custom-element.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Agent } from '../../services/directory/ports.js';
import { activityName } from '../shared/activity-words.js';
import { LocaleController } from '../../l10n/locale-controller.js';
import { matchesAgent, rankAgents } from '../../services/directory/rank-agents.js';
import { directChatId, peerOf } from '../../services/chat/chat-id.js';
import { StoreController } from '../shared/store-controller.js';
import { avatar } from '../shared/avatar.js';
import { styles } from './quick-switcher.styles.js';

const SEARCH_DEBOUNCE_MS = 120;
const MAX_RESULTS = 8;

/**
 * Jump to any agent or chat by typing: a modal dialog with a combobox. Known chats and pins
 * answer at once; the directory is searched as the person types, for everyone else.
 *
 * @summary Quick switcher (Ctrl/Cmd+K).
 * @csspart dialog - The dialog box.
 * @csspart avatar - An agent's avatar in the list of matches.
 */
export class IacQuickSwitcher extends LitElement {
  static override styles = styles;
  static override properties = {
    query: { state: true },
    active: { state: true },
  };

  readonly #view = new StoreController(this, (s) => ({
    agents: s.agents,
    chats: s.chats,
    pins: s.pins,
    me: s.me,
  }));
  private query = '';
  private active = 0;
  readonly #l10n = new LocaleController(this);
  #searchTimer?: ReturnType<typeof setTimeout>;
  #chosen: ((identity: string | null) => void) | undefined;

  /** Opens the switcher; resolves with the identity whose chat was opened, or null if dismissed. */
  async show(): Promise<string | null> {
    this.query = '';
    this.active = 0;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog')!;
    if (!dialog.open) dialog.showModal();
    this.renderRoot.querySelector('input')?.focus();
    return new Promise((resolve) => (this.#chosen = resolve));
  }

  /** Closes the switcher without opening a chat. */
  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  #onClose(): void {
    clearTimeout(this.#searchTimer);
    this.query = '';
    this.#chosen?.(null);
    this.#chosen = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
  }

  override render() {
    const results = this.#results();
    const active = results[Math.min(this.active, results.length - 1)];
    const t = this.#l10n.words;
    return html`<dialog part="dialog" aria-label=${t.jumpToChat} @close=${this.#onClose} @click=${this.#onBackdropClick}>
      <input
        type="text"
        role="combobox"
        aria-label=${t.jumpToAgent}
        aria-expanded="true"
        aria-controls="results"
        aria-autocomplete="list"
        aria-activedescendant=${active ? `result-${results.indexOf(active)}` : ''}
        placeholder=${t.jumpPlaceholder}
        autocomplete="off"
        .value=${this.query}
        @input=${this.#onInput}
        @keydown=${this.#onKeydown}
      />
      <ul id="results" role="listbox" aria-label=${t.agentsAndChats}>
        ${repeat(
          results,
          (agent) => agent.identity,
          (agent, index) => html`<li
            id="result-${index}"
            role="option"
            aria-selected=${agent === active ? 'true' : 'false'}
            @click=${() => this.#open(agent)}
            @pointermove=${() => (this.active = index)}
          >
            ${avatar(agent)}<span class="name">${agent.displayName}</span
            ><span class="activity">${activityName(agent, this.#l10n)}</span>
            ${this.#unread(agent.identity)
              ? html`<span class="badge" aria-hidden="true">${t.badge(this.#unread(agent.identity))}</span
                  ><span class="visually-hidden">${t.unreadMessages(this.#unread(agent.identity))}</span>`
              : nothing}
          </li>`,
        )}
      </ul>
      ${results.length === 0 ? html`<p class="empty" role="status">${t.noAgentMatches(this.query)}</p>` : nothing}
      <p class="hint" aria-hidden="true">${t.switcherKeys}</p>
    </dialog>`;
  }

  /** How many messages of the chat with `identity` are unread (0 when there is no chat). */
  #unread(identity: string): number {
    return this.#view.value?.chats.get(directChatId(identity))?.unread ?? 0;
  }

  /** Chats and pins first when nothing is typed; otherwise everyone known, best match first. */
  #results(): Agent[] {
    const view = this.#view.value;
    const store = this.#view.store;
    if (!view || !store) return [];
    const text = this.query.trim();
    if (!text) {
      const recent = [...view.chats.values()].sort((a, b) => (b.lastActivity?.getTime() ?? 0) - (a.lastActivity?.getTime() ?? 0));
      const ids = [...new Set([...view.pins, ...recent.map((c) => c.id)].flatMap((chat) => peerOf(chat) ?? []))];
      return ids.slice(0, MAX_RESULTS).map((id) => store.agent(id));
    }
    const known = [...view.agents.values()].filter((agent) => agent.identity !== view.me?.identity && matchesAgent(agent, text));
    return rankAgents(known, text).slice(0, MAX_RESULTS);
  }

  #onInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    this.active = 0;
    clearTimeout(this.#searchTimer);
    // Agents not met yet are found by the directory; their results join `agents` as they come.
    this.#searchTimer = setTimeout(() => this.#view.store?.findAgents(this.query), SEARCH_DEBOUNCE_MS);
  }

  #onKeydown(event: KeyboardEvent): void {
    const results = this.#results();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (Math.min(this.active, results.length - 1) + step + results.length) % Math.max(results.length, 1);
    } else if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      const agent = results[Math.min(this.active, results.length - 1)];
      if (agent) this.#open(agent);
    }
  }

  #open(agent: Agent): void {
    void this.#view.store?.openChat(directChatId(agent.identity));
    this.#chosen?.(agent.identity);
    this.#chosen = undefined;
    this.close();
  }

  #onBackdropClick(event: MouseEvent): void {
    if (event.target === event.currentTarget) this.close();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iac-quick-switcher': IacQuickSwitcher;
  }
}

customElement('iac-quick-switcher')(IacQuickSwitcher);
