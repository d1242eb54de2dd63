/**
 * Tells the store which chat the person is actually looking at: the open one while the element
 * is on the page and the tab is visible, none otherwise. The store keeps that chat read.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ViewingController implements ReactiveController {
  #reported: string | null = null;

  readonly #chat: () => string | null;
  readonly #report: (chat: string | null) => void;

  constructor(
    host: ReactiveControllerHost,
    chat: () => string | null,
    report: (chat: string | null) => void,
  ) {
    this.#chat = chat;
    this.#report = report;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#refresh);
  }

  hostUpdated(): void {
    this.#refresh();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#refresh);
    this.#set(null);
  }

  readonly #refresh = () => this.#set(document.visibilityState === 'visible' ? this.#chat() : null);

  #set(chat: string | null): void {
    if (chat === this.#reported) return;
    this.#reported = chat;
    this.#report(chat);
  }
}
