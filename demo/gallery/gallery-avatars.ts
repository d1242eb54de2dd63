import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Agent } from '../../src/services/directory/ports.js';
import { avatar, avatarStyles } from '../../src/components/shared/avatar.js';
import { strings } from './strings.js';

/**
 * The gallery's stage for the shared avatar part, which is a template the elements render
 * rather than an element of its own: each agent's avatar beside their name and activity.
 */
@customElement('gallery-avatars')
export class GalleryAvatars extends LitElement {
  static override styles = [
    avatarStyles,
    css`
      :host {
        display: block;
        padding: 1rem;
        background: var(--iac-color-background, #ffffff);
        color: var(--iac-color-text, #121c2d);
        font-family: var(--iac-font-family, Inter, system-ui, sans-serif);
        font-size: var(--iac-font-size, 0.875rem);
      }
      ul {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
        gap: 1rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: flex;
        align-items: center;
        gap: 0.625rem;
        min-inline-size: 0;
      }
      .text {
        display: grid;
        min-inline-size: 0;
      }
      .name {
        overflow: hidden;
        font-weight: 500;
        white-space: nowrap;
        text-overflow: ellipsis;
      }
      .activity {
        color: var(--iac-color-text-weak, #606b85);
        font-size: 0.8125rem;
      }
      :host([large]) {
        --iac-avatar-size: 3.5rem;
      }
    `,
  ];

  /** The agents to show. */
  @property({ attribute: false }) accessor agents: readonly Agent[] = [];
  /** Shows the large avatar (the size at the start of a chat). */
  @property({ type: Boolean, reflect: true }) accessor large = false;

  override render() {
    return html`<ul>
      ${this.agents.map(
        (agent) => html`<li>
          ${avatar(agent)}
          <span class="text">
            <span class="name">${agent.displayName.trim() ? agent.displayName : agent.identity}</span>
            <span class="activity">${strings.avatarPresence(agent.activity)}</span>
          </span>
        </li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gallery-avatars': GalleryAvatars;
  }
}
