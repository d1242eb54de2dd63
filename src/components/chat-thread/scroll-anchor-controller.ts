/**
 * Chat scrolling: start at the newest message; follow new messages only while the reader is at
 * the bottom; when older messages are prepended, keep what the reader sees exactly where it was;
 * ask for older history as the reader nears the top.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const STUCK_SLACK_PX = 32;
const LOAD_OLDER_WITHIN_PX = 160;

interface Snapshot {
  chat: string | null;
  lastKey?: string;
  fromBottom: number;
}

export class ScrollAnchorController implements ReactiveController {
  #scroller: HTMLElement | null = null;
  #stuck = true;
  #before: Snapshot = { chat: null, fromBottom: 0 };
  #after: Snapshot = { chat: null, fromBottom: 0 };
  readonly #resizes = new ResizeObserver(() => this.#stuck && this.#toBottom());

  constructor(
    host: ReactiveControllerHost,
    private readonly scroller: () => HTMLElement | null,
    private readonly onNearTop: () => void,
  ) {
    host.addController(this);
  }

  /** Call from the host's willUpdate with what is about to render. */
  beforeRender(chat: string | null, messages: readonly { key: string }[]): void {
    const el = this.#scroller;
    this.#before = { ...this.#after, fromBottom: el ? el.scrollHeight - el.scrollTop - el.clientHeight : 0 };
    this.#after = { chat, lastKey: messages.at(-1)?.key, fromBottom: 0 };
  }

  hostUpdated(): void {
    this.#attach(this.scroller());
    const el = this.#scroller;
    if (!el) return;
    const before = this.#before;
    const after = this.#after;
    if (before.chat !== after.chat) {
      this.#stuck = true;
    } else if (!this.#stuck && before.lastKey === after.lastKey) {
      // Something changed above (older messages, a loading line): keep the distance from the
      // bottom, so nothing the reader sees moves. A new message below moves nothing by itself.
      el.scrollTop = el.scrollHeight - el.clientHeight - before.fromBottom;
    }
    if (this.#stuck) this.#toBottom();
    for (const child of el.children) this.#resizes.observe(child);
    if (el.scrollHeight <= el.clientHeight) this.onNearTop();
  }

  hostDisconnected(): void {
    this.#attach(null);
    this.#resizes.disconnect();
  }

  #toBottom(): void {
    if (this.#scroller) this.#scroller.scrollTop = this.#scroller.scrollHeight;
  }

  readonly #onScroll = () => {
    const el = this.#scroller!;
    this.#stuck = el.scrollHeight - el.scrollTop - el.clientHeight <= STUCK_SLACK_PX;
    if (el.scrollTop <= LOAD_OLDER_WITHIN_PX) this.onNearTop();
  };

  #attach(el: HTMLElement | null): void {
    if (el === this.#scroller) return;
    this.#scroller?.removeEventListener('scroll', this.#onScroll);
    this.#scroller = el;
    el?.addEventListener('scroll', this.#onScroll, { passive: true });
  }
}
