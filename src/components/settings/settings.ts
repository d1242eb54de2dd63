import { LitElement, html, nothing } from 'lit';
import { customElement } from '../shared/custom-element.js';
import type { Attention } from '../../services/attention.js';
import type { ChatSettings, LanguageChoice, SendKey, SettingsStore, ThemeChoice } from '../../services/settings.js';
import { LocaleController } from '../../l10n/locale-controller.js';
import { LANGUAGE_NAMES, LOCALES } from '../../l10n/locales.js';
import { phrase, type Phrase } from '../../l10n/phrase.js';
import type { ChatShortcutId } from '../../shortcuts/chat-shortcuts.js';
import { sendKeyLabel } from '../../shortcuts/key-notation.js';
import type { ShortcutKeymap } from '../../shortcuts/shortcut-keymap.js';
import { FollowController } from './follow-controller.js';
import { shortcutSection, type ShortcutSectionState } from './shortcut-section.js';
import { styles } from './settings.styles.js';

const THEMES: ReadonlyArray<{ value: ThemeChoice; label: 'themeHost' | 'themeLight' | 'themeDark' }> = [
  { value: 'host', label: 'themeHost' },
  { value: 'light', label: 'themeLight' },
  { value: 'dark', label: 'themeDark' },
];

/**
 * The person's chat settings in a modal dialog: notifications and sound, the send key, theme,
 * language, and the keyboard shortcuts (remap by pressing the new keys, remove, throttle, all
 * off, reset). Changes apply at once and are saved per user. Escape or Close closes it.
 *
 * @summary Chat settings and keyboard shortcuts.
 * @csspart dialog - The dialog box.
 */
export class IacSettings extends LitElement {
  static override styles = styles;
  static override properties = {
    desktopProblem: { state: true },
    soundProblem: { state: true },
    capturing: { state: true },
    refusal: { state: true },
    announcement: { state: true },
    settings: { attribute: false },
    keymap: { attribute: false },
    attention: { attribute: false },
    languageSetByPage: { attribute: false },
  };

  /** The person's settings, saved per user. */
  settings: SettingsStore | undefined;
  /** The chat's keyboard shortcuts (the widget's own, or Flex's). */
  keymap: ShortcutKeymap | undefined;
  /** Desktop notifications and sound: asks the browser's permission, plays a preview. */
  attention: Pick<Attention, 'allowDesktop' | 'desktopProblem' | 'previewSound'> | undefined;
  /** The page set the chat's language (`lang` on `<internal-agent-chat>`): the choice here waits behind it. */
  languageSetByPage = false;

  /** Why desktop notifications or sound can't work, in words. */
  private desktopProblem: Phrase | null = null;
  private soundProblem: Phrase | null = null;
  /** The shortcut waiting for its new keys, and why the last keys were refused. */
  private capturing: ChatShortcutId | null = null;
  private refusal: Phrase | null = null;
  /** Words for screen readers (and the eye) after a change to the shortcuts. */
  private announcement: Phrase | null = null;
  readonly #l10n = new LocaleController(this);

  #closed: (() => void) | undefined;
  readonly #sendKeyLabel = sendKeyLabel();

  constructor() {
    super();
    new FollowController(this, () => [this.settings, this.keymap]);
  }

  /** Opens the dialog; resolves once it has closed. */
  async show(): Promise<void> {
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog')!;
    this.announcement = null;
    this.refusal = null;
    this.desktopProblem = this.settings?.value.desktopNotifications ? (this.attention?.desktopProblem() ?? null) : null;
    if (!dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    return new Promise((resolve) => (this.#closed = resolve));
  }

  /** Closes the dialog; changes are already saved. */
  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  override render() {
    const value = this.settings?.value;
    const t = this.#l10n.words;
    return html`<dialog
      part="dialog"
      aria-labelledby="settings-title"
      @close=${this.#onClose}
      @cancel=${this.#onCancel}
      @keydown=${this.#onKeydown}
    >
      <header>
        <h2 id="settings-title" tabindex="-1">${t.settings}</h2>
        <button type="button" class="close" @click=${() => this.close()}>${t.close}</button>
      </header>
      ${value ? this.#body(value) : html`<p class="hint" role="status">${t.loadingSettings}</p>`}
    </dialog>`;
  }

  #body(value: ChatSettings) {
    const t = this.#l10n.words;
    const say = (text: Phrase) => this.#l10n.say(text);
    return html`<div class="body">
      ${this.settings?.problem ? html`<p class="problem" role="alert">${say(this.settings.problem)}</p>` : nothing}
      <section aria-labelledby="notifications-title">
        <h3 id="notifications-title">${t.notifications}</h3>
        <p class="hint" id="notifications-hint">${t.notificationsHint}</p>
        <label class="switch">
          <input type="checkbox" role="switch" aria-describedby="notifications-hint" .checked=${value.desktopNotifications} @change=${this.#onDesktopChange} />
          ${t.desktopNotifications}
        </label>
        ${this.desktopProblem ? html`<p class="problem" role="alert">${say(this.desktopProblem)}</p>` : nothing}
        <label class="switch">
          <input type="checkbox" role="switch" aria-describedby="notifications-hint" .checked=${value.sound} @change=${this.#onSoundChange} />
          ${t.playSound}
        </label>
        ${this.soundProblem ? html`<p class="problem" role="alert">${say(this.soundProblem)}</p>` : nothing}
      </section>
      <section aria-labelledby="sending-title">
        <h3 id="sending-title">${t.sendingTitle}</h3>
        <div role="radiogroup" aria-labelledby="sending-title">
          ${this.#sendOption(value.sendWith, 'enter', t.enterSends, t.shiftEnterNewLine)}
          ${this.#sendOption(value.sendWith, 'mod-enter', t.keySends(this.#sendKeyLabel), t.enterNewLine)}
        </div>
      </section>
      <section aria-labelledby="theme-title">
        <h3 id="theme-title">${t.theme}</h3>
        <div role="radiogroup" aria-labelledby="theme-title" class="choices">
          ${THEMES.map(
            (theme) => html`<label class="choice">
              <input type="radio" name="theme" .value=${theme.value} .checked=${value.theme === theme.value} @change=${() => this.settings?.update({ theme: theme.value })} />
              ${t[theme.label]}
            </label>`,
          )}
        </div>
      </section>
      <section aria-labelledby="language-title">
        <h3 id="language-title">${t.language}</h3>
        <label class="field">
          <span>${t.language}</span>
          <select aria-describedby="language-hint" ?disabled=${this.languageSetByPage} @change=${this.#onLanguageChange}>
            <option value="auto" ?selected=${value.language === 'auto'}>${t.languageAutomatic}</option>
            ${LOCALES.map((id) => html`<option value=${id} lang=${id} ?selected=${value.language === id}>${LANGUAGE_NAMES[id]}</option>`)}
          </select>
        </label>
        <p class="hint" id="language-hint">${this.languageSetByPage ? t.languageSetByPage : t.languageHint}</p>
        ${this.#languageProblem()}
      </section>
      ${this.keymap ? shortcutSection(this.#shortcutState(this.keymap)) : nothing}
      <footer>
        <button type="button" class="secondary" @click=${this.#resetAll}>${t.resetAll}</button>
      </footer>
      <p class="visually-hidden" role="status">${this.announcement ? say(this.announcement) : ''}</p>
    </div>`;
  }

  /** The language chosen could not be fetched: why, and the reload that fetches it again. */
  #languageProblem() {
    const localization = this.#l10n.localization;
    if (!localization.problem) return nothing;
    return html`<p class="problem" role="alert">
      ${localization.say(localization.problem)}
      <button type="button" class="secondary" @click=${() => location.reload()}>${this.#l10n.words.reload}</button>
    </p>`;
  }

  #onLanguageChange(event: Event): void {
    void this.settings?.update({ language: (event.target as HTMLSelectElement).value as LanguageChoice });
  }

  #sendOption(current: SendKey, value: SendKey, label: string, detail: string) {
    return html`<label class="choice">
      <input type="radio" name="send-with" .value=${value} .checked=${current === value} @change=${() => this.settings?.update({ sendWith: value })} />
      <span>${label} <span class="hint">· ${detail}</span></span>
    </label>`;
  }

  #shortcutState(keymap: ShortcutKeymap): ShortcutSectionState {
    return {
      keymap,
      words: this.#l10n.words,
      say: (text) => this.#l10n.say(text),
      rows: keymap.rows(),
      capturing: this.capturing,
      refusal: this.refusal,
      startCapture: (id) => this.#startCapture(id),
      onCaptureKeydown: (event, id) => this.#onCaptureKeydown(event, id),
      cancelCapture: () => this.#cancelCapture(),
      remove: (id) => this.#remove(keymap, id),
      setThrottle: (id, ms) => {
        this.announcement = keymap.setThrottle(id, ms) ?? (ms ? phrase('repeatsIgnored', ms) : phrase('repeatsAllowed'));
      },
      toggleAll: () => this.#toggleAll(keymap),
      reset: () => {
        this.capturing = null;
        this.announcement = keymap.reset() ?? phrase('shortcutsReset');
      },
    };
  }

  async #onDesktopChange(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    if (!input.checked) {
      this.desktopProblem = null;
      return this.settings?.update({ desktopNotifications: false });
    }
    // Asked on the click itself: browsers ignore permission requests made later.
    const problem = this.attention ? await this.attention.allowDesktop() : phrase('desktopUnavailable');
    this.desktopProblem = problem;
    input.checked = !problem;
    if (!problem) await this.settings?.update({ desktopNotifications: true });
  }

  async #onSoundChange(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    this.soundProblem = null;
    if (!input.checked) return this.settings?.update({ sound: false });
    // A preview now, on the click: it tells the person what to expect and unlocks audio.
    const problem = this.attention ? await this.attention.previewSound() : phrase('soundUnavailable');
    this.soundProblem = problem;
    input.checked = !problem;
    if (!problem) await this.settings?.update({ sound: true });
  }

  async #startCapture(id: ChatShortcutId): Promise<void> {
    this.capturing = id;
    this.refusal = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.capture')?.focus();
  }

  #onCaptureKeydown(event: KeyboardEvent, id: ChatShortcutId): void {
    const keymap = this.keymap!;
    // Tab moves on (and the capture ends on blur); every other key is the person's choice.
    if (event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.key === 'Escape') return void this.#cancelCapture();
    const key = keymap.notation.fromEvent(event);
    if (!key) return; // A modifier on its own: wait for the rest.
    const refusal = keymap.remap(id, key);
    if (refusal) {
      this.refusal = refusal;
      return;
    }
    this.announcement = phrase('shortcutNowOn', keymap.rows().chat.find((row) => row.id === id)!.name, keymap.notation.words(key, this.#l10n.words.spokenKeys));
    void this.#endCapture(id);
  }

  #cancelCapture(): void {
    const id = this.capturing;
    if (id) void this.#endCapture(id);
  }

  async #endCapture(id: ChatShortcutId): Promise<void> {
    this.capturing = null;
    this.refusal = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-change="${id}"]`)?.focus();
  }

  async #remove(keymap: ShortcutKeymap, id: ChatShortcutId): Promise<void> {
    const refusal = keymap.remove(id);
    const row = keymap.rows().chat.find((r) => r.id === id)!;
    this.announcement = refusal ?? phrase('shortcutHasNoKey', row.name);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-change="${id}"]`)?.focus();
  }

  #toggleAll(keymap: ShortcutKeymap): void {
    if (keymap.disabled) this.announcement = keymap.enableAll() ?? phrase('shortcutsOn');
    else this.announcement = keymap.disableAll() ?? phrase('allShortcutsOff');
  }

  async #resetAll(): Promise<void> {
    this.capturing = null;
    this.desktopProblem = null;
    this.soundProblem = null;
    const words = this.keymap?.reset() ?? null;
    await this.settings?.reset();
    this.announcement = words ?? phrase('allSettingsReset');
  }

  /** Keys pressed in Settings are for Settings: the chat's shortcuts wait behind the dialog. */
  #onKeydown(event: KeyboardEvent): void {
    event.stopPropagation();
  }

  #onCancel(event: Event): void {
    // Escape while choosing keys cancels the choice, not the dialog.
    if (this.capturing) {
      event.preventDefault();
      this.#cancelCapture();
    }
  }

  #onClose(): void {
    this.capturing = null;
    this.#closed?.();
    this.#closed = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iac-settings': IacSettings;
  }
}

customElement('iac-settings')(IacSettings);
