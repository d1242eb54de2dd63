import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { MessageView } from '../../services/chat-state.js';
import { StoreController } from '../shared/store-controller.js';
import { avatar } from '../shared/avatar.js';
import { clockTime, sinceDuration } from '../shared/format-time.js';
import { dayLabel, groupMessages } from './message-groups.js';
import { ScrollAnchorController } from './scroll-anchor-controller.js';
import { ViewingController } from './viewing-controller.js';
import '../attachment/attachment.js';
import { styles } from './chat-thread.styles.js';

/**
 * The conversation with the agent chosen in the directory: history that loads as you scroll up,
 * typing, read state and attachments.
 *
 * @summary The open chat's messages.
 * @csspart header - The bar naming the other agent.
 * @csspart log - The scrolling list of messages.
 * @csspart message - One message bubble.
 * @cssprop --iac-message-own-background - Background of the person's own messages.
 * @cssprop --iac-message-other-background - Background of the other agent's messages.
 */
@customElement('iac-chat-thread')
export class IacChatThread extends LitElement {
  static override styles = styles;

  readonly #view = new StoreController(this, (s, store) => {
    const peer = s.activeChat;
    return {
      peer,
      agent: peer ? store.agent(peer) : null,
      me: s.me,
      thread: peer ? s.threads.get(peer) : undefined,
      pinned: peer ? s.pins.includes(peer) : false,
    };
  });
  readonly #scroll = new ScrollAnchorController(this, () => this.renderRoot.querySelector<HTMLElement>('.log'), () => {
    const { peer, thread } = this.#view.value ?? {};
    if (peer && thread?.hasOlder && !thread.loadingOlder) void this.#view.store?.loadOlder(peer);
  });

  constructor() {
    super();
    new ViewingController(this, () => this.#view.value?.peer ?? null, (peer) => this.#view.store?.setViewing(peer));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#scroll.beforeRender(this.#view.value?.peer ?? null, this.#view.value?.thread?.messages ?? []);
  }

  override render() {
    const view = this.#view.value;
    if (!view?.peer || !view.agent) return nothing;
    const { agent, thread } = view;
    return html`
      <header part="header">
        <button class="icon-button back" aria-label="Back to agents" @click=${() => this.#view.store?.closeChat()}>
          <svg viewBox="0 0 20 20" aria-hidden="true"><path d="m8.06 10 5.47 5.47-1.06 1.06L5.94 10l6.53-6.53 1.06 1.06L8.06 10Z" /></svg>
        </button>
        ${avatar(agent)}
        <div class="who">
          <h2>${agent.displayName}</h2>
          <span class="activity">${agent.activitySince ? `${agent.activity} · ${sinceDuration(agent.activitySince)}` : agent.activity}</span>
        </div>
        <button
          class="icon-button pin"
          aria-label="Pin chat"
          aria-pressed=${view.pinned ? 'true' : 'false'}
          title=${view.pinned ? 'Unpin chat' : 'Pin chat'}
          @click=${this.#togglePin}
        >
          <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M12.6 2.5 17.5 7.4l-1.06 1.06-.7-.7-3.2 3.2.36 3.18-1.06 1.06-3.18-3.18L4.8 16.9l-1.06-1.06 3.88-3.88L4.44 8.78 5.5 7.72l3.18.36 3.2-3.2-.7-.7 1.06-1.06Z" /></svg>
        </button>
      </header>
      <div part="log" class="log" role="log" aria-live="polite" aria-label="Chat with ${agent.displayName}" tabindex="0">
        ${this.#history()} ${this.#messages()}
      </div>
      <p class="typing" aria-live="polite">${thread?.peerTyping ? `${agent.displayName} is typing…` : ''}</p>
    `;
  }

  #history() {
    const { thread, agent, peer } = this.#view.value!;
    if (!thread || thread.status === 'loading') return html`<p class="status" role="status">Loading messages…</p>`;
    if (thread.status === 'error') {
      return html`<p class="problem" role="alert">
        ${thread.error} <button class="link" @click=${() => this.#view.store?.openChat(peer!)}>Try again</button>
      </p>`;
    }
    if (thread.loadingOlder) return html`<p class="status" role="status">Loading older messages…</p>`;
    if (thread.error) {
      return html`<p class="problem" role="alert">
        ${thread.error} <button class="link" @click=${() => this.#view.store?.loadOlder(peer!)}>Try again</button>
      </p>`;
    }
    if (!thread.hasOlder) {
      return html`<div class="start">
        ${avatar(agent!, { presence: false })}
        <p>This is the start of your chat with <strong>${agent!.displayName}</strong>.</p>
      </div>`;
    }
    return nothing;
  }

  #messages() {
    const { thread } = this.#view.value!;
    if (!thread || thread.status !== 'ready') return nothing;
    const seenKey = this.#lastSeenOwnMessage(thread.messages, thread.peerReadIndex);
    return groupMessages(thread.messages).map(
      (day) => html`
        <div class="day" role="separator" aria-label=${dayLabel(day.day)}><span>${dayLabel(day.day)}</span></div>
        ${day.groups.map(
          (group) => html`
            <div class="group" ?data-own=${group.own}>
              <div class="meta">
                <span class="author">${group.own ? 'You' : this.#view.store!.agent(group.author).displayName}</span>
                <time datetime=${group.messages[0].sentAt.toISOString()}>${clockTime(group.messages[0].sentAt)}</time>
              </div>
              ${repeat(group.messages, (m) => m.key, (m) => this.#message(m, m.key === seenKey))}
            </div>
          `,
        )}
      `,
    );
  }

  #message(message: MessageView, seen: boolean) {
    return html`
      <div class="message" part="message" data-key=${message.key} data-delivery=${message.delivery}>
        ${message.body ? html`<p class="body">${message.body}</p>` : nothing}
        ${message.attachments.length
          ? html`<div class="attachments">
              ${message.attachments.map((a) => html`<iac-attachment .attachment=${a} .messageKey=${message.key}></iac-attachment>`)}
            </div>`
          : nothing}
      </div>
      ${message.delivery === 'sending' ? html`<p class="delivery">Sending…</p>` : nothing}
      ${message.delivery === 'queued' ? html`<p class="delivery">Waiting for the connection. It will be sent automatically.</p>` : nothing}
      ${message.delivery === 'failed'
        ? html`<p class="delivery failed" role="alert">
            Not sent. ${message.error}
            <button class="link" @click=${() => this.#view.store?.retry(this.#view.value!.peer!, message.key)}>Retry</button>
          </p>`
        : nothing}
      ${seen ? html`<p class="delivery seen">Seen</p>` : nothing}
    `;
  }

  /** The newest own message the other agent has read, if it is the newest own message at all. */
  #lastSeenOwnMessage(messages: readonly MessageView[], readIndex: number | null): string | undefined {
    if (readIndex === null) return undefined;
    const lastOwn = messages.findLast((m) => m.own && m.delivery === 'sent');
    return lastOwn && lastOwn.index <= readIndex ? lastOwn.key : undefined;
  }

  #togglePin(): void {
    const { peer, pinned } = this.#view.value ?? {};
    if (!peer) return;
    void (pinned ? this.#view.store?.unpin(peer) : this.#view.store?.pin(peer));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iac-chat-thread': IacChatThread;
  }
}
