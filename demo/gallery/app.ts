/**
 * The gallery page: a navigation list of every state, switches for theme, language, direction
 * and width, and the preview. The URL's hash holds the whole selection, so a designer can share it:
 *
 *   #element=chat-thread&state=typing&theme=dark&lang=ar&width=narrow
 *
 * (theme=light, lang=en, width=full and the language's own direction are the defaults and are
 * left out: choosing Arabic sets right to left, English or Spanish left to right, and the
 * direction switch can still turn either way to check a layout).
 */
import { html, nothing, render } from 'lit';
import { GALLERY_STATES, findState, type GalleryState, type Mounted } from './states.js';
import { galleryCss } from './gallery.styles.js';
import { settle } from './settle.js';
import { CUSTOM_THEME_CSS } from './custom-theme.js';
import { elementNames, strings, type ElementId } from './strings.js';
import { loadCatalog } from '../../src/l10n/catalogs.js';
import { directionOf, LANGUAGE_NAMES, LOCALES, matchLocale, type LocaleId } from '../../src/l10n/locales.js';

export type Theme = 'light' | 'dark';
export type Direction = 'ltr' | 'rtl';
export type Width = 'full' | 'narrow';

export interface Selection {
  readonly element: string;
  readonly state: string;
  readonly theme: Theme;
  /** The elements' language (the gallery's own words stay English). */
  readonly lang: LocaleId;
  readonly dir: Direction;
  readonly width: Width;
}

/** The narrow width, in CSS pixels. */
export const NARROW_PX = 360;

const FIRST = GALLERY_STATES[0]!;

/** Reads a selection from a hash such as `#element=composer&state=draft&theme=dark`; unknown values fall back. */
export function parseHash(hash: string): Selection & { known: boolean } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const found = findState(params.get('element'), params.get('state'));
  const lang = matchLocale(params.get('lang')) ?? 'en';
  const dir = params.get('dir');
  return {
    element: (found ?? FIRST).element,
    state: (found ?? FIRST).id,
    theme: params.get('theme') === 'dark' ? 'dark' : 'light',
    lang,
    dir: dir === 'rtl' || dir === 'ltr' ? dir : directionOf(lang),
    width: params.get('width') === 'narrow' ? 'narrow' : 'full',
    known: !!found || !params.get('element'),
  };
}

/** The hash for a selection, defaults left out. */
export function toHash(selection: Selection): string {
  const params = new URLSearchParams({ element: selection.element, state: selection.state });
  if (selection.theme !== 'light') params.set('theme', selection.theme);
  if (selection.lang !== 'en') params.set('lang', selection.lang);
  if (selection.dir !== directionOf(selection.lang)) params.set('dir', selection.dir);
  if (selection.width !== 'full') params.set('width', selection.width);
  return `#${params}`;
}

type Status = { kind: 'mounting' } | { kind: 'ready' } | { kind: 'failed'; reason: string };

export class Gallery {
  selection: Selection;
  #status: Status = { kind: 'mounting' };
  #unknown = false;
  #copied = '';
  #mounted?: Mounted;
  #sequence = 0;
  /** Settles when the current state has been set up (or has failed to). */
  ready: Promise<void> = Promise.resolve();
  readonly #root: HTMLElement;
  readonly #syncUrl: boolean;
  readonly #sheet = new CSSStyleSheet();
  readonly #onHashChange = () => void this.select(parseHash(location.hash), false);

  /** @param options.syncUrl false keeps the URL alone (tests); the page follows and writes the hash. */
  constructor(root: HTMLElement, options: { syncUrl?: boolean; selection?: Partial<Selection> } = {}) {
    this.#root = root;
    this.#syncUrl = options.syncUrl ?? true;
    this.#sheet.replaceSync(galleryCss);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.#sheet];
    const fromUrl = this.#syncUrl ? parseHash(location.hash) : parseHash('');
    this.#unknown = !fromUrl.known;
    this.selection = { ...fromUrl, ...options.selection };
    if (this.#syncUrl) addEventListener('hashchange', this.#onHashChange);
    this.#draw();
    this.ready = this.#mount();
  }

  get state(): GalleryState {
    return findState(this.selection.element, this.selection.state) ?? FIRST;
  }

  /** The container the element is rendered in (it carries `dir`, the theme and the width). */
  get preview(): HTMLElement {
    return this.#root.querySelector<HTMLElement>('.preview')!;
  }

  /** The element (or stage) the current state put in the preview. */
  get mounted(): HTMLElement | undefined {
    return this.#mounted?.element;
  }

  /**
   * Changes the selection; sets the state up again only when the element or state changed. A
   * new language brings its own direction unless the patch names one.
   */
  async select(patch: Partial<Selection>, writeUrl = true): Promise<void> {
    const before = this.selection;
    const direction = patch.lang && patch.lang !== before.lang && !patch.dir ? { dir: directionOf(patch.lang) } : {};
    // Loaded before anything is drawn, so every element switches in the same frame.
    await loadCatalog(patch.lang ?? before.lang);
    this.selection = { ...before, ...patch, ...direction };
    this.#unknown = false;
    if (writeUrl && this.#syncUrl && location.hash !== toHash(this.selection)) history.pushState(null, '', toHash(this.selection));
    const remount = before.element !== this.selection.element || before.state !== this.selection.state;
    this.#draw();
    // A new theme starts colour transitions in the elements; wait for what the preview will show.
    this.ready = remount ? this.#mount() : this.ready.then(() => settle(this.preview));
    await this.ready;
  }

  async dispose(): Promise<void> {
    this.#sequence++;
    removeEventListener('hashchange', this.#onHashChange);
    await this.#mounted?.dispose();
    this.#mounted = undefined;
    render(nothing, this.#root);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== this.#sheet);
  }

  async #mount(): Promise<void> {
    const sequence = ++this.#sequence;
    const previous = this.#mounted;
    this.#mounted = undefined;
    await previous?.dispose();
    if (sequence !== this.#sequence) return;
    this.preview.replaceChildren();
    this.#status = { kind: 'mounting' };
    this.#draw();
    try {
      await loadCatalog(this.selection.lang);
      const mounted = await this.state.mount(this.preview);
      if (sequence !== this.#sequence) return void (await mounted.dispose());
      this.#mounted = mounted;
      if (this.#applyLanguage()) await settle(this.preview);
      this.#status = { kind: 'ready' };
    } catch (error) {
      if (sequence !== this.#sequence) return;
      console.error(error);
      this.#status = { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
    }
    this.#draw();
  }

  #href(patch: Partial<Selection>): string {
    return toHash({ ...this.selection, ...patch });
  }

  async #copyLink(): Promise<void> {
    try {
      await navigator.clipboard.writeText(location.href);
      this.#copied = strings.linkCopied;
    } catch {
      this.#copied = strings.linkNotCopied;
    }
    this.#draw();
  }

  #onNavigate(event: MouseEvent, state: GalleryState): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void this.select({ element: state.element, state: state.id });
  }

  #draw(): void {
    const { selection, state } = this;
    const elementName = elementNames[state.element];
    const dark = selection.theme === 'dark';
    const groups = Object.keys(elementNames) as ElementId[];
    render(
      html`<div class="gallery">
        <header class="gallery-bar">
          <p class="gallery-brand">${strings.brand} <span>${strings.gallery} · ${strings.note}</span></p>
          <form class="gallery-settings" aria-label=${strings.settings} @submit=${(e: Event) => e.preventDefault()}>
            ${this.#switch('theme', strings.theme, [
              ['light', strings.light],
              ['dark', strings.dark],
            ])}
            ${this.#switch(
              'lang',
              strings.language,
              LOCALES.map((id) => [id, LANGUAGE_NAMES[id]]),
            )}
            ${this.#switch('dir', strings.direction, [
              ['ltr', strings.leftToRight],
              ['rtl', strings.rightToLeft],
            ])}
            ${this.#switch('width', strings.width, [
              ['full', strings.fullWidth],
              ['narrow', strings.narrowWidth(NARROW_PX)],
            ])}
            <button type="button" class="gallery-copy" @click=${() => this.#copyLink()}>${strings.copyLink}</button>
            <span class="gallery-copied" role="status">${this.#copied}</span>
          </form>
        </header>
        <nav class="gallery-nav" aria-label=${strings.statesNav}>
          ${groups.map(
            (group) => html`<h2 id="nav-${group}">${elementNames[group]}</h2>
              <ul aria-labelledby="nav-${group}">
                ${GALLERY_STATES.filter((s) => s.element === group).map(
                  (s) => html`<li>
                    <a
                      href=${this.#href({ element: s.element, state: s.id })}
                      aria-current=${s === state ? 'page' : 'false'}
                      @click=${(event: MouseEvent) => this.#onNavigate(event, s)}
                      >${s.name}</a
                    >
                  </li>`,
                )}
              </ul>`,
          )}
        </nav>
        <main class="gallery-main">
          <h1>${strings.heading(elementName, state.name)}</h1>
          <p class="gallery-description">${state.description}</p>
          ${this.#unknown ? html`<p class="gallery-status problem" role="alert">${strings.unknownState}</p>` : nothing}
          <p class="gallery-status ${this.#status.kind === 'failed' ? 'problem' : ''}" role="status">
            ${this.#status.kind === 'mounting' ? strings.mounting : this.#status.kind === 'failed' ? strings.mountFailed(this.#status.reason) : ''}
          </p>
          <div class="stage ${dark ? 'dark' : ''}">
            <div
              class="preview ${dark ? 'dark' : ''} ${state.previewClass ?? ''}"
              role="region"
              aria-label=${strings.preview(elementName, state.name)}
              lang=${selection.lang}
              dir=${selection.dir}
              data-frame=${state.frame}
              data-width=${selection.width}
            ></div>
          </div>
          ${state.previewClass === 'custom-theme'
            ? html`<section class="gallery-css" aria-labelledby="gallery-css-title">
                <h2 id="gallery-css-title">${strings.themeCss}</h2>
                <pre><code>${CUSTOM_THEME_CSS}</code></pre>
              </section>`
            : nothing}
        </main>
      </div>`,
      this.#root,
    );
    this.#applyLanguage();
  }

  /**
   * The whole widget takes its language and direction from its own `lang` and `dir` (a page
   * sets them on the element), not from the preview's: they are set on it as a portal would.
   * Returns whether anything changed.
   */
  #applyLanguage(): boolean {
    let changed = false;
    for (const chat of this.preview.querySelectorAll('internal-agent-chat')) {
      if (chat.lang === this.selection.lang && chat.dir === this.selection.dir) continue;
      chat.lang = this.selection.lang;
      chat.dir = this.selection.dir;
      changed = true;
    }
    return changed;
  }

  #switch<K extends 'theme' | 'lang' | 'dir' | 'width'>(name: K, legend: string, options: Array<[Selection[K], string]>) {
    return html`<fieldset>
      <legend>${legend}</legend>
      <div class="segmented">
        ${options.map(
          ([value, label]) => html`<label>
            <input
              type="radio"
              name=${name}
              .value=${value}
              .checked=${this.selection[name] === value}
              @change=${() => void this.select({ [name]: value } as Partial<Selection>)}
            /><span lang=${name === 'lang' ? String(value) : nothing}>${label}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }
}
