/**
 * Re-renders an element when any of the objects it shows announces a change (the settings store,
 * a shortcut keymap: anything with `subscribe(listener) → unsubscribe`). It follows whichever
 * objects `sources()` names at each update, and lets go of them when the element disconnects.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Announcing {
  subscribe(listener: () => void): () => void;
}

export class FollowController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #sources: () => ReadonlyArray<Announcing | undefined>;
  #followed: ReadonlyArray<Announcing | undefined> = [];
  #unsubscribe: Array<() => void> = [];
  readonly #onChange: (() => void) | undefined;

  /** `onChange` runs before each re-render a change asks for. */
  constructor(host: ReactiveControllerHost, sources: () => ReadonlyArray<Announcing | undefined>, onChange?: () => void) {
    this.#host = host;
    this.#sources = sources;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    this.#follow();
  }

  hostUpdate(): void {
    this.#follow();
  }

  hostDisconnected(): void {
    this.#unsubscribe.splice(0).forEach((off) => off());
    this.#followed = [];
  }

  #follow(): void {
    const sources = this.#sources();
    if (sources.length === this.#followed.length && sources.every((source, i) => source === this.#followed[i])) return;
    this.#unsubscribe.splice(0).forEach((off) => off());
    this.#followed = sources;
    const changed = () => {
      this.#onChange?.();
      this.#host.requestUpdate();
    };
    this.#unsubscribe = sources.flatMap((source) => (source ? [source.subscribe(changed)] : []));
  }
}
