/**
 * Feeds the widget's key presses to its own shortcut manager (outside Flex), while the element is
 * connected. It listens on the element; the page itself is heard only for the shortcuts whose
 * job is to get into the widget from elsewhere ("Open Internal Chat").
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { chatShortcut } from './chat-shortcuts.js';
import type { ShortcutKeymap } from './shortcut-keymap.js';
import type { WidgetShortcutManager } from './widget-shortcut-manager.js';

export interface WidgetShortcuts {
  readonly manager: WidgetShortcutManager;
  readonly keymap: ShortcutKeymap;
}

export class WidgetShortcutController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  /** The manager to feed; undefined while the shortcuts live elsewhere (Flex's manager). */
  readonly #shortcuts: () => WidgetShortcuts | undefined;
  #page: Document | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, shortcuts: () => WidgetShortcuts | undefined) {
    this.#host = host;
    this.#shortcuts = shortcuts;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('keydown', this.#onKeydown);
    this.#page = this.#host.ownerDocument;
    this.#page.addEventListener('keydown', this.#onPageKeydown);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('keydown', this.#onKeydown);
    this.#page?.removeEventListener('keydown', this.#onPageKeydown);
    this.#page = undefined;
  }

  readonly #onKeydown = (event: KeyboardEvent) => {
    this.#shortcuts()?.manager.handle(event);
  };

  readonly #onPageKeydown = (event: KeyboardEvent) => {
    if (event.composedPath().includes(this.#host)) return; // Heard on the element already.
    const shortcuts = this.#shortcuts();
    const found = shortcuts?.manager.shortcutFor(event);
    const id = found && shortcuts!.keymap.idOf(found.key);
    if (id && chatShortcut(id).pageWide) shortcuts!.manager.handle(event);
  };
}
