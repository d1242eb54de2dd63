import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Hands out object URLs for blobs (image previews) and revokes them: one by one when released,
 * all when the host disconnects. A host that comes back re-renders and gets fresh URLs.
 */
export class ObjectUrlController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #urls = new Map<Blob, string>();
  #revokedOnDisconnect = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The blob's object URL, made on first use and kept until released. */
  urlFor(blob: Blob): string {
    let url = this.#urls.get(blob);
    if (url === undefined) {
      url = URL.createObjectURL(blob);
      this.#urls.set(blob, url);
    }
    return url;
  }

  release(blob: Blob): void {
    const url = this.#urls.get(blob);
    if (url === undefined) return;
    URL.revokeObjectURL(url);
    this.#urls.delete(blob);
  }

  releaseAll(): void {
    for (const url of this.#urls.values()) URL.revokeObjectURL(url);
    this.#urls.clear();
  }

  hostConnected(): void {
    if (this.#revokedOnDisconnect) this.#host.requestUpdate();
    this.#revokedOnDisconnect = false;
  }

  hostDisconnected(): void {
    this.#revokedOnDisconnect = this.#urls.size > 0;
    this.releaseAll();
  }
}
