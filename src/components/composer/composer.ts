import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { closeIcon, fileIcon, icon, paperclipIcon, sendIcon } from './composer-icons.js';
import { customElement } from '../shared/custom-element.js';
import { repeat } from 'lit/directives/repeat.js';
import { IacSendEvent } from '../../events/send.js';
import { IacTypingEvent } from '../../events/typing.js';
import { filesIn, isFolder, namePastedFiles } from '../shared/data-transfer-files.js';
import { FileDropController } from '../shared/file-drop-controller.js';
import { formatSize } from '../../l10n/format-size.js';
import { ObjectUrlController } from '../shared/object-url-controller.js';
import { DEFAULT_LIMITS, type MessageLimits } from '../../services/conversations/message-limits.js';
import { admitFiles, bodyRefusal } from '../../services/conversations/message-refusals.js';
import { LocaleController } from '../../l10n/locale-controller.js';
import { phrase, type Phrase } from '../../l10n/phrase.js';
import type { Agent } from '../../services/directory/ports.js';
import { mentionedIn } from '../shared/mention-text.js';
import { MentionPicker } from './mention-picker.js';
import { styles } from './composer.styles.js';

/** The other side hears "typing" at most this often. */
const typingInterval = 3000;

// Browsers without `field-sizing` (Firefox, older Safari) grow the textbox from script.
const sizesFieldsItself = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');

/** Same object, or the same file picked or dropped again. */
function sameFile(a: File, b: File): boolean {
  return a === b || (a.name === b.name && a.size === b.size && a.type === b.type && a.lastModified === b.lastModified);
}

/**
 * Where an agent writes a message and attaches files: a growing textbox, attachments from the file
 * picker, drag and drop and paste in one list, and a Send button.
 *
 * Enter sends and Shift+Enter starts a new line; with `send-with="mod-enter"`, Ctrl+Enter (⌘Enter on
 * a Mac) sends and Enter starts a new line. Enter that confirms an IME composition does neither.
 * Given `mentionable` people (a group's other members), typing `@` offers them in a list (↑/↓,
 * Enter or Tab, Escape), and the send says whom the text mentions.
 * The composer keeps no store: it asks to send with a cancelable `iac-send` and clears itself only
 * when no one refuses. The native `input` event bubbles out of it for hosts that save drafts.
 *
 * @summary Writes a message with attachments, and asks to send it.
 * @fires iac-send - The person sends: `detail` is `{ text, files, mentions }` (identities of the `mentionable` people the text names as `@Name`). Cancelable: call `preventDefault()` to refuse, and the text and attachments stay.
 * @fires iac-typing - The person is typing; at most once every 3 seconds.
 *
 * @csspart base - The bordered box around everything.
 * @csspart attachments - The list of attachment chips above the textbox.
 * @csspart attachment - One attachment chip.
 * @csspart remove-button - The button that removes an attachment.
 * @csspart textbox - The message textarea.
 * @csspart attach-button - The paperclip button that opens the file picker.
 * @csspart send-button - The Send button.
 * @csspart mentions - The list of people offered after `@`.
 * @csspart avatar - The avatar of each person offered.
 *
 * @cssprop --iac-composer-text-color - Text colour (falls back to `--iac-color-text`).
 * @cssprop --iac-composer-text-weak-color - Placeholder, sizes and icons (falls back to `--iac-color-text-weak`).
 * @cssprop --iac-composer-background - Box background (falls back to `--iac-color-background`).
 * @cssprop --iac-composer-background-weak - Chips and hover backgrounds (falls back to `--iac-color-background-weak`).
 * @cssprop --iac-composer-border-color - Box border (falls back to `--iac-color-border`).
 * @cssprop --iac-composer-border-weak-color - Chip borders (falls back to `--iac-color-border-weak`).
 * @cssprop --iac-composer-brand-color - Send button, focus and drop hint (falls back to `--iac-color-brand`).
 * @cssprop --iac-composer-brand-strong-color - Send button on hover (falls back to `--iac-color-brand-strong`).
 * @cssprop --iac-composer-on-brand-color - Send button text (falls back to `--iac-color-text-inverse`).
 * @cssprop --iac-composer-focus-color - Focus rings (falls back to `--iac-color-focus`).
 * @cssprop --iac-composer-border-radius - Corner radius (falls back to `--iac-border-radius`).
 * @cssprop --iac-composer-font-family - Font (falls back to `--iac-font-family`).
 * @cssprop --iac-composer-font-size - Font size (falls back to `--iac-font-size`).
 * @cssprop --iac-composer-max-height - How tall the textbox grows before it scrolls (10rem).
 * @cssprop --iac-composer-shadow - The box's shadow.
 * @cssprop --iac-composer-drop-background - Background of the drop hint.
 */
export class IacComposer extends LitElement {
  static override styles = styles;
  static override properties = {
    disabled: { type: Boolean, reflect: true },
    placeholder: {},
    value: { attribute: false },
    sendWith: { attribute: 'send-with' },
    limits: { attribute: false },
    mentionable: { attribute: false },
    files: { state: true },
    refusals: { state: true },
    announcement: { state: true },
  };

  /** Turns the whole composer off: no typing, attaching or sending. */
  disabled = false;

  /** Hint shown in the empty textbox; unset, the chat's own words ("Write a message…") in its language. */
  placeholder: string | undefined;

  /** The message text; set it to restore a draft, read it on `input` to save one. */
  value = '';

  /** Which keys send: 'enter' (Shift+Enter for a new line) or 'mod-enter' (Ctrl/⌘+Enter; Enter for a new line). */
  sendWith: 'enter' | 'mod-enter' = 'enter';

  /** What one message may carry; files and text beyond it are refused in words, and nothing is lost. */
  limits: MessageLimits = DEFAULT_LIMITS;

  /** The people a message can mention with `@` (a group's other members); none: `@` is just text. */
  mentionable: readonly Agent[] = [];

  private files: File[] = [];
  /** Why files or text could not be taken, in words naming the file and the limit. */
  private refusals: Phrase[] = [];
  private announcement: Phrase | null = null;
  readonly #l10n = new LocaleController(this);

  readonly #previews = new ObjectUrlController(this);
  readonly #mentions = new MentionPicker(this, () => this.#textbox);
  #composing = false;
  #compositionEndTimer: ReturnType<typeof setTimeout> | undefined;
  #lastTypingAt = Number.NEGATIVE_INFINITY;

  constructor() {
    super();
    new FileDropController(this, {
      onDrop: (files) => this.addFiles(files),
      accepts: () => !this.disabled,
    });
  }

  /** The attached files, in the order they were added. */
  get attachments(): readonly File[] {
    return [...this.files];
  }

  /**
   * Adds files to the attachments, after those already there (what the picker, a drop and a paste
   * do; a host can feed a drop elsewhere, e.g. on the thread, into the same list). A file already
   * attached (the same object, or the same name, size, type and modification time) is skipped.
   */
  addFiles(files: Iterable<File>): void {
    const added: File[] = [];
    for (const file of files) {
      if (this.files.some((f) => sameFile(f, file)) || added.some((f) => sameFile(f, file))) continue;
      added.push(file);
    }
    const folders = added.filter(isFolder).map((folder) => phrase('folderRefused', folder.name));
    const { accepted, refusals } = admitFiles(this.files, added.filter((file) => !isFolder(file)), this.limits);
    this.refusals = [...folders, ...refusals];
    if (accepted.length === 0) return;
    this.files = [...this.files, ...accepted];
    this.announcement = accepted.length === 1 ? phrase('attachedFile', accepted[0]!.name) : phrase('attachedFiles', accepted.length);
  }

  /** Opens the file picker (call it from a key press or click: browsers allow pickers only then). */
  openFilePicker(): void {
    if (!this.disabled) this.#openPicker();
  }

  /** Focuses the textbox. */
  override focus(options?: FocusOptions): void {
    const textbox = this.#textbox;
    if (textbox) textbox.focus(options);
    else void this.updateComplete.then(() => this.#textbox?.focus(options));
  }

  get #textbox(): HTMLTextAreaElement | null {
    return this.shadowRoot?.querySelector('textarea') ?? null;
  }

  get #canSend(): boolean {
    return !this.disabled && (this.value.trim() !== '' || this.files.length > 0);
  }

  protected override render() {
    const t = this.#l10n.words;
    const list = this.#mentions.textboxAttributes;
    return html`
      ${this.refusals.length
        ? html`<div class="refusals" role="alert">
            <ul>${this.refusals.map((refusal) => html`<li>${this.#l10n.say(refusal)}</li>`)}</ul>
            <button type="button" class="link dismiss" @click=${() => (this.refusals = [])}>${t.dismiss}</button>
          </div>`
        : nothing}
      <div part="base" class="box" @click=${this.#focusTextboxFromBox}>
        ${this.files.length > 0
          ? html`<ul part="attachments" class="attachments" aria-label=${t.attachments}>
              ${repeat(
                this.files,
                (file) => file,
                (file) => this.#renderAttachment(file),
              )}
            </ul>`
          : nothing}
        ${this.#mentions.render(t.mentionPeople)}
        <label class="visually-hidden" for="message">${t.message}</label>
        <textarea
          id="message"
          part="textbox"
          rows="1"
          dir="auto"
          placeholder=${this.placeholder ?? t.writeMessage}
          ?disabled=${this.disabled}
          aria-autocomplete=${this.mentionable.length ? 'list' : nothing}
          aria-controls=${list.controls ?? nothing}
          aria-activedescendant=${list.active ?? nothing}
          @input=${this.#onInput}
          @keydown=${this.#onKeydown}
          @click=${() => this.#mentions.follow()}
          @keyup=${this.#onKeyup}
          @blur=${() => this.#mentions.close()}
          @compositionstart=${this.#onCompositionStart}
          @compositionend=${this.#onCompositionEnd}
          @paste=${this.#onPaste}
        ></textarea>
        <div class="toolbar">
          <button
            type="button"
            part="attach-button"
            class="icon-button attach"
            aria-label=${t.attachFiles}
            title=${t.attachFiles}
            ?disabled=${this.disabled}
            @click=${this.#openPicker}
          >
            ${icon(paperclipIcon, 20)}
          </button>
          <input type="file" multiple hidden tabindex="-1" @change=${this.#onPicked} />
          <button type="button" part="send-button" class="send" ?disabled=${!this.#canSend} @click=${this.#send}>
            ${icon(sendIcon, 16, true)}<span>${t.send}</span>
          </button>
        </div>
        <div class="drop-hint" aria-hidden="true">${t.dropOnComposer}</div>
      </div>
      <div class="visually-hidden" role="status">${this.announcement ? this.#l10n.say(this.announcement) : ''}</div>
    `;
  }

  #renderAttachment(file: File) {
    const isImage = file.type.startsWith('image/');
    return html`<li part="attachment" class="attachment">
      ${isImage
        ? html`<img class="thumbnail" src=${this.#previews.urlFor(file)} alt="" draggable="false" />`
        : html`<span class="file-icon">${icon(fileIcon, 18)}</span>`}
      <span class="details">
        <span class="name" dir="auto" title=${file.name}>${file.name}</span>
        <span class="size"><span dir="auto">${formatSize(file.size, this.#l10n.tag)}</span></span>
      </span>
      <button
        type="button"
        part="remove-button"
        class="icon-button remove"
        aria-label=${this.#l10n.words.removeFile(file.name)}
        ?disabled=${this.disabled}
        @click=${() => this.#remove(file)}
      >
        ${icon(closeIcon, 14)}
      </button>
    </li>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // What lit's live() did, without its directive code: the textbox shows `value` after every
    // update, even when the person typed since (a host clearing a draft to what it was).
    const textbox = this.#textbox!;
    if (textbox.value !== this.value) textbox.value = this.value;
    if (!sizesFieldsItself && changed.has('value')) {
      textbox.style.height = 'auto';
      textbox.style.height = `${textbox.scrollHeight}px`;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#compositionEndTimer);
    this.#composing = false;
  }

  #onInput(event: InputEvent): void {
    this.value = (event.target as HTMLTextAreaElement).value;
    this.#mentions.follow();
    if (this.value.trim() === '') return;
    const now = Date.now();
    if (now - this.#lastTypingAt < typingInterval) return;
    this.#lastTypingAt = now;
    this.dispatchEvent(new IacTypingEvent());
  }

  #onKeydown(event: KeyboardEvent): void {
    if (this.#mentions.keydown(event)) return;
    if (event.key !== 'Enter' || event.shiftKey) return;
    const withMod = event.ctrlKey || event.metaKey;
    // In 'enter' mode Ctrl+Enter sends too; in 'mod-enter' mode plain Enter is a new line.
    if (this.sendWith === 'mod-enter' && !withMod) return;
    // Enter that confirms an IME candidate is not a send. Safari reports it after compositionend,
    // with keyCode 229, so the composition flag outlives compositionend by one task.
    if (event.isComposing || this.#composing || event.keyCode === 229) return;
    event.preventDefault();
    this.#send();
  }

  /** A caret moved by keys (←, →, Home, End) may leave or enter an `@`. */
  #onKeyup(event: KeyboardEvent): void {
    if (/^(Arrow(Left|Right)|Home|End)$/.test(event.key)) this.#mentions.follow();
  }

  #onCompositionStart(): void {
    clearTimeout(this.#compositionEndTimer);
    this.#composing = true;
  }

  #onCompositionEnd(): void {
    clearTimeout(this.#compositionEndTimer);
    this.#compositionEndTimer = setTimeout(() => (this.#composing = false));
  }

  #onPaste(event: ClipboardEvent): void {
    const files = filesIn(event.clipboardData);
    // Plain text (no files) pastes as usual.
    if (files.length === 0) return;
    event.preventDefault();
    this.addFiles(namePastedFiles(files));
  }

  #openPicker(): void {
    this.shadowRoot?.querySelector<HTMLInputElement>('input[type="file"]')?.click();
  }

  #onPicked(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.addFiles(Array.from(input.files ?? []));
    // Lets the same file be picked again after it was removed.
    input.value = '';
  }

  #focusTextboxFromBox(event: MouseEvent): void {
    const target = event.target as Element;
    if (target.classList.contains('box') || target.classList.contains('toolbar')) this.#textbox?.focus();
  }

  async #remove(file: File): Promise<void> {
    const index = this.files.indexOf(file);
    if (index < 0) return;
    const focusWasOnChip = this.shadowRoot?.activeElement?.closest('.attachment') != null;
    this.files = this.files.filter((f) => f !== file);
    this.#previews.release(file);
    this.announcement = phrase('removedFile', file.name);
    if (!focusWasOnChip) return;
    await this.updateComplete;
    const removeButtons = this.shadowRoot!.querySelectorAll<HTMLButtonElement>('.remove');
    (removeButtons[Math.min(index, removeButtons.length - 1)] ?? this.#textbox)?.focus();
  }

  #send(): void {
    if (!this.#canSend) return;
    const tooLong = bodyRefusal(this.value.trim(), this.limits);
    if (tooLong) {
      this.refusals = [tooLong];
      return;
    }
    const hadFocus = this.matches(':focus-within');
    const text = this.value.trim();
    const mentioned = mentionedIn(text, this.mentionable).map((agent) => agent.identity);
    const sent = this.dispatchEvent(new IacSendEvent({ text, files: [...this.files], mentions: mentioned }));
    // A host that refuses keeps everything; nothing typed is lost.
    if (!sent) return;
    this.value = '';
    this.#mentions.close();
    this.files = [];
    this.refusals = [];
    this.#previews.releaseAll();
    this.announcement = null;
    // The next message's first keystroke says "typing" again.
    this.#lastTypingAt = Number.NEGATIVE_INFINITY;
    // The Send button just became disabled; keep the person in the textbox.
    if (hadFocus) this.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iac-composer': IacComposer;
  }
}

customElement('iac-composer')(IacComposer);
