/**
 * The lines across the top of the widget: the connection, storage that won't last, nearing
 * Twilio's conversation limit, a language that didn't load (Reload), and the store's last
 * failure that belongs to no thread (Dismiss). Each in words, each with its way forward.
 */
import { html, nothing } from 'lit';
import type { ChatState } from '../../services/chat-state.js';
import type { Localization } from '../../l10n/localization.js';

export type BannerState = Pick<ChatState, 'connection' | 'storagePersistent' | 'budgetWarning' | 'notice'>;

export function banners(view: BannerState, localization: Localization, dismissNotice: () => void) {
  const t = localization.words;
  return html`
    ${view.connection !== 'connected'
      ? html`<p class="banner" role="status">${view.connection === 'denied' || view.connection === 'error' ? t.disconnected : t.reconnecting}</p>`
      : nothing}
    ${view.storagePersistent ? nothing : html`<p class="banner" role="status">${t.notPersistent}</p>`}
    ${view.budgetWarning ? html`<p class="banner" role="status">${localization.say(view.budgetWarning)}</p>` : nothing}
    ${localization.problem
      ? html`<p class="banner problem" role="alert">
          ${localization.say(localization.problem)} <button class="link" @click=${() => location.reload()}>${t.reload}</button>
        </p>`
      : nothing}
    ${view.notice
      ? html`<p class="banner problem" role="alert">
          ${localization.say(view.notice)} <button class="link" @click=${dismissNotice}>${t.dismiss}</button>
        </p>`
      : nothing}
  `;
}
