import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement } from '../shared/custom-element.js';
import { repeat } from 'lit/directives/repeat.js';
import type { MessageView } from '../../services/chat-state.js';
import { isGroupChat, peerOf } from '../../services/chat/chat-id.js';
import { IacAttachEvent } from '../../events/attach.js';
import { IacGroupDialogEvent } from '../../events/group-dialog.js';
import { StoreController } from '../shared/store-controller.js';
import { FileDropController } from '../shared/file-drop-controller.js';
import { avatar, groupAvatar } from '../shared/avatar.js';
import { clockTime, dayLabel } from '../../l10n/format-time.js';
import { layoutMessages } from './message-groups.js';
import { LocaleController } from '../../l10n/locale-controller.js';
import { phrase, type Phrase } from '../../l10n/phrase.js';
import { messageText } from './message-text.js';
import { mentionsMe } from '../../services/conversations/message-view.js';
import { ScrollAnchorController } from './scroll-anchor-controller.js';
import { ViewingController } from './viewing-controller.js';
import { threadHeader } from './thread-header.js';
import { lastOwnMessageSeen, typingWords } from './read-and-typing.js';
import { inOwnDirection, noticeLine, seenLine, sendingLine } from './message-lines.js';
import '../attachment/attachment.js';
import { styles } from './chat-thread.styles.js';

/**
 * The open chat, with an agent or a group: history that loads as you scroll up, who wrote
 * what, typing, read state, attachments, and editing or deleting one's own messages.
 *
 * @summary The open chat's messages.
 * @fires iac-attach - Files were dropped on the thread; the composer adds them to its list.
 * @fires iac-group-dialog - Members was pressed in a group's header: `<internal-agent-chat>` shows the dialog.
 * @csspart header - The bar naming the other agent or the group.
 * @csspart log - The scrolling list of messages.
 * @csspart message - One message bubble.
 * @csspart avatar - The other agent's or the group's avatar, in the header and at the start of the chat; in a group, each author's beside their name.
 * @cssprop --iac-message-own-background - Background of the person's own messages.
 * @cssprop --iac-message-other-background - Background of the other agent's messages.
 * @cssprop --iac-chat-thread-background - Background of the thread.
 * @cssprop --iac-message-own-color - Text of own messages.
 * @cssprop --iac-message-other-color - Text of the other agent's messages.
 */
export class IacChatThread extends LitElement {
  static override styles = styles;
  static override properties = {
    editing: { state: true },
    confirmingDelete: { state: true },
    announcement: { state: true },
  };

  readonly #view = new StoreController(this, (s, store) => {
    const chat = s.activeChat;
    const peer = chat ? peerOf(chat) : undefined;
    return {
      chat,
      peer,
      agent: peer ? store.agent(peer) : null,
      group: chat && isGroupChat(chat) ? s.chats.get(chat) : undefined,
      /** Members' names change as the directory answers; the thread re-renders with them. */
      agents: s.agents,
      thread: chat ? s.threads.get(chat) : undefined,
      pinned: chat ? s.pins.includes(chat) : false,
      muted: chat ? s.muted.includes(chat) : false,
    };
  });
  readonly #scroll = new ScrollAnchorController(this, {
    scroller: () => this.renderRoot.querySelector<HTMLElement>('.log'),
    message: (key) => this.renderRoot.querySelector<HTMLElement>(`.message[data-key="${CSS.escape(key)}"]`),
    startAt: () => this.renderRoot.querySelector<HTMLElement>('.new-messages'),
    atNewest: () => !this.#view.value?.thread?.hasNewer,
    onNearTop: () => {
      const { chat, thread } = this.#view.value ?? {};
      if (chat && thread?.hasOlder && !thread.loadingOlder && !thread.error) void this.#view.store?.loadOlder(chat);
    },
    onNearBottom: () => {
      const { chat, thread } = this.#view.value ?? {};
      if (chat && thread?.hasNewer && !thread.loadingNewer && !thread.error) void this.#view.store?.loadNewer(chat);
    },
  });

  /** The own message being edited, and the one waiting for a delete to be confirmed. */
  private editing: string | null = null;
  private confirmingDelete: string | null = null;
  /** Words for screen readers about the last action (copied, …). */
  private announcement: Phrase | null = null;
  readonly #l10n = new LocaleController(this);

  constructor() {
    super();
    new ViewingController(this, () => this.#view.value?.chat ?? null, (chat) => this.#view.store?.setViewing(chat));
    new FileDropController(this, {
      onDrop: (files) => this.dispatchEvent(new IacAttachEvent({ files })),
      accepts: () => !!this.#view.value?.chat,
    });
  }

  /** Shows the newest messages, as "Jump to latest" does; false when they are already in view. */
  async jumpToLatest(): Promise<boolean> {
    if (this.#scroll.atBottom || this.#view.value?.thread?.status !== 'ready') return false;
    await this.#jumpToLatest();
    return true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { chat = null, thread } = this.#view.value ?? {};
    this.#scroll.beforeRender(chat, thread?.status === 'ready' ? thread.messages : []);
  }

  override render() {
    const view = this.#view.value;
    if (!view?.chat || (!view.agent && !view.group)) return nothing;
    const { chat, thread } = view;
    const unseen = this.#scroll.unseen;
    const t = this.#l10n.words;
    const store = this.#view.store!;
    return html`
      ${threadHeader({ ...view, chat }, this.#l10n, {
        back: () => store.closeChat(),
        toggleMute: () => this.#toggleMute(),
        togglePin: () => this.#togglePin(),
        members: () => this.dispatchEvent(new IacGroupDialogEvent({ dialog: 'members', chat })),
      })}
      <div class="body-area">
        <div
          part="log"
          class="log"
          role="log"
          aria-live="polite"
          aria-label=${t.chatWith(store.chatName(chat))}
          tabindex="0"
          @keydown=${this.#onLogKeydown}
          @copy=${this.#onCopy}
        >
          ${this.#history()} ${this.#messages()} ${thread?.loadingNewer ? html`<p class="status" role="status">${this.#inOwnDirection(t.loadingNewer)}</p>` : nothing}
        </div>
        ${this.#scroll.atBottom || thread?.status !== 'ready'
          ? nothing
          : html`<button class="jump" @click=${this.#jumpToLatest}>
              ${unseen ? t.newMessagesBelow(unseen) : t.jumpToLatest}
              <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M10.75 3v10.19l3.72-3.72 1.06 1.06L10 16.06l-5.53-5.53 1.06-1.06 3.72 3.72V3h1.5Z" /></svg>
            </button>`}
        <p class="drop-hint" aria-hidden="true">${t.dropOnThread}</p>
      </div>
      <p class="typing" aria-live="polite">${thread?.typing.length ? this.#inOwnDirection(typingWords(t, thread.typing.map((id) => store.agent(id).displayName))) : ''}</p>
      <p class="visually-hidden" role="status">${this.announcement ? this.#l10n.say(this.announcement) : ''}</p>
    `;
  }

  #history() {
    const { thread, agent, group, chat } = this.#view.value!;
    const t = this.#l10n.words;
    const error = thread?.error ? this.#l10n.say(thread.error) : '';
    if (!thread || thread.status === 'loading') return html`<p class="status" role="status">${this.#inOwnDirection(t.loadingMessages)}</p>`;
    if (thread.status === 'error') {
      return html`<p class="problem" role="alert">
        ${this.#inOwnDirection(error)} <button class="link" @click=${() => this.#view.store?.openChat(chat!)}>${t.tryAgain}</button>
      </p>`;
    }
    // Someone else is in this direct chat: nothing of it is shown, and writing starts a clean one.
    if (thread.refusal) return html`<p class="problem" role="alert">${this.#inOwnDirection(this.#l10n.say(thread.refusal))}</p>`;
    if (thread.loadingOlder) return html`<p class="status" role="status">${this.#inOwnDirection(t.loadingOlder)}</p>`;
    if (thread.error) {
      return html`<p class="problem" role="alert">
        ${this.#inOwnDirection(error)} <button class="link" @click=${() => this.#view.store?.loadOlder(chat!)}>${t.tryAgain}</button>
      </p>`;
    }
    if (!thread.hasOlder) {
      return html`<div class="start">
        ${agent ? avatar(agent, { presence: false }) : groupAvatar(chat!, group?.name ?? '')}
        <p>${this.#inOwnDirection(agent ? t.chatStart(html`<strong>${agent.displayName}</strong>`) : t.groupStart(html`<strong>${group?.name}</strong>`))}</p>
      </div>`;
    }
    return nothing;
  }

  #messages() {
    const view = this.#view.value!;
    const { thread } = view;
    if (!thread || thread.status !== 'ready') return nothing;
    const seen = lastOwnMessageSeen(thread.messages, thread.readHorizons);
    const t = this.#l10n.words;
    const locale = this.#l10n.tag;
    const now = new Date();
    const firstUnread = thread.firstUnreadIndex === null ? undefined : thread.messages.find((m) => !m.own && m.index >= thread.firstUnreadIndex!)?.key;
    // One keyed row per message: history coming in above, or new messages below, never
    // re-creates the elements of the messages already shown.
    return repeat(
      layoutMessages(thread.messages),
      (row) => row.message.key,
      ({ message, day, startsRun }) => html`
        ${day ? html`<div class="day" role="separator" aria-label=${dayLabel(day, now, locale)}><span>${dayLabel(day, now, locale)}</span></div>` : nothing}
        ${message.key === firstUnread
          ? html`<div class="new-messages" role="separator" aria-label=${t.newMessages}><span>${t.newMessages}</span></div>`
          : nothing}
        ${message.notice
          ? noticeLine(this.#l10n, message, message.notice, (id) => this.#name(id))
          : html`<div class="row" ?data-own=${message.own} ?data-starts-run=${startsRun}>
              ${startsRun
                ? html`<div class="meta">
                    ${view.group && !message.own ? avatar(this.#view.store!.agent(message.author), { presence: false }) : nothing}
                    <span class="author">${message.own ? t.you : this.#name(message.author)}</span>
                    <time datetime=${message.sentAt.toISOString()} dir=${this.#l10n.localization.dir}>${clockTime(message.sentAt, locale)}</time>
                  </div>`
                : nothing}
              ${this.#message(message, message.key === seen?.key ? seen.by : undefined)}
            </div>`}
      `,
    );
  }

  /** `seenBy`: the other members who have read it, on the user's newest message. */
  #message(message: MessageView, seenBy: readonly string[] | undefined) {
    const editing = this.editing === message.key;
    const t = this.#l10n.words;
    const mentioned = message.mentions.map((id) => this.#name(id));
    return html`
      <div
        class="message"
        part="message"
        tabindex="-1"
        data-key=${message.key}
        data-delivery=${message.delivery}
        ?data-mentions-me=${mentionsMe(message, this.#view.store!.state.me?.identity ?? '')}
      >
        ${editing
          ? this.#editor(message)
          : message.body
            ? html`<p class="body">${messageText(message.body, mentioned)}${message.edited ? html` <span class="edited">${t.edited}</span>` : nothing}</p>`
            : nothing}
        ${message.attachments.length
          ? html`<div class="attachments">
              ${message.attachments.map((a) => html`<iac-attachment .attachment=${a} .messageKey=${message.key}></iac-attachment>`)}
            </div>`
          : nothing}
        ${editing ? nothing : this.#actions(message)}
      </div>
      ${this.confirmingDelete === message.key
        ? html`<p class="confirm" role="alert">
            ${this.#inOwnDirection(t.deleteForEveryone)}
            <button class="link danger" @click=${() => this.#delete(message)}>${t.delete}</button>
            <button class="link" @click=${() => (this.confirmingDelete = null)}>${t.cancel}</button>
          </p>`
        : nothing}
      ${message.delivery === 'sending' ? sendingLine(this.#l10n, message) : nothing}
      ${message.delivery === 'queued' ? html`<p class="delivery">${this.#inOwnDirection(t.waitingToSend)}</p>` : nothing}
      ${message.delivery === 'failed'
        ? html`<p class="delivery failed" role="alert">
            ${this.#inOwnDirection(message.error ? `${t.notSent} ${this.#l10n.say(message.error)}` : t.notSent)}
            <button class="link" @click=${() => this.#view.store?.retry(this.#view.value!.chat!, message.key)}>${t.retry}</button>
          </p>`
        : nothing}
      ${seenBy ? seenLine(this.#l10n, this.#view.value?.group ? seenBy.map((id) => this.#name(id)) : null) : nothing}
    `;
  }

  #name(identity: string): string {
    return this.#view.store!.agent(identity).displayName;
  }

  /** Words in the chat's language, in its direction (message-lines.ts says why). */
  #inOwnDirection(words: unknown) {
    return inOwnDirection(this.#l10n, words);
  }


  #actions(message: MessageView) {
    const editable = message.own && message.delivery === 'sent' && !!message.body;
    const t = this.#l10n.words;
    return html`<div class="actions" role="toolbar" aria-label=${t.messageActions}>
      ${message.body
        ? html`<button class="icon-button" aria-label=${t.copyMessage} title=${t.copy} @click=${() => this.#copy(message.body)}>
            <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M7 2h9a1 1 0 0 1 1 1v11h-1.5V3.5H7V2ZM4 5h9a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Zm.5 1.5v10h8v-10h-8Z" /></svg>
          </button>`
        : nothing}
      ${editable
        ? html`<button class="icon-button" aria-label=${t.editMessage} title=${t.edit} @click=${() => this.#startEditing(message)}>
            <svg viewBox="0 0 20 20" aria-hidden="true"><path d="m13.3 2.6 4.1 4.1L7.1 17H3v-4.1L13.3 2.6Zm0 2.12L4.5 13.52v1.98h1.98l8.8-8.8-1.98-1.98Z" /></svg>
          </button>`
        : nothing}
      ${message.own
        ? html`<button class="icon-button" aria-label=${t.deleteMessage} title=${t.delete} @click=${() => (this.confirmingDelete = message.key)}>
            <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M8 2h4l1 1.5h4V5H3V3.5h4L8 2ZM4.5 6.5h11l-.9 10.6a1 1 0 0 1-1 .9H6.4a1 1 0 0 1-1-.9L4.5 6.5Zm1.63 1.5.72 8.5h6.3l.72-8.5H6.13Z" /></svg>
          </button>`
        : nothing}
    </div>`;
  }

  #editor(message: MessageView) {
    const t = this.#l10n.words;
    return html`<form class="editor" @submit=${(e: Event) => this.#saveEdit(e, message)}>
      <textarea aria-label=${t.editMessage} .value=${message.body} @keydown=${(e: KeyboardEvent) => this.#onEditorKeydown(e, message)}></textarea>
      <div class="editor-actions">
        <button type="button" class="link" @click=${() => this.#stopEditing()}>${t.cancel}</button>
        <button type="submit" class="primary save">${t.save}</button>
      </div>
    </form>`;
  }

  async #startEditing(message: MessageView): Promise<void> {
    this.editing = message.key;
    await this.updateComplete;
    const textarea = this.renderRoot.querySelector<HTMLTextAreaElement>('.editor textarea');
    textarea?.focus();
    textarea?.setSelectionRange(textarea.value.length, textarea.value.length);
  }

  #stopEditing(): void {
    const key = this.editing;
    this.editing = null;
    void this.updateComplete.then(() => this.#focusMessage(key));
  }

  #saveEdit(event: Event, message: MessageView): void {
    event.preventDefault();
    const body = this.renderRoot.querySelector<HTMLTextAreaElement>('.editor textarea')!.value;
    if (body.trim() && body !== message.body) void this.#view.store?.editMessage(this.#view.value!.chat!, message.key, body);
    this.#stopEditing();
  }

  #onEditorKeydown(event: KeyboardEvent, message: MessageView): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.#stopEditing();
    } else if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      this.#saveEdit(event, message);
    }
  }

  #delete(message: MessageView): void {
    this.confirmingDelete = null;
    void this.#view.store?.deleteMessage(this.#view.value!.chat!, message.key);
    this.announcement = phrase('messageDeleted');
  }

  async #copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.announcement = phrase('copied');
    } catch {
      this.announcement = phrase('copyRefused');
    }
  }

  /** Copying a selection copies its text, never the markup around it. */
  #onCopy(event: ClipboardEvent): void {
    const text = document.getSelection()?.toString();
    if (!text || !event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
  }

  /** Up and Down move between messages, so each one's actions are reachable by keyboard. */
  #onLogKeydown(event: KeyboardEvent): void {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const messages = [...this.renderRoot.querySelectorAll<HTMLElement>('.message')];
    const current = messages.findIndex((m) => m.contains(this.shadowRoot!.activeElement));
    const next = current < 0 ? (event.key === 'ArrowUp' ? messages.length - 1 : -1) : current + (event.key === 'ArrowUp' ? -1 : 1);
    if (messages[next]) {
      event.preventDefault();
      messages[next].focus();
    }
  }

  #focusMessage(key: string | null): void {
    if (key) this.renderRoot.querySelector<HTMLElement>(`.message[data-key="${CSS.escape(key)}"]`)?.focus();
  }

  async #jumpToLatest(): Promise<void> {
    const chat = this.#view.value?.chat;
    if (chat) await this.#view.store?.showLatest(chat);
    this.#scroll.jumpToLatest();
  }

  #togglePin(): void {
    const { chat, pinned } = this.#view.value ?? {};
    if (!chat) return;
    void (pinned ? this.#view.store?.unpin(chat) : this.#view.store?.pin(chat));
  }

  #toggleMute(): void {
    const { chat, muted } = this.#view.value ?? {};
    if (!chat) return;
    void (muted ? this.#view.store?.unmute(chat) : this.#view.store?.mute(chat));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iac-chat-thread': IacChatThread;
  }
}

customElement('iac-chat-thread')(IacChatThread);
