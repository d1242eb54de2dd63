import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Agent } from '../../services/directory/ports.js';
import { StoreController } from '../shared/store-controller.js';
import { avatar } from '../shared/avatar.js';
import { sinceDuration } from '../shared/format-time.js';
import { agentSections } from './agent-sections.js';
import { styles } from './agent-list.styles.js';

const SEARCH_DEBOUNCE_MS = 120;

/**
 * The directory of agents: search, presence, pinned and recent chats with unread counts.
 *
 * @summary Find an agent and open the chat with them.
 * @csspart search - The search box.
 * @csspart agent - One agent's row.
 * @csspart avatar - An agent's avatar.
 * @cssprop --iac-agent-list-background - Background of the list.
 * @cssprop --iac-color-brand - Accent for the current chat and unread badges.
 */
@customElement('iac-agent-list')
export class IacAgentList extends LitElement {
  static override styles = styles;

  readonly #view = new StoreController(this, (s) => ({
    me: s.me,
    agents: s.agents,
    directory: s.directory,
    chats: s.chats,
    pins: s.pins,
    activeChat: s.activeChat,
    startup: s.startup,
  }));

  @state() private accessor query = '';
  /** The row that takes the list's one Tab stop (roving tabindex). */
  @state() private accessor focusedAgent: string | null = null;
  #searchTimer?: ReturnType<typeof setTimeout>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
  }

  /** Focuses the search box. */
  override focus(): void {
    this.renderRoot.querySelector<HTMLInputElement>('input[type=search]')?.focus();
  }

  override render() {
    const view = this.#view.value;
    const store = this.#view.store;
    if (!view || !store) return nothing;
    const sections = agentSections(view);
    const listed = sections.flatMap((section) => section.identities);
    const tabStop = [this.focusedAgent, view.activeChat].find((id) => id && listed.includes(id)) ?? listed[0];
    return html`
      <div class="search">
        <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M8.5 3a5.5 5.5 0 0 1 4.38 8.83l3.65 3.64-1.06 1.06-3.64-3.65A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z" /></svg>
        <input
          part="search"
          type="search"
          aria-label="Search agents"
          placeholder="Search agents"
          autocomplete="off"
          .value=${this.query}
          @input=${this.#onSearchInput}
          @keydown=${this.#onSearchKeydown}
        />
      </div>
      <nav class="sections" aria-label="Agents" @keydown=${this.#onListKeydown}>
        ${view.directory.error
          ? html`<p class="problem" role="alert">
              ${view.directory.error}
              <button class="link" @click=${() => store.search(this.query)}>Try again</button>
            </p>`
          : nothing}
        ${sections.map(
          (section) => html`
            <section aria-labelledby="heading-${section.id}">
              <h2 id="heading-${section.id}">${section.title}</h2>
              <ul>
                ${repeat(section.identities, (id) => id, (id) => this.#row(store.agent(id), section.id === 'pinned', id === tabStop))}
              </ul>
            </section>
          `,
        )}
        ${this.#emptyState(sections.length, view.directory.searching)}
      </nav>
    `;
  }

  #row(agent: Agent, pinned: boolean, tabStop: boolean) {
    const view = this.#view.value!;
    const chat = view.chats.get(agent.identity);
    const unread = chat?.unread ?? 0;
    const current = view.activeChat === agent.identity;
    const detail = chat?.preview || this.#presenceText(agent);
    const id = `agent-${cssId(agent.identity)}`;
    return html`
      <li class="row" ?data-current=${current} ?data-unread=${unread > 0}>
        <button
          part="agent"
          class="agent"
          aria-describedby="${id}-detail ${unread ? `${id}-unread` : ''}"
          aria-current=${current ? 'true' : 'false'}
          tabindex=${tabStop ? 0 : -1}
          @focus=${() => (this.focusedAgent = agent.identity)}
          @click=${() => this.#open(agent.identity)}
        >
          ${avatar(agent)}
          <span class="text">
            <span class="name">${agent.displayName}</span>
            <span class="detail" id="${id}-detail" aria-hidden="true">
              ${chat?.preview ? html`<span class="activity">${agent.activity} · </span>` : nothing}${detail}
            </span>
          </span>
          ${unread
            ? html`<span class="badge" id="${id}-unread" aria-hidden="true" aria-label="${unread} unread">${unread > 99 ? '99+' : unread}</span>`
            : nothing}
        </button>
        <button
          class="pin"
          tabindex="-1"
          aria-label=${`${pinned ? 'Unpin' : 'Pin'} ${agent.displayName}`}
          aria-pressed=${pinned ? 'true' : 'false'}
          title=${pinned ? 'Unpin' : 'Pin'}
          @click=${() => (pinned ? this.#view.store?.unpin(agent.identity) : this.#view.store?.pin(agent.identity))}
        >
          <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M12.6 2.5 17.5 7.4l-1.06 1.06-.7-.7-3.2 3.2.36 3.18-1.06 1.06-3.18-3.18L4.8 16.9l-1.06-1.06 3.88-3.88L4.44 8.78 5.5 7.72l3.18.36 3.2-3.2-.7-.7 1.06-1.06Z" /></svg>
        </button>
      </li>
    `;
  }

  #presenceText(agent: Agent): string {
    return agent.activitySince ? `${agent.activity} · ${sinceDuration(agent.activitySince)}` : agent.activity;
  }

  #emptyState(sectionCount: number, searching: boolean) {
    if (sectionCount > 0) return nothing;
    if (searching) return html`<p class="empty" role="status">Searching…</p>`;
    return html`<p class="empty" role="status">
      ${this.query.trim() ? `No agents match “${this.query.trim()}”.` : 'No agents to show yet.'}
    </p>`;
  }

  #open(identity: string): void {
    void this.#view.store?.openChat(identity);
  }

  #onSearchInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => this.#view.store?.search(this.query), SEARCH_DEBOUNCE_MS);
  }

  #onSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      this.#agentButtons()[0]?.focus();
    } else if (event.key === 'Enter') {
      this.#agentButtons()[0]?.click();
    }
  }

  /** Arrow keys move between agents; Home and End jump; typing a letter goes back to search. */
  #onListKeydown(event: KeyboardEvent): void {
    const buttons = this.#agentButtons();
    const index = buttons.indexOf(event.composedPath()[0] as HTMLButtonElement);
    if (index < 0) return;
    const target =
      event.key === 'ArrowDown' ? buttons[index + 1]
      : event.key === 'ArrowUp' ? (buttons[index - 1] ?? this.renderRoot.querySelector<HTMLInputElement>('input'))
      : event.key === 'Home' ? buttons[0]
      : event.key === 'End' ? buttons.at(-1)
      : undefined;
    if (target) {
      event.preventDefault();
      target.focus();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && event.key !== ' ') {
      this.focus();
    }
  }

  #agentButtons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.agent')];
  }
}

/** An identity made safe for an id attribute (identities may hold any character). */
function cssId(identity: string): string {
  return Array.from(identity, (c) => (/[A-Za-z0-9_-]/.test(c) ? c : `_${c.codePointAt(0)!.toString(16)}`)).join('');
}

declare global {
  interface HTMLElementTagNameMap {
    'iac-agent-list': IacAgentList;
  }
}
