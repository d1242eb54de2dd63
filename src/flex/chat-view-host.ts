/**
 * Where the chat sits in Flex: the node of the View Flex mounts while the chat's view is open,
 * and the one `<internal-agent-chat>` that moves in and out of it, keeping its open chat and
 * scroll. The element is made once the view part has arrived (plugin-parts.ts); until then the
 * node says the chat is opening, and if the part cannot be fetched it says so, with Try again.
 */
import type { InternalAgentChat } from '../components/internal-agent-chat/internal-agent-chat.js';
import { isDisplayed } from '../components/internal-agent-chat/is-displayed.js';
import type { Localization } from '../l10n/localization.js';
import { PartNotLoaded } from './plugin-parts.js';

type Shown = { state: 'opening' } | { state: 'failed'; file: string } | { state: 'ready'; chat: InternalAgentChat };

const TEXT_STYLE = 'margin:0;max-inline-size:36rem;font:14px/1.5 Inter,system-ui,sans-serif';
const BUTTON_STYLE =
  'margin-block-start:12px;padding:6px 14px;border:1px solid #8891aa;border-radius:4px;background:#fff;color:#121c2d;font:600 14px/1.5 Inter,system-ui,sans-serif;cursor:pointer';

export class ChatViewHost {
  readonly #make: () => Promise<InternalAgentChat>;
  readonly #localization: Localization;
  #shown: Shown = { state: 'opening' };
  #making: Promise<InternalAgentChat> | undefined;
  #node: HTMLElement | null = null;
  /** Try again was pressed: the keyboard's focus goes on into the chat once it is there. */
  #focusOnReady = false;

  /** `make` fetches the view part and makes the element; called once, again only after it failed. */
  constructor(make: () => Promise<InternalAgentChat>, localization: Localization) {
    this.#make = make;
    this.#localization = localization;
    localization.subscribe(() => this.#render());
  }

  /** The element, once made. */
  get chat(): InternalAgentChat | undefined {
    return this.#shown.state === 'ready' ? this.#shown.chat : undefined;
  }

  /** Whether the chat is on screen: its view is open and laid out. */
  get showing(): boolean {
    return !!this.chat && isDisplayed(this.chat);
  }

  /** The element, made the first time it is asked for; after a failed fetch, the next call tries again. */
  load(): Promise<InternalAgentChat> {
    if (!this.#making) {
      this.#show({ state: 'opening' });
      this.#making = this.#make();
      this.#making.then(
        (chat) => this.#show({ state: 'ready', chat }),
        (error: unknown) => {
          this.#making = undefined;
          this.#show({ state: 'failed', file: fileOf(error) });
        },
      );
    }
    return this.#making;
  }

  /** For the View's node (a React ref): the chat moves in when Flex mounts it, and out when Flex unmounts it. */
  readonly mount = (node: HTMLElement | null): void => {
    if (this.#node && this.chat?.parentNode === this.#node) this.chat.remove();
    this.#node = node;
    if (node) void this.load().catch(() => {}); // A failure is shown in the node.
    this.#render();
  };

  #show(shown: Shown): void {
    this.#shown = shown;
    this.#render();
  }

  #render(): void {
    const node = this.#node;
    if (!node) return;
    const shown = this.#shown;
    if (shown.state === 'ready') {
      if (shown.chat.parentNode === node) return;
      node.replaceChildren(shown.chat);
      if (this.#focusOnReady) void shown.chat.reveal();
      this.#focusOnReady = false;
      return;
    }
    const words = this.#localization.words;
    const box = document.createElement('div');
    box.lang = this.#localization.tag;
    box.dir = this.#localization.dir;
    box.style.cssText = 'display:grid;place-content:center;justify-items:center;block-size:100%;padding:24px;box-sizing:border-box;text-align:center';
    const text = document.createElement('p');
    text.style.cssText = TEXT_STYLE;
    box.append(text);
    if (shown.state === 'opening') {
      box.setAttribute('role', 'status');
      text.textContent = words.chatViewOpening;
    } else {
      box.setAttribute('role', 'alert');
      text.textContent = words.chatViewNotLoaded(shown.file);
      const retry = document.createElement('button');
      retry.type = 'button';
      retry.textContent = words.tryAgain;
      retry.style.cssText = BUTTON_STYLE;
      retry.addEventListener('click', () => {
        this.#focusOnReady = true;
        void this.load().catch(() => {});
      });
      box.append(retry);
    }
    node.replaceChildren(box);
  }
}

/** The file that did not arrive, or what went wrong instead. */
function fileOf(error: unknown): string {
  if (error instanceof PartNotLoaded) return error.file;
  return error instanceof Error ? error.message : String(error);
}
