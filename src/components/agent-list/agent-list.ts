import { LitElement, html, nothing } from 'lit';
import { customElement } from '../shared/custom-element.js';
import { repeat } from 'lit/directives/repeat.js';
import { UNKNOWN_ACTIVITY, type Agent } from '../../services/directory/ports.js';
import { LocaleController } from '../../l10n/locale-controller.js';
import { phrase, type Phrase } from '../../l10n/phrase.js';
import { StoreController } from '../shared/store-controller.js';
import { avatar } from '../shared/avatar.js';
import { styleProperties } from '../shared/style-properties.js';
import { sinceDuration } from '../../l10n/format-time.js';
import { directChatId, peerOf } from '../../services/chat/chat-id.js';
import { agentSections, type AgentSection } from './agent-sections.js';
import { ListWindowController } from './list-window-controller.js';
import { styles } from './agent-list.styles.js';

const SEARCH_DEBOUNCE_MS = 120;
/** Rows rendered beyond each edge of the list's viewport, in CSS px. */
const WINDOW_MARGIN_PX = 400;

/**
 * The directory of agents: search, presence, pinned and recent chats with unread counts.
 *
 * @summary Find an agent and open the chat with them.
 * @csspart search - The search box.
 * @csspart agent - One agent's row.
 * @csspart avatar - An agent's avatar.
 * @cssprop --iac-agent-list-background - Background of the list.
 */
export class IacAgentList extends LitElement {
  static override styles = styles;
  static override properties = {
    query: { state: true },
    focusedAgent: { state: true },
    announcement: { state: true },
  };

  readonly #view = new StoreController(this, (s) => ({
    me: s.me,
    agents: s.agents,
    directory: s.directory,
    chats: s.chats,
    pins: s.pins,
    muted: s.muted,
    activeChat: s.activeChat,
    startup: s.startup,
  }));

  private query = '';
  /** The row that takes the list's one Tab stop (roving tabindex). */
  private focusedAgent: string | null = null;
  /** Words for screen readers after a pin moved. */
  private announcement: Phrase | null = null;
  readonly #l10n = new LocaleController(this);
  /** The pinned agent being dragged to a new place. */
  #dragged: string | null = null;
  #searchTimer?: ReturnType<typeof setTimeout>;
  /** The sections last rendered, and the view they came from (recomputed only when it changes). */
  #sections: { from?: unknown; sections: AgentSection[] } = { sections: [] };
  /**
   * The list is windowed: only the rows in view, and a margin, are in the DOM (a large center
   * lists hundreds of chats and search results).
   */
  readonly #window = new ListWindowController(this, () => this.#scroller(), WINDOW_MARGIN_PX);

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
    const sections = this.#sectionsOf(view);
    const windows = this.#window.windows(sections.map((section) => section.identities.length));
    const rendered = sections.flatMap((section, s) => section.identities.slice(windows[s]!.start, windows[s]!.end));
    // The one Tab stop must be a row in the DOM: the focused or open one when it is, else the first.
    const tabStop = [this.focusedAgent, view.activeChat && peerOf(view.activeChat)].find((id) => id && rendered.includes(id)) ?? rendered[0];
    const t = this.#l10n.words;
    const headings = { pinned: t.sectionPinned, recent: t.sectionRecent, everyone: t.sectionEveryone, results: t.sectionResults };
    return html`
      <div class="search">
        <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M8.5 3a5.5 5.5 0 0 1 4.38 8.83l3.65 3.64-1.06 1.06-3.64-3.65A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z" /></svg>
        <input
          part="search"
          type="search"
          aria-label=${t.searchAgents}
          placeholder=${t.searchAgents}
          autocomplete="off"
          .value=${this.query}
          @input=${this.#onSearchInput}
          @keydown=${this.#onSearchKeydown}
        />
        ${this.query
          ? // Our own, not the browser's: its room is kept free of text, and it looks the same in every browser.
            html`<button class="icon-button clear" tabindex="-1" aria-label=${t.clearSearch} title=${t.clearSearch} @click=${this.#clearSearch}>
              <svg viewBox="0 0 20 20" aria-hidden="true"><path d="m10 8.94 4.47-4.47 1.06 1.06L11.06 10l4.47 4.47-1.06 1.06L10 11.06l-4.47 4.47-1.06-1.06L8.94 10 4.47 5.53l1.06-1.06L10 8.94Z" /></svg>
            </button>`
          : nothing}
      </div>
      <nav class="sections" aria-label=${t.agents} @keydown=${this.#onListKeydown} @scroll=${() => this.#window.scrolled()}>
        ${view.directory.error
          ? html`<p class="problem" role="alert">
              ${this.#l10n.say(view.directory.error)}
              <button class="link" @click=${() => store.search(this.query)}>${t.tryAgain}</button>
            </p>`
          : nothing}
        ${sections.map((section, s) => {
          const { start, end, before, after } = windows[s]!;
          const count = section.identities.length;
          return html`
            <section aria-labelledby="heading-${section.id}">
              <h2 id="heading-${section.id}">${headings[section.id]}</h2>
              <ul ${styleProperties({ 'padding-block-start': `${before}px`, 'padding-block-end': `${after}px` })}>
                ${repeat(
                  section.identities.slice(start, end),
                  (id) => id,
                  (id, i) => this.#row(store.agent(id), section.id === 'pinned', id === tabStop, start + i + 1, count),
                )}
              </ul>
            </section>
          `;
        })}
        ${this.#emptyState(sections.length, view.directory.searching)}
      </nav>
      <p class="visually-hidden" role="status">${this.announcement ? this.#l10n.say(this.announcement) : ''}</p>
    `;
  }

  /** `position` of `count`: where the row is in its section, for screen readers (most rows aren't in the DOM). */
  #row(agent: Agent, pinned: boolean, tabStop: boolean, position: number, count: number) {
    const view = this.#view.value!;
    const chatId = directChatId(agent.identity);
    const chat = view.chats.get(chatId);
    const unread = chat?.unread ?? 0;
    const current = view.activeChat === chatId;
    const t = this.#l10n.words;
    const preview = chat?.preview ? (typeof chat.preview === 'string' ? chat.preview : this.#l10n.say(chat.preview)) : '';
    const detail = preview || this.#presenceText(agent);
    const muted = view.muted.includes(chatId);
    const id = `agent-${cssId(agent.identity)}`;
    return html`
      <li
        class="row"
        ?data-current=${current}
        ?data-unread=${unread > 0 && !muted}
        ?data-muted=${muted}
        aria-posinset=${position}
        aria-setsize=${count}
        draggable=${pinned ? 'true' : 'false'}
        @dragstart=${pinned ? (e: DragEvent) => this.#onPinDragStart(e, agent.identity) : undefined}
        @dragover=${pinned ? (e: DragEvent) => this.#onPinDragOver(e) : undefined}
        @drop=${pinned ? (e: DragEvent) => this.#onPinDrop(e, agent.identity) : undefined}
      >
        <button
          part="agent"
          class="agent"
          aria-describedby="${id}-detail ${unread ? `${id}-unread` : ''} ${muted ? `${id}-muted` : ''}"
          aria-current=${current ? 'true' : 'false'}
          tabindex=${tabStop ? 0 : -1}
          data-identity=${agent.identity}
          @focus=${() => (this.focusedAgent = agent.identity)}
          @click=${() => this.#open(agent.identity)}
        >
          ${avatar(agent)}
          <span class="text">
            <span class="name">${agent.displayName}</span>
            ${muted ? html`<span class="visually-hidden" id="${id}-muted">${t.muted}</span>` : nothing}
            <span class="detail" id="${id}-detail" aria-hidden="true" ?data-preview=${!!preview}>
              ${preview ? html`<span class="activity">${t.activityBeforePreview(this.#activity(agent))}</span>` : nothing}${detail}
            </span>
          </span>
          ${muted
            ? html`<svg class="muted-mark" viewBox="0 0 20 20" aria-hidden="true"><path d="M10 2.5a5 5 0 0 1 5 5v3.4l1.6 2.6H6.1l8.2-8.2.96.96L4.7 16.8l-1.06-1.06 1.4-1.4L5 14l-.6-.5L5 12.4V7.5a5 5 0 0 1 5-5Zm-2 13h4a2 2 0 0 1-4 0Z" /></svg>`
            : nothing}
          ${unread
            ? // The eye gets the number; the ear gets words, as the row's description (hidden: not part of its name).
              html`<span class="badge" aria-hidden="true">${t.badge(unread)}</span
                ><span id="${id}-unread" hidden>${t.unreadMessages(unread)}</span>`
            : nothing}
        </button>
        <button
          class="pin"
          tabindex="-1"
          aria-label=${pinned ? t.unpinAgent(agent.displayName) : t.pinAgent(agent.displayName)}
          aria-pressed=${pinned ? 'true' : 'false'}
          title=${pinned ? t.unpin : t.pin}
          @click=${() => (pinned ? this.#view.store?.unpin(chatId) : this.#view.store?.pin(chatId))}
        >
          <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M12.6 2.5 17.5 7.4l-1.06 1.06-.7-.7-3.2 3.2.36 3.18-1.06 1.06-3.18-3.18L4.8 16.9l-1.06-1.06 3.88-3.88L4.44 8.78 5.5 7.72l3.18.36 3.2-3.2-.7-.7 1.06-1.06Z" /></svg>
        </button>
      </li>
    `;
  }

  #presenceText(agent: Agent): string {
    const activity = this.#activity(agent);
    return agent.activitySince ? this.#l10n.words.activityFor(activity, sinceDuration(agent.activitySince, new Date(), this.#l10n.tag)) : activity;
  }

  /** The workspace's name for the activity; the chat's own words when it is not known. */
  #activity(agent: Agent): string {
    return agent.activity === UNKNOWN_ACTIVITY ? this.#l10n.words.activityUnknown : agent.activity;
  }

  #emptyState(sectionCount: number, searching: boolean) {
    if (sectionCount > 0) return nothing;
    const t = this.#l10n.words;
    if (searching) return html`<p class="empty" role="status">${t.searching}</p>`;
    return html`<p class="empty" role="status">${this.query.trim() ? t.noAgentsMatch(this.query.trim()) : t.noAgentsYet}</p>`;
  }

  #open(identity: string): void {
    void this.#view.store?.openChat(directChatId(identity));
  }

  /** The agents known already show at each keystroke; the directory is asked once typing pauses. */
  #onSearchInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    this.#view.store?.searchKnown(this.query);
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => this.#view.store?.search(this.query), SEARCH_DEBOUNCE_MS);
  }

  /** Empties the search at once (no debounce) and leaves the cursor in the box. */
  #clearSearch(): void {
    clearTimeout(this.#searchTimer);
    this.query = '';
    void this.#view.store?.search('');
    this.focus();
  }

  #onSearchKeydown(event: KeyboardEvent): void {
    const first = this.#listed()[0];
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (first) void this.#focusAgent(first);
    } else if (event.key === 'Enter') {
      if (first) this.#open(first);
    }
  }

  /**
   * Arrow keys move between agents (with Alt, a pinned one moves); Home and End jump; a letter
   * goes to search. They move through the whole list, not just the rows in the DOM.
   */
  #onListKeydown(event: KeyboardEvent): void {
    const button = event.composedPath()[0] as HTMLButtonElement;
    const listed = this.#listed();
    const index = button.matches?.('button.agent') ? listed.indexOf(button.dataset.identity!) : -1;
    if (index < 0) return;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) return void this.#movePinned(event, button);
    const target =
      event.key === 'ArrowDown' ? listed[index + 1]
      : event.key === 'ArrowUp' ? listed[index - 1]
      : event.key === 'Home' ? listed[0]
      : event.key === 'End' ? listed.at(-1)
      : undefined;
    if (target) {
      event.preventDefault();
      void this.#focusAgent(target);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      this.focus();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && event.key !== ' ') {
      this.focus();
    }
  }

  /** Focuses an agent's row, bringing it into the DOM and into view first when it is outside the window. */
  async #focusAgent(identity: string): Promise<void> {
    this.focusedAgent = identity;
    const shown = this.#agentButton(identity);
    if (shown) return shown.focus(); // Focus scrolls it into view; the window follows the scroll.
    const sections = this.#sections.sections;
    const s = sections.findIndex((section) => section.identities.includes(identity));
    if (s < 0) return;
    this.#window.scrollToRow(s, sections[s]!.identities.indexOf(identity));
    await this.updateComplete;
    this.#agentButton(identity)?.focus();
  }

  #agentButton(identity: string): HTMLButtonElement | undefined {
    return this.#agentButtons().find((button) => button.dataset.identity === identity);
  }

  /** Every agent listed, in order, rendered or not. */
  #listed(): string[] {
    return this.#sections.sections.flatMap((section) => section.identities);
  }

  #sectionsOf(view: Parameters<typeof agentSections>[0]): AgentSection[] {
    if (this.#sections.from !== view) this.#sections = { from: view, sections: agentSections(view) };
    return this.#sections.sections;
  }

  #scroller(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('nav.sections');
  }

  async #movePinned(event: KeyboardEvent, button: HTMLButtonElement): Promise<void> {
    const { pins } = this.#view.value!;
    const identity = this.focusedAgent;
    const from = identity ? pins.indexOf(directChatId(identity)) : -1;
    if (from < 0 || !button.closest('section')?.matches('[aria-labelledby="heading-pinned"]')) return;
    event.preventDefault();
    const to = from + (event.key === 'ArrowUp' ? -1 : 1);
    if (to < 0 || to >= pins.length) return;
    await this.#view.store?.movePin(directChatId(identity!), to);
    this.announcement = phrase('pinMoved', this.#view.store!.agent(identity!).displayName, to + 1, pins.length);
    await this.updateComplete;
    this.#agentButtons().find((b) => b.dataset.identity === identity)?.focus();
  }

  #onPinDragStart(event: DragEvent, identity: string): void {
    this.#dragged = identity;
    event.dataTransfer?.setData('text/plain', identity);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
  }

  #onPinDragOver(event: DragEvent): void {
    if (!this.#dragged) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
  }

  #onPinDrop(event: DragEvent, target: string): void {
    const dragged = this.#dragged;
    this.#dragged = null;
    if (!dragged || dragged === target) return;
    event.preventDefault();
    void this.#view.store?.movePin(directChatId(dragged), this.#view.value!.pins.indexOf(directChatId(target)));
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

customElement('iac-agent-list')(IacAgentList);
