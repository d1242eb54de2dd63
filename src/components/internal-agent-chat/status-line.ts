/**
 * The root's status line: a short sentence about the last action (a throttled shortcut, "no
 * unread chats"), shown for a few seconds in a `role="status"` line, so screen readers hear it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Phrase } from '../../l10n/phrase.js';

/** How long a status line stays on screen. */
const STATUS_MS = 4000;

export class StatusLine implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #shown: Phrase | null = null;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The line on screen, or null. */
  get shown(): Phrase | null {
    return this.#shown;
  }

  /** Shows `words`, replacing the line before; it goes away after a few seconds. */
  show(words: Phrase): void {
    clearTimeout(this.#timer);
    this.#set(words);
    this.#timer = setTimeout(() => this.#set(null), STATUS_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  #set(words: Phrase | null): void {
    this.#shown = words;
    this.#host.requestUpdate();
  }
}
