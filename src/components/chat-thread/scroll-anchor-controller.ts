/**
 * Chat scrolling over a window of messages: open a chat at its first unread message, or else at
 * the newest; follow new messages only while the reader is at the newest; when anything changes
 * around what the reader sees (older messages above, newer ones dropped below, a loading line),
 * keep the first visible message exactly where it was; ask for more as the reader nears either end;
 * count the messages that arrive below while the reader is scrolled up.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const STUCK_SLACK_PX = 32;
const LOAD_WITHIN_PX = 160;

interface Snapshot {
  chat: string | null;
  keys: readonly string[];
  /** The first message in view and its distance from the top of the scroller. */
  anchor?: { key: string; top: number };
}

export interface ScrollAnchorOptions {
  scroller(): HTMLElement | null;
  /** The message element with this key. */
  message(key: string): HTMLElement | null;
  /** Where a newly opened chat should start, if not at the bottom (the "New messages" line). */
  startAt(): HTMLElement | null;
  /** Whether the window holds the newest messages (it may be back in history). */
  atNewest(): boolean;
  onNearTop(): void;
  onNearBottom(): void;
}

export class ScrollAnchorController implements ReactiveController {
  #scroller: HTMLElement | null = null;
  #stuck = true;
  #unseen = 0;
  #lastTop = 0;
  #before: Snapshot = { chat: null, keys: [] };
  #after: Snapshot = { chat: null, keys: [] };
  readonly #resizes = new ResizeObserver(() => {
    this.#noticeUnreportedScroll();
    if (this.#stuck) this.#toBottom();
  });

  readonly #host: ReactiveControllerHost;
  readonly #options: ScrollAnchorOptions;

  constructor(
    host: ReactiveControllerHost,
    options: ScrollAnchorOptions,
  ) {
    this.#host = host;
    this.#options = options;
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

  /** Call from the host's willUpdate with what is about to render. */
  beforeRender(chat: string | null, messages: readonly { key: string; own: boolean }[]): void {
    this.#noticeUnreportedScroll();
    this.#before = { ...this.#after, anchor: this.#stuck ? undefined : this.#firstVisible() };
    this.#after = { chat, keys: messages.map((m) => m.key) };
    if (chat !== this.#before.chat) this.#unseen = 0;
    else if (!this.#stuck) {
      const previousLast = this.#before.keys.at(-1);
      const from = previousLast === undefined ? 0 : messages.findIndex((m) => m.key === previousLast) + 1;
      if (from > 0) this.#unseen += messages.slice(from).filter((m) => !m.own).length;
    }
  }

  hostUpdated(): void {
    this.#attach(this.#options.scroller());
    const el = this.#scroller;
    if (!el) return;
    const { before, after } = { before: this.#before, after: this.#after };
    if (before.chat !== after.chat || (before.keys.length === 0 && after.keys.length > 0)) {
      const start = this.#options.startAt();
      if (start) this.#scrollTo(el.scrollTop + start.getBoundingClientRect().top - el.getBoundingClientRect().top - 8);
      this.#setStuck(!start || (this.#options.atNewest() && this.#distanceFromBottom() <= STUCK_SLACK_PX));
    } else if (!this.#stuck && before.anchor) {
      const anchor = this.#options.message(before.anchor.key);
      if (anchor) this.#scrollTo(el.scrollTop + this.#top(anchor) - before.anchor.top);
    }
    if (this.#stuck) this.#toBottom();
    for (const child of el.children) this.#resizes.observe(child);
    if (el.scrollHeight <= el.clientHeight) this.#options.onNearTop();
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
    this.#host.requestUpdate();
  }

  #firstVisible(): Snapshot['anchor'] {
    const el = this.#scroller;
    if (!el) return undefined;
    for (const message of el.querySelectorAll<HTMLElement>('.message[data-key]')) {
      const top = this.#top(message);
      if (top + message.offsetHeight > 0) return { key: message.dataset.key!, top };
    }
    return undefined;
  }

  #top(element: HTMLElement): number {
    return element.getBoundingClientRect().top - this.#scroller!.getBoundingClientRect().top;
  }

  #distanceFromBottom(): number {
    const el = this.#scroller!;
    return el.scrollHeight - el.scrollTop - el.clientHeight;
  }

  #toBottom(): void {
    if (this.#scroller) this.#scrollTo(this.#scroller.scrollHeight);
  }

  /**
   * Our own scrolling, remembered as the last position: its scroll event may be merged with the
   * reader's next one, and a move up must still be read as the reader leaving the bottom.
   */
  #scrollTo(top: number): void {
    this.#scroller!.scrollTop = top;
    this.#lastTop = this.#scroller!.scrollTop;
  }

  /**
   * The browser reports a scroll only with the next frame; a render or resize before then must not
   * read the reader as still at the bottom and take them back there (the scroll event would then
   * find them at the bottom: no "Jump to latest", no older history). Content shrinking below
   * lowers scrollTop too, but leaves the reader at the bottom.
   */
  #noticeUnreportedScroll(): void {
    const el = this.#scroller;
    if (!this.#stuck || !el?.isConnected) return;
    if (el.scrollTop < this.#lastTop - 1 && this.#distanceFromBottom() > STUCK_SLACK_PX) this.#setStuck(false);
  }

  #setStuck(stuck: boolean): void {
    if (stuck === this.#stuck) return;
    this.#stuck = stuck;
    if (stuck) this.#unseen = 0;
    this.#host.requestUpdate(); // Shows or hides "Jump to latest".
  }

  readonly #onScroll = () => {
    const fromBottom = this.#distanceFromBottom();
    const top = this.#scroller!.scrollTop;
    const movedUp = top < this.#lastTop - 1;
    this.#lastTop = top;
    // Only the reader scrolling up leaves the bottom: content growing under a scroll event that
    // was queued by our own jump to the bottom must not.
    if (fromBottom <= STUCK_SLACK_PX && this.#options.atNewest()) this.#setStuck(true);
    else if (movedUp || !this.#options.atNewest()) this.#setStuck(false);
    if (this.#scroller!.scrollTop <= LOAD_WITHIN_PX) this.#options.onNearTop();
    if (fromBottom <= LOAD_WITHIN_PX && !this.#options.atNewest()) this.#options.onNearBottom();
  };

  #attach(el: HTMLElement | null): void {
    if (el === this.#scroller) return;
    this.#scroller?.removeEventListener('scroll', this.#onScroll);
    this.#scroller = el;
    el?.addEventListener('scroll', this.#onScroll, { passive: true });
  }
}
