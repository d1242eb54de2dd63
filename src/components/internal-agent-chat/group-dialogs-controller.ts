/**
 * Opens the group dialogs the directory and a group's header ask for (`iac-group-dialog`):
 * loads the dialog on first use, shows New group or the group's Members, and then puts the cursor
 * where the person goes next: a new group's composer, else the button that opened the dialog,
 * or the directory's search when that button is gone (the group was left).
 */
import type { LitElement } from 'lit';
import type { IacGroupDialogEvent } from '../../events/group-dialog.js';
import { phrase, type Phrase } from '../../l10n/phrase.js';
import { loadGroupDialogs } from './on-demand.js';

export class GroupDialogsController {
  readonly #host: LitElement;
  /** Shows words on the status line (the dialogs could not be loaded). */
  readonly #say: (words: Phrase) => void;

  constructor(
    host: LitElement,
    say: (words: Phrase) => void,
  ) {
    this.#host = host;
    this.#say = say;
    host.addEventListener('iac-group-dialog', (event) => void this.#open(event));
  }

  async #open(event: IacGroupDialogEvent): Promise<void> {
    let opener = document.activeElement;
    while (opener?.shadowRoot?.activeElement) opener = opener.shadowRoot.activeElement;
    try {
      await loadGroupDialogs();
    } catch (error) {
      return this.#say(phrase('groupsDidNotOpen', error instanceof Error ? error.message : String(error)));
    }
    await this.#host.updateComplete;
    const root = this.#host.renderRoot;
    const created = await root.querySelector('iac-group-dialog')?.show(event.detail);
    if (created) return void root.querySelector('iac-composer')?.focus();
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    else root.querySelector('iac-agent-list')?.focus();
  }
}
