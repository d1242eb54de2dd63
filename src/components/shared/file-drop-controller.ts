import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { carriesFiles, filesIn } from './data-transfer-files.js';

export interface FileDropOptions {
  /** Receives the files of a drop (never empty). */
  onDrop(files: File[]): void;
  /** Whether drops are accepted right now (e.g. not while disabled). Defaults to always. */
  accepts?(): boolean;
  /** How long a dragleave waits before the drop hint goes, so moving over children does not flicker. */
  leaveDelay?: number;
}

/**
 * Makes its host a drop target for files, the way Spectrum's dropzone does: listens on the host,
 * claims dragover only when files are dragged, reflects a `dragging` attribute for styling and
 * debounces dragleave. Drags that carry no files (text, links) are left to the browser.
 */
export class FileDropController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: FileDropOptions;
  #leaveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: FileDropOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of ['dragenter', 'dragover', 'dragleave', 'drop']) this.#host.addEventListener(type, this);
  }

  hostDisconnected(): void {
    for (const type of ['dragenter', 'dragover', 'dragleave', 'drop']) this.#host.removeEventListener(type, this);
    this.#setDragging(false);
  }

  handleEvent(event: Event): void {
    const data = (event as DragEvent).dataTransfer ?? null;
    if (!carriesFiles(data)) return;
    const accepting = this.#options.accepts?.() ?? true;
    switch (event.type) {
      case 'dragenter':
      case 'dragover':
        // Claimed even when not accepting: an unclaimed file drop makes the browser open the file.
        event.preventDefault();
        data!.dropEffect = accepting ? 'copy' : 'none';
        this.#setDragging(accepting);
        break;
      case 'dragleave':
        clearTimeout(this.#leaveTimer);
        this.#leaveTimer = setTimeout(() => this.#setDragging(false), this.#options.leaveDelay ?? 100);
        break;
      case 'drop': {
        event.preventDefault();
        this.#setDragging(false);
        const files = filesIn(data);
        if (accepting && files.length > 0) this.#options.onDrop(files);
        break;
      }
    }
  }

  #setDragging(dragging: boolean): void {
    clearTimeout(this.#leaveTimer);
    this.#leaveTimer = undefined;
    this.#host.toggleAttribute('dragging', dragging);
  }
}
