/**
 * The root's language and direction. Its language is the `lang` attribute when the page sets one
 * the chat ships, else the person's choice in Settings, else the browser's, else English; its
 * direction follows the language unless the page sets `dir`. The chat writes its own `lang` and
 * `dir` on the host where the page has not, and tells them apart from the page's.
 *
 * A controller cannot observe attributes: the host lists `lang` and `dir` in its
 * `observedAttributes` (`LanguageController.attributes`) and hands their changes to `pageSet`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextProvider } from '@lit/context';
import { Localization, localizationContext } from '../../l10n/localization.js';
import { matchLocale, wantedLanguages } from '../../l10n/locales.js';
import type { LanguageChoice } from '../../services/settings.js';

type Written = 'lang' | 'dir';

export class LanguageController implements ReactiveController {
  static readonly attributes: readonly Written[] = ['lang', 'dir'];

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #localization: Localization;
  readonly #chosen: () => LanguageChoice;
  /** `lang` and `dir` as the page set them on the host (null: not set); the controller's own writes aside. */
  readonly #pageSet: Record<Written, string | null> = { lang: null, dir: null };
  #writing = false;
  readonly #onLanguageChange = () => this.#host.requestUpdate();

  /** `chosen` is the person's choice in Settings. */
  constructor(host: ReactiveControllerHost & HTMLElement, localization: Localization, chosen: () => LanguageChoice) {
    this.#host = host;
    this.#localization = localization;
    this.#chosen = chosen;
    new ContextProvider(host, { context: localizationContext, initialValue: localization });
    localization.subscribe(() => host.requestUpdate());
    host.addController(this);
  }

  /** The page set a language the chat ships: the choice in Settings waits behind it. */
  get setByPage(): boolean {
    return matchLocale(this.#pageSet.lang) !== null;
  }

  /** From the host's `attributeChangedCallback`: the page (not the chat) changed `lang` or `dir`. */
  pageSet(name: string, value: string | null): void {
    if ((name !== 'lang' && name !== 'dir') || this.#writing) return;
    this.#pageSet[name] = value;
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    addEventListener('languagechange', this.#onLanguageChange);
  }

  hostDisconnected(): void {
    removeEventListener('languagechange', this.#onLanguageChange);
  }

  hostUpdate(): void {
    void this.#localization.choose(wantedLanguages(this.#chosen(), this.#pageSet.lang));
    this.#write('lang', this.#localization.tag);
    this.#write('dir', this.#localization.dir);
  }

  /** Sets `lang` or `dir` to the chat's own, unless the page has set it. */
  #write(name: Written, value: string): void {
    if (this.#pageSet[name] !== null || this.#host.getAttribute(name) === value) return;
    this.#writing = true;
    this.#host.setAttribute(name, value);
    this.#writing = false;
  }
}
