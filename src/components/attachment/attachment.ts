import { LitElement, html, nothing } from 'lit';
import { customElement } from '../shared/custom-element.js';
import type { AttachmentView } from '../../services/chat-state.js';
import { StoreController } from '../shared/store-controller.js';
import { formatSize } from '../../l10n/format-size.js';
import { LocaleController } from '../../l10n/locale-controller.js';
import { phrase, type Phrase } from '../../l10n/phrase.js';
import { styles } from './attachment.styles.js';

/**
 * One attachment of a message: an image shown inline, any other file as a card with its name,
 * size and a download that keeps the real filename. URLs are short-lived, so they are asked for
 * when needed and never kept.
 *
 * @summary A message attachment.
 * @csspart image - The inline image.
 * @csspart file - The file card.
 */
export class IacAttachment extends LitElement {
  static override styles = styles;
  static override properties = {
    imageUrl: { state: true },
    problem: { state: true },
    attachment: { attribute: false },
    messageKey: { attribute: false },
  };

  /** The attachment to show. */
  attachment: AttachmentView | undefined;
  /** The key of the message it belongs to. */
  messageKey = '';

  private imageUrl: string | null = null;
  private problem: Phrase | null = null;
  readonly #store = new StoreController(this, () => null);
  readonly #l10n = new LocaleController(this);

  get #isImage(): boolean {
    return /^image\/(png|jpe?g|gif|webp|avif|bmp)$/i.test(this.attachment?.contentType ?? '');
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if ((changed.has('attachment') || changed.has('messageKey')) && this.#isImage) void this.#loadImage();
  }

  override render() {
    const attachment = this.attachment;
    if (!attachment) return nothing;
    const t = this.#l10n.words;
    if (this.#isImage && this.imageUrl) {
      return html`<a href=${this.imageUrl} target="_blank" rel="noopener" @click=${this.#download}>
        <img part="image" src=${this.imageUrl} alt=${attachment.filename} @error=${this.#loadImage} />
      </a>`;
    }
    return html`<div part="file" class="file">
      <svg class="icon" viewBox="0 0 20 20" aria-hidden="true"><path d="M5 2h6.5L16 6.5V17a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1Zm6 1.5V7h3.5L11 3.5Z" /></svg>
      <span class="text">
        <span class="name">${attachment.filename}</span>
        <span class="size">${formatSize(attachment.size, this.#l10n.tag)}</span>
        ${this.problem ? html`<span class="problem" role="alert">${this.#l10n.say(this.problem)}</span>` : nothing}
      </span>
      <button class="icon-button download" aria-label=${t.downloadFile(attachment.filename)} title=${t.download} @click=${this.#download}>
        <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M10.75 3v8.19l2.72-2.72 1.06 1.06L10 14.06 5.47 9.53l1.06-1.06 2.72 2.72V3h1.5ZM4 15.5h12V17H4v-1.5Z" /></svg>
      </button>
    </div>`;
  }

  async #loadImage(): Promise<void> {
    const url = await this.#url().catch(() => null);
    this.imageUrl = url;
  }

  #url(): Promise<string | null> {
    const store = this.#store.store;
    return store && this.attachment ? store.attachmentUrl(this.messageKey, this.attachment.sid) : Promise.resolve(null);
  }

  /** Fetches the bytes and saves them under the real filename (a cross-origin URL would lose it). */
  async #download(event: Event): Promise<void> {
    event.preventDefault();
    const attachment = this.attachment;
    if (!attachment) return;
    this.problem = null;
    try {
      const url = await this.#url();
      if (!url) throw new Error('no link');
      const blob = await (await fetch(url)).blob();
      const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: attachment.filename });
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    } catch {
      this.problem = phrase('downloadFailed', attachment.filename);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iac-attachment': IacAttachment;
  }
}

customElement('iac-attachment')(IacAttachment);
