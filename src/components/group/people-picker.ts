import { LitElement, html, nothing } from 'lit';
import { customElement } from '../shared/custom-element.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Agent } from '../../services/directory/ports.js';
import { bestMatches } from '../../services/directory/rank-agents.js';
import { LocaleController } from '../../l10n/locale-controller.js';
import { StoreController } from '../shared/store-controller.js';
import { avatar } from '../shared/avatar.js';
import { IacPeopleChangeEvent } from '../../events/people-change.js';
import { styles } from './people-picker.styles.js';
import { TypingPauseController } from '../shared/typing-pause-controller.js';
import { stepActive } from '../shared/step-active.js';

const MAX_MATCHES = 6;

/**
 * Choosing people from the directory: a search box whose matches are a list to pick from (arrow
 * keys and Enter, or a click), and the people chosen as chips, each with a button to take them
 * out again. The New group and Members dialogs use it.
 *
 * @summary Add people: search the directory, choose, remove.
 * @fires iac-people-change - Someone was chosen or taken out; `detail.chosen` holds everyone chosen.
 * @csspart avatar - An agent's avatar, in the matches and the chips.
 */
export class IacPeoplePicker extends LitElement {
  static override styles = styles;
  static override properties = {
    chosen: { attribute: false },
    exclude: { attribute: false },
    query: { state: true },
    active: { state: true },
  };

  /** Identities chosen, in the order they were. */
  chosen: readonly string[] = [];
  /** Identities not offered (the user; a group's members already). */
  exclude: readonly string[] = [];
  private query = '';
  private active = 0;
  readonly #view = new StoreController(this, (s) => ({ agents: s.agents, me: s.me }));
  readonly #l10n = new LocaleController(this);
  // Agents not met yet come from the directory; they join `agents` as they arrive.
  readonly #find = new TypingPauseController(this, () => this.#view.store?.findAgents(this.query));

  /** Puts the cursor in the search box. */
  override focus(): void {
    this.renderRoot.querySelector('input')?.focus();
  }

  /** Empties the search and the people chosen. */
  clear(): void {
    this.query = '';
    this.chosen = [];
  }

  override render() {
    const t = this.#l10n.words;
    const store = this.#view.store;
    const matches = this.#matches();
    const active = Math.min(this.active, matches.length - 1);
    return html`
      <label for="search">${t.addPeople}</label>
      <input
        id="search"
        type="search"
        role="combobox"
        aria-expanded=${matches.length ? 'true' : 'false'}
        aria-controls="matches"
        aria-autocomplete="list"
        aria-activedescendant=${active >= 0 ? `match-${active}` : ''}
        autocomplete="off"
        .value=${this.query}
        @input=${this.#onInput}
        @keydown=${this.#onKeydown}
      />
      <ul id="matches" role="listbox" aria-label=${t.addPeople} ?hidden=${!matches.length}>
        ${repeat(
          matches,
          (agent) => agent.identity,
          (agent, index) => html`<li
            id="match-${index}"
            role="option"
            aria-selected=${index === active ? 'true' : 'false'}
            @click=${() => this.#choose(agent.identity)}
            @pointermove=${() => (this.active = index)}
          >
            ${avatar(agent)}<span class="name">${agent.displayName}</span>
          </li>`,
        )}
      </ul>
      ${this.query.trim() && !matches.length ? html`<p class="empty" role="status">${t.noAgentMatches(this.query.trim())}</p>` : nothing}
      ${this.chosen.length && store
        ? html`<ul class="chips" aria-label=${t.peopleChosen}>
            ${repeat(
              this.chosen,
              (identity) => identity,
              (identity) => {
                const agent = store.agent(identity);
                return html`<li>
                  ${avatar(agent, { presence: false })}<span class="name">${agent.displayName}</span>
                  <button type="button" class="remove" aria-label=${t.removePerson(agent.displayName)} @click=${() => this.#remove(identity)}>×</button>
                </li>`;
              },
            )}
          </ul>`
        : nothing}
    `;
  }

  /** Everyone known who matches what is typed, best first, but those chosen or excluded. */
  #matches(): Agent[] {
    const view = this.#view.value;
    const text = this.query.trim();
    if (!view || !text) return [];
    return bestMatches(view.agents.values(), text, new Set([...this.chosen, ...this.exclude, view.me?.identity])).slice(0, MAX_MATCHES);
  }

  #onInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    this.active = 0;
    this.#find.typed();
  }

  #onKeydown(event: KeyboardEvent): void {
    const matches = this.#matches();
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && matches.length) {
      event.preventDefault();
      this.active = stepActive(this.active, matches.length, event.key === 'ArrowDown');
    } else if (event.key === 'Enter' && !event.isComposing) {
      // Enter picks the match; with nothing to pick it is the form's (Create, Add).
      const match = matches[Math.min(this.active, matches.length - 1)];
      if (!match) return;
      event.preventDefault();
      this.#choose(match.identity);
    }
  }

  #choose(identity: string): void {
    this.#change([...this.chosen, identity]);
    this.query = '';
    this.active = 0;
    this.focus();
  }

  #remove(identity: string): void {
    this.#change(this.chosen.filter((id) => id !== identity));
    this.focus();
  }

  #change(chosen: readonly string[]): void {
    this.chosen = chosen;
    this.dispatchEvent(new IacPeopleChangeEvent({ chosen }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iac-people-picker': IacPeoplePicker;
  }
}

customElement('iac-people-picker')(IacPeoplePicker);
