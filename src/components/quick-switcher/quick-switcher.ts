import { LitElement, html, nothing } from 'lit';
import { customElement } from '../shared/custom-element.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Agent } from '../../services/directory/ports.js';
import { activityName } from '../shared/activity-words.js';
import { LocaleController } from '../../l10n/locale-controller.js';
import { bestMatches } from '../../services/directory/rank-agents.js';
import { livePins, namedGroups } from '../agent-list/directory-sections.js';
import { directChatId, peerOf, type ChatId } from '../../services/chat/chat-id.js';
import { StoreController } from '../shared/store-controller.js';
import { avatar, groupAvatar } from '../shared/avatar.js';
import { styles } from './quick-switcher.styles.js';
import { TypingPauseController } from '../shared/typing-pause-controller.js';
import { stepActive } from '../shared/step-active.js';

const MAX_RESULTS = 8;

/** A match: a chat, with the agent on its other end when it is a direct one. */
interface Result {
  readonly chat: ChatId;
  readonly name: string;
  readonly agent?: Agent;
}

/**
 * Jump to any agent or chat by typing: a modal dialog with a combobox. Known chats (groups
 * too, by name) and pins answer at once; the directory is searched as the person types, for
 * everyone else.
 *
 * @summary Quick switcher (Ctrl/Cmd+K).
 * @csspart dialog - The dialog box.
 * @csspart avatar - An agent's or group's avatar in the list of matches.
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
  // Agents not met yet are found by the directory; their results join `agents` as they come.
  readonly #find = new TypingPauseController(this, () => this.#view.store?.findAgents(this.query));
  #chosen: ((chat: ChatId | null) => void) | undefined;

  /** Opens the switcher; resolves with the chat opened, or null if dismissed. */
  async show(): Promise<ChatId | null> {
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
    this.#find.cancel();
    this.query = '';
    this.#chosen?.(null);
    this.#chosen = undefined;
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
          (result) => result.chat,
          (result, index) => html`<li
            id="result-${index}"
            role="option"
            aria-selected=${result === active ? 'true' : 'false'}
            @click=${() => this.#open(result)}
            @pointermove=${() => (this.active = index)}
          >
            ${result.agent ? avatar(result.agent) : groupAvatar(result.chat, result.name)}<span class="name">${result.name}</span
            ><span class="activity">${result.agent ? activityName(result.agent, this.#l10n) : t.memberCount(this.#view.value?.chats.get(result.chat)?.members.length ?? 0)}</span>
            ${this.#unread(result.chat)
              ? html`<span class="badge" aria-hidden="true">${t.badge(this.#unread(result.chat))}</span
                  ><span class="visually-hidden">${t.unreadMessages(this.#unread(result.chat))}</span>`
              : nothing}
          </li>`,
        )}
      </ul>
      ${results.length === 0 ? html`<p class="empty" role="status">${t.noAgentMatches(this.query)}</p>` : nothing}
      <p class="hint" aria-hidden="true">${t.switcherKeys}</p>
    </dialog>`;
  }

  /** How many messages of `chat` are unread (0 when there is no chat yet). */
  #unread(chat: ChatId): number {
    return this.#view.value?.chats.get(chat)?.unread ?? 0;
  }

  /** Pins and recent chats when nothing is typed; otherwise the groups named so, then everyone known, best match first. */
  #results(): Result[] {
    const view = this.#view.value;
    const store = this.#view.store;
    if (!view || !store) return [];
    const text = this.query.trim();
    const result = (chat: ChatId): Result => {
      const peer = peerOf(chat);
      const agent = peer ? store.agent(peer) : undefined;
      return { chat, name: agent?.displayName ?? view.chats.get(chat)?.name ?? '', agent };
    };
    if (!text) {
      const recent = [...view.chats.values()].sort((a, b) => (b.lastActivity?.getTime() ?? 0) - (a.lastActivity?.getTime() ?? 0));
      return [...new Set([...livePins(view), ...recent.map((c) => c.id)])].slice(0, MAX_RESULTS).map(result);
    }
    const groups = namedGroups(view.chats, text).map((chat) => result(chat.id));
    const known = bestMatches(view.agents.values(), text, new Set([view.me?.identity]));
    return [...groups, ...known.map((agent) => result(directChatId(agent.identity)))].slice(0, MAX_RESULTS);
  }

  #onInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    this.active = 0;
    this.#find.typed();
  }

  #onKeydown(event: KeyboardEvent): void {
    const results = this.#results();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.active = stepActive(this.active, results.length, event.key === 'ArrowDown');
    } else if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      const result = results[Math.min(this.active, results.length - 1)];
      if (result) this.#open(result);
    }
  }

  #open({ chat }: Result): void {
    void this.#view.store?.openChat(chat);
    this.#chosen?.(chat);
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
