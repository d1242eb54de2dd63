/**
 * The composer's `@` list: typing `@` at the start of a word offers the people the message can
 * mention whose name, identity or email holds what follows, best match first. ↑ and ↓ move
 * through them, Enter or Tab puts "@Name " in the text, Escape closes the list for this `@`.
 * A pick is typed in as the person would (undo takes it back). Focus stays in the textbox,
 * which names the list (`aria-controls`) and the option under the arrow keys
 * (`aria-activedescendant`), as an editable combobox does.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { Agent } from '../../services/directory/ports.js';
import { bestMatches } from '../../services/directory/rank-agents.js';
import { avatar } from '../shared/avatar.js';
import { stepActive } from '../shared/step-active.js';

/** At most this many people are offered at once; typing more of the name narrows them. */
const OFFERED = 8;
/** What may follow the `@`: up to three words of a name, none of them another `@`. */
const TYPED_MENTION = /(?:^|\s)@([^\s@]*(?: [^\s@]*){0,2})$/u;

export interface MentionPickerHost extends ReactiveControllerHost {
  /** The people the text can mention; none: there is no list. */
  readonly mentionable: readonly Agent[];
}

export class MentionPicker {
  readonly #host: MentionPickerHost;
  readonly #textbox: () => HTMLTextAreaElement | null;
  /** The `@` typed, where it is, and the people it offers (none: the list is closed). */
  #at = -1;
  #offered: readonly Agent[] = [];
  #active = 0;
  /** The `@` whose list Escape closed: it stays closed until another `@` is typed. */
  #dismissedAt = -1;

  constructor(host: MentionPickerHost, textbox: () => HTMLTextAreaElement | null) {
    this.#host = host;
    this.#textbox = textbox;
  }

  get open(): boolean {
    return this.#offered.length > 0;
  }

  /** What the textbox says of the list: its id, and the option the arrow keys are on. */
  get textboxAttributes(): { controls: string | undefined; active: string | undefined } {
    return this.open ? { controls: 'mentions', active: `mention-${this.#active}` } : { controls: undefined, active: undefined };
  }

  /** Reads the text before the caret, after each input or caret move. */
  follow(): void {
    const textbox = this.#textbox();
    if (!textbox) return;
    const caret = textbox.selectionStart;
    const typed = caret === textbox.selectionEnd ? TYPED_MENTION.exec(textbox.value.slice(0, caret)) : null;
    const at = typed ? caret - typed[1]!.length - 1 : -1;
    if (at !== this.#dismissedAt) this.#dismissedAt = -1;
    const query = typed && at !== this.#dismissedAt ? typed[1]! : null;
    const offered = query === null ? [] : bestMatches(this.#host.mentionable, query).slice(0, OFFERED);
    if (at !== this.#at || offered.length !== this.#offered.length) this.#active = 0;
    this.#at = at;
    this.#offered = offered;
    this.#host.requestUpdate();
  }

  /** Handles a key while the list is open; true when it was the list's (the composer leaves it alone). */
  keydown(event: KeyboardEvent): boolean {
    if (!this.open || event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return false;
    const count = this.#offered.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      this.#active = stepActive(this.#active, count, event.key === 'ArrowDown');
      this.#host.requestUpdate();
    } else if ((event.key === 'Enter' || event.key === 'Tab') && !event.shiftKey) {
      this.#pick(this.#offered[this.#active]!);
    } else if (event.key === 'Escape') {
      this.#dismissedAt = this.#at;
      this.#close();
      // The Escape was the list's: the thread or a dialog around the composer keeps its own.
      event.stopPropagation();
    } else {
      return false;
    }
    event.preventDefault();
    return true;
  }

  /** Closes the list (the textbox lost focus, the message was sent). */
  close(): void {
    if (this.open) this.#close();
  }

  render(label: string) {
    if (!this.open) return nothing;
    return html`<ul id="mentions" part="mentions" class="mentions" role="listbox" aria-label=${label}>
      ${this.#offered.map(
        (agent, i) =>
          html`<li
            id="mention-${i}"
            role="option"
            aria-selected=${i === this.#active ? 'true' : 'false'}
            @pointerdown=${(event: Event) => event.preventDefault()}
            @click=${() => this.#pick(agent)}
          >
            ${avatar(agent, { presence: false })}<span dir="auto">${agent.displayName}</span>
          </li>`,
      )}
    </ul>`;
  }

  #pick(agent: Agent): void {
    const textbox = this.#textbox();
    if (!textbox) return;
    const { value, selectionStart: caret } = textbox;
    const at = this.#at;
    const inserted = `@${agent.displayName} `;
    this.#close();
    // The list stays closed for this @ as the person types on.
    this.#dismissedAt = at;
    textbox.setSelectionRange(at, value[caret] === ' ' ? caret + 1 : caret);
    // Inserted as typing is: the browser's undo takes it back, and the textbox's own input
    // event tells the composer (and a host saving drafts).
    if (!document.execCommand('insertText', false, inserted)) {
      textbox.setRangeText(inserted, textbox.selectionStart, textbox.selectionEnd, 'end');
      textbox.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: inserted }));
    }
  }

  #close(): void {
    this.#offered = [];
    this.#at = -1;
    this.#host.requestUpdate();
  }
}
