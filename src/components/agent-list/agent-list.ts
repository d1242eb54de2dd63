import { LitElement, html, nothing } from 'lit';
import { customElement } from '../shared/custom-element.js';
import { repeat } from 'lit/directives/repeat.js';
import { LocaleController } from '../../l10n/locale-controller.js';
import { phrase, type Phrase } from '../../l10n/phrase.js';
import { StoreController } from '../shared/store-controller.js';
import { avatar, groupAvatar } from '../shared/avatar.js';
import { styleProperties } from '../shared/style-properties.js';
import { activityName, activityWords } from '../shared/activity-words.js';
import { peerOf, type ChatId } from '../../services/chat/chat-id.js';
import type { ChatSummary } from '../../services/chat-state.js';
import { directorySections, type DirectorySection } from './directory-sections.js';
import { ListWindowController } from './list-window-controller.js';
import { IacGroupDialogEvent } from '../../events/group-dialog.js';
import { styles } from './agent-list.styles.js';
import { TypingPauseController } from '../shared/typing-pause-controller.js';

/** Rows rendered beyond each edge of the list's viewport, in CSS px. */
const WINDOW_MARGIN_PX = 400;

/**
 * The directory of agents and groups: search, presence, pinned and recent chats with unread
 * counts and previews.
 *
 * @summary Find an agent or a group and open the chat.
 * @csspart search - The search box.
 * @fires iac-group-dialog - New group was pressed: `<internal-agent-chat>` shows its dialog.
 * @csspart agent - One chat's row: an agent's or a group's.
 * @csspart avatar - An agent's or a group's avatar.
 * @cssprop --iac-agent-list-background - Background of the list.
 */
export class IacAgentList extends LitElement {
  static override styles = styles;
  static override properties = {
    query: { state: true },
    focusedChat: { state: true },
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
  private focusedChat: ChatId | null = null;
  /** Words for screen readers after a pin moved. */
  private announcement: Phrase | null = null;
  readonly #l10n = new LocaleController(this);
  /** The pinned chat being dragged to a new place. */
  #dragged: ChatId | null = null;
  readonly #search = new TypingPauseController(this, () => this.#view.store?.search(this.query));
  /** The sections last rendered, and the view they came from (recomputed only when it changes). */
  #sections: { from?: unknown; sections: DirectorySection[] } = { sections: [] };
  /**
   * The list is windowed: only the rows in view, and a margin, are in the DOM (a large center
   * lists hundreds of chats and search results).
   */
  readonly #window = new ListWindowController(this, () => this.#scroller(), WINDOW_MARGIN_PX);

  /** Focuses the search box. */
  override focus(): void {
    this.renderRoot.querySelector<HTMLInputElement>('input[type=search]')?.focus();
  }

  override render() {
    const view = this.#view.value;
    const store = this.#view.store;
    if (!view || !store) return nothing;
    const sections = this.#sectionsOf(view);
    const windows = this.#window.windows(sections.map((section) => section.chats.length));
    const rendered = sections.flatMap((section, s) => section.chats.slice(windows[s]!.start, windows[s]!.end));
    // The one Tab stop must be a row in the DOM: the focused or open one when it is, else the first.
    const tabStop = [this.focusedChat, view.activeChat].find((chat) => chat && rendered.includes(chat)) ?? rendered[0];
    const t = this.#l10n.words;
    const headings = { pinned: t.sectionPinned, recent: t.sectionRecent, everyone: t.sectionEveryone, results: t.sectionResults };
    return html`
      <div class="search">
        <div class="field">
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
        <button
          class="icon-button new-group"
          aria-label=${t.newGroup}
          title=${t.newGroup}
          @click=${() => this.dispatchEvent(new IacGroupDialogEvent({ dialog: 'new-group' }))}
        >
          <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M7.5 3a3 3 0 1 1 0 6 3 3 0 0 1 0-6Zm0 1.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3ZM7.5 10c1.2 0 2.3.3 3.2.7l-.7 1.4a6 6 0 0 0-2.5-.6c-2.3 0-4 1.1-4 2.5v.5h6V16H2v-2c0-2.4 2.5-4 5.5-4Zm7-1h1.5v2.5h2.5V13H16v2.5h-1.5V13H12v-1.5h2.5V9Z" /></svg>
        </button>
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
          const count = section.chats.length;
          return html`
            <section aria-labelledby="heading-${section.id}">
              <h2 id="heading-${section.id}">${headings[section.id]}</h2>
              <ul ${styleProperties({ 'padding-block-start': `${before}px`, 'padding-block-end': `${after}px` })}>
                ${repeat(
                  section.chats.slice(start, end),
                  (chat) => chat,
                  (chat, i) => this.#row(chat, section.id === 'pinned', chat === tabStop, start + i + 1, count),
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
  #row(chatId: ChatId, pinned: boolean, tabStop: boolean, position: number, count: number) {
    const view = this.#view.value!;
    const chat = view.chats.get(chatId);
    const peer = peerOf(chatId);
    // A direct chat's row is its other agent's; a group's is the group's.
    const agent = peer ? this.#view.store!.agent(peer) : undefined;
    const name = agent ? agent.displayName : (chat?.name ?? '');
    const unread = chat?.unread ?? 0;
    const mentioned = unread > 0 && !!chat?.unreadMention;
    const current = view.activeChat === chatId;
    const t = this.#l10n.words;
    const preview = this.#preview(chat);
    const detail = preview || (agent ? activityWords(agent, this.#l10n) : t.memberCount(chat?.members.length ?? 0));
    const muted = view.muted.includes(chatId);
    const id = `chat-${cssId(chatId)}`;
    return html`
      <li
        class="row"
        ?data-current=${current}
        ?data-unread=${unread > 0 && !muted}
        ?data-muted=${muted}
        aria-posinset=${position}
        aria-setsize=${count}
        draggable=${pinned ? 'true' : 'false'}
        @dragstart=${pinned ? (e: DragEvent) => this.#onPinDragStart(e, chatId) : undefined}
        @dragover=${pinned ? (e: DragEvent) => this.#onPinDragOver(e) : undefined}
        @drop=${pinned ? (e: DragEvent) => this.#onPinDrop(e, chatId) : undefined}
      >
        <button
          part="agent"
          class="agent"
          aria-describedby="${id}-detail ${unread ? `${id}-unread` : ''} ${mentioned ? `${id}-mention` : ''} ${muted ? `${id}-muted` : ''}"
          aria-current=${current ? 'true' : 'false'}
          tabindex=${tabStop ? 0 : -1}
          data-chat=${chatId}
          @focus=${() => (this.focusedChat = chatId)}
          @click=${() => this.#open(chatId)}
        >
          ${agent ? avatar(agent) : groupAvatar(chatId, name)}
          <span class="text">
            <span class="name">${name}</span>
            ${muted ? html`<span class="visually-hidden" id="${id}-muted">${t.muted}</span>` : nothing}
            <span class="detail" id="${id}-detail" aria-hidden="true" ?data-preview=${!!preview}>
              ${preview && agent ? html`<span class="activity">${t.activityBeforePreview(activityName(agent, this.#l10n))}</span>` : nothing}${detail}
            </span>
          </span>
          ${muted
            ? html`<svg class="muted-mark" viewBox="0 0 20 20" aria-hidden="true"><path d="M10 2.5a5 5 0 0 1 5 5v3.4l1.6 2.6H6.1l8.2-8.2.96.96L4.7 16.8l-1.06-1.06 1.4-1.4L5 14l-.6-.5L5 12.4V7.5a5 5 0 0 1 5-5Zm-2 13h4a2 2 0 0 1-4 0Z" /></svg>`
            : nothing}
          ${mentioned
            ? html`<span class="badge mention" aria-hidden="true">@</span><span id="${id}-mention" hidden>${t.mentionedYou}</span>`
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
          aria-label=${pinned ? t.unpinAgent(name) : t.pinAgent(name)}
          aria-pressed=${pinned ? 'true' : 'false'}
          title=${pinned ? t.unpin : t.pin}
          @click=${() => (pinned ? this.#view.store?.unpin(chatId) : this.#view.store?.pin(chatId))}
        >
          <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M12.6 2.5 17.5 7.4l-1.06 1.06-.7-.7-3.2 3.2.36 3.18-1.06 1.06-3.18-3.18L4.8 16.9l-1.06-1.06 3.88-3.88L4.44 8.78 5.5 7.72l3.18.36 3.2-3.2-.7-.7 1.06-1.06Z" /></svg>
        </button>
      </li>
    `;
  }

  /** The last message, as written or in words about its attachments; a group's says who wrote it. */
  #preview(chat: ChatSummary | undefined): string {
    if (!chat?.preview) return '';
    const text = typeof chat.preview === 'string' ? chat.preview : this.#l10n.say(chat.preview);
    const author = chat.kind === 'group' && chat.previewAuthor;
    if (!author) return text;
    const t = this.#l10n.words;
    return t.byAuthor(author === this.#view.value?.me?.identity ? t.you : firstName(this.#view.store!.agent(author).displayName), text);
  }

  #emptyState(sectionCount: number, searching: boolean) {
    if (sectionCount > 0) return nothing;
    const t = this.#l10n.words;
    if (searching) return html`<p class="empty" role="status">${t.searching}</p>`;
    return html`<p class="empty" role="status">${this.query.trim() ? t.noAgentsMatch(this.query.trim()) : t.noAgentsYet}</p>`;
  }

  #open(chat: ChatId): void {
    void this.#view.store?.openChat(chat);
  }

  /** The agents known already show at each keystroke; the directory is asked once typing pauses. */
  #onSearchInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    this.#view.store?.searchKnown(this.query);
    this.#search.typed();
  }

  /** Empties the search at once (no debounce) and leaves the cursor in the box. */
  #clearSearch(): void {
    this.#search.cancel();
    this.query = '';
    void this.#view.store?.search('');
    this.focus();
  }

  #onSearchKeydown(event: KeyboardEvent): void {
    const first = this.#listed()[0];
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (first) void this.#focusChat(first);
    } else if (event.key === 'Enter') {
      if (first) this.#open(first);
    }
  }

  /**
   * Arrow keys move between chats (with Alt, a pinned one moves); Home and End jump; a letter
   * goes to search. They move through the whole list, not just the rows in the DOM.
   */
  #onListKeydown(event: KeyboardEvent): void {
    const button = event.composedPath()[0] as HTMLButtonElement;
    const listed = this.#listed();
    const index = button.matches?.('button.agent') ? listed.indexOf(button.dataset.chat!) : -1;
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
      void this.#focusChat(target);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      this.focus();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && event.key !== ' ') {
      this.focus();
    }
  }

  /** Focuses a chat's row, bringing it into the DOM and into view first when it is outside the window. */
  async #focusChat(chat: ChatId): Promise<void> {
    this.focusedChat = chat;
    const shown = this.#chatButton(chat);
    if (shown) return shown.focus(); // Focus scrolls it into view; the window follows the scroll.
    const sections = this.#sections.sections;
    const s = sections.findIndex((section) => section.chats.includes(chat));
    if (s < 0) return;
    this.#window.scrollToRow(s, sections[s]!.chats.indexOf(chat));
    await this.updateComplete;
    this.#chatButton(chat)?.focus();
  }

  #chatButton(chat: ChatId): HTMLButtonElement | undefined {
    return this.#chatButtons().find((button) => button.dataset.chat === chat);
  }

  /** Every chat listed, in order, rendered or not. */
  #listed(): ChatId[] {
    return this.#sections.sections.flatMap((section) => section.chats);
  }

  #sectionsOf(view: Parameters<typeof directorySections>[0]): DirectorySection[] {
    if (this.#sections.from !== view) this.#sections = { from: view, sections: directorySections(view) };
    return this.#sections.sections;
  }

  #scroller(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('nav.sections');
  }

  async #movePinned(event: KeyboardEvent, button: HTMLButtonElement): Promise<void> {
    const { pins } = this.#view.value!;
    const chat = this.focusedChat;
    const from = chat ? pins.indexOf(chat) : -1;
    if (from < 0 || !button.closest('section')?.matches('[aria-labelledby="heading-pinned"]')) return;
    event.preventDefault();
    const to = from + (event.key === 'ArrowUp' ? -1 : 1);
    if (to < 0 || to >= pins.length) return;
    await this.#view.store?.movePin(chat!, to);
    this.announcement = phrase('pinMoved', this.#view.store!.chatName(chat!), to + 1, pins.length);
    await this.updateComplete;
    this.#chatButton(chat!)?.focus();
  }

  #onPinDragStart(event: DragEvent, chat: ChatId): void {
    this.#dragged = chat;
    event.dataTransfer?.setData('text/plain', this.#view.store?.chatName(chat) ?? chat);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
  }

  #onPinDragOver(event: DragEvent): void {
    if (!this.#dragged) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
  }

  #onPinDrop(event: DragEvent, target: ChatId): void {
    const dragged = this.#dragged;
    this.#dragged = null;
    if (!dragged || dragged === target) return;
    event.preventDefault();
    void this.#view.store?.movePin(dragged, this.#view.value!.pins.indexOf(target));
  }

  #chatButtons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.agent')];
  }
}

/** How a group's preview names its author: "Bob: on it". */
function firstName(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] || displayName;
}

/** A chat id made safe for an id attribute (identities may hold any character). */
function cssId(chat: ChatId): string {
  return Array.from(chat, (c) => (/[A-Za-z0-9_-]/.test(c) ? c : `_${c.codePointAt(0)!.toString(16)}`)).join('');
}

declare global {
  interface HTMLElementTagNameMap {
    'iac-agent-list': IacAgentList;
  }
}

customElement('iac-agent-list')(IacAgentList);
