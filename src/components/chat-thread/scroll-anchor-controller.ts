/**
 * Chat scrolling: open a chat at its first unread message, or else at the newest; follow new
 * messages only while the reader is at the bottom; when anything changes above (older messages,
 * a loading line), keep what the reader sees exactly where it was; ask for older history as the
 * reader nears the top; count the messages that arrive below while the reader is scrolled up.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const STUCK_SLACK_PX = 32;
const LOAD_OLDER_WITHIN_PX = 160;

interface Snapshot {
  chat: string | null;
  keys: readonly string[];
  fromBottom: number;
}

export interface ScrollAnchorOptions {
  scroller(): HTMLElement | null;
  /** Where a newly opened chat should start, if not at the bottom (the "New messages" line). */
  startAt(): HTMLElement | null;
  onNearTop(): void;
}

export class ScrollAnchorController implements ReactiveController {
  #scroller: HTMLElement | null = null;
  #stuck = true;
  #unseen = 0;
  #before: Snapshot = { chat: null, keys: [], fromBottom: 0 };
  #after: Snapshot = { chat: null, keys: [], fromBottom: 0 };
  readonly #resizes = new ResizeObserver(() => this.#stuck && this.#toBottom());

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ScrollAnchorOptions,
  ) {
    host.addController(this);
  }

  /** Whether the reader is at the newest message. */
  get atBottom(): boolean {
    return this.#stuck;
  }

  /** Messages that arrived below since the reader scrolled up. */
  get unseen(): number {
    return this.#unseen;
  }

  /** Call from the host's willUpdate with what is about to render (messages own or not). */
  beforeRender(chat: string | null, messages: readonly { key: string; own: boolean }[]): void {
    const el = this.#scroller;
    this.#before = { ...this.#after, fromBottom: el ? el.scrollHeight - el.scrollTop - el.clientHeight : 0 };
    this.#after = { chat, keys: messages.map((m) => m.key), fromBottom: 0 };
    if (chat !== this.#before.chat) this.#unseen = 0;
    else if (!this.#stuck) {
      const previousLast = this.#before.keys.at(-1);
      const from = previousLast === undefined ? 0 : messages.findIndex((m) => m.key === previousLast) + 1;
      if (from > 0) this.#unseen += messages.slice(from).filter((m) => !m.own).length;
    }
  }

  hostUpdated(): void {
    this.#attach(this.options.scroller());
    const el = this.#scroller;
    if (!el) return;
    const { before, after } = { before: this.#before, after: this.#after };
    if (before.chat !== after.chat || (before.keys.length === 0 && after.keys.length > 0)) {
      const start = this.options.startAt();
      if (start) el.scrollTop += start.getBoundingClientRect().top - el.getBoundingClientRect().top - 8;
      const stuck = !start || el.scrollHeight - el.scrollTop - el.clientHeight <= STUCK_SLACK_PX;
      if (stuck !== this.#stuck) {
        this.#stuck = stuck;
        this.host.requestUpdate(); // Shows or hides "Jump to latest", which this render could not know.
      }
    } else if (!this.#stuck && before.keys.at(-1) === after.keys.at(-1)) {
      // Something changed above (older messages, a loading line): keep the distance from the
      // bottom, so nothing the reader sees moves. A new message below moves nothing by itself.
      el.scrollTop = el.scrollHeight - el.clientHeight - before.fromBottom;
    }
    if (this.#stuck) this.#toBottom();
    for (const child of el.children) this.#resizes.observe(child);
    if (el.scrollHeight <= el.clientHeight) this.options.onNearTop();
  }

  hostDisconnected(): void {
    this.#attach(null);
    this.#resizes.disconnect();
  }

  /** Scrolls to the newest message and follows new ones again. */
  jumpToLatest(): void {
    this.#stuck = true;
    this.#unseen = 0;
    this.#toBottom();
    this.host.requestUpdate();
  }

  #toBottom(): void {
    if (this.#scroller) this.#scroller.scrollTop = this.#scroller.scrollHeight;
  }

  readonly #onScroll = () => {
    const el = this.#scroller!;
    const stuck = el.scrollHeight - el.scrollTop - el.clientHeight <= STUCK_SLACK_PX;
    if (stuck !== this.#stuck) {
      this.#stuck = stuck;
      if (stuck) this.#unseen = 0;
      this.host.requestUpdate();
    }
    if (el.scrollTop <= LOAD_OLDER_WITHIN_PX) this.options.onNearTop();
  };

  #attach(el: HTMLElement | null): void {
    if (el === this.#scroller) return;
    this.#scroller?.removeEventListener('scroll', this.#onScroll);
    this.#scroller = el;
    el?.addEventListener('scroll', this.#onScroll, { passive: true });
  }
}
