/**
 * Runs a search once typing pauses: each keystroke restarts the wait, and the element's going
 * away (or `cancel()`, for a box emptied at once or a dialog closed) drops the one waiting. The
 * directory, whose every query goes to the server, is asked this way by each search box.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long typing pauses before the directory is asked. */
export const SEARCH_DEBOUNCE_MS = 120;

export class TypingPauseController implements ReactiveController {
  readonly #run: () => unknown;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost, run: () => unknown) {
    this.#run = run;
    host.addController(this);
  }

  /** Something was typed: `run` once no more is typed for a moment. */
  typed(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#run(), SEARCH_DEBOUNCE_MS);
  }

  cancel(): void {
    clearTimeout(this.#timer);
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
