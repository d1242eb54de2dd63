/** The bar over the open chat: the other agent with their activity, or the group with its members; mute and pin. */
import { html, nothing, svg } from 'lit';
import type { ChatSummary } from '../../services/chat-state.js';
import type { Agent } from '../../services/directory/ports.js';
import { activityWords } from '../shared/activity-words.js';
import type { LocaleController } from '../../l10n/locale-controller.js';
import { avatar, groupAvatar } from '../shared/avatar.js';

/** The header switches' icons: muted shows the bell struck through. */
const TOGGLE_ICONS = {
  mute: (muted: boolean) =>
    muted
      ? svg`<path d="M10 2.5a5 5 0 0 1 5 5v3.4l1.6 2.6H6.1l8.2-8.2.96.96L4.7 16.8l-1.06-1.06 1.4-1.4L5 14l-.6-.5L5 12.4V7.5a5 5 0 0 1 5-5Zm-2 13h4a2 2 0 0 1-4 0Z" />`
      : svg`<path d="M10 2.5a5 5 0 0 1 5 5v4.9l1.6 2.6H3.4L5 12.4V7.5a5 5 0 0 1 5-5Zm0 1.5a3.5 3.5 0 0 0-3.5 3.5v5.3l-.4.7h7.8l-.4-.7V7.5A3.5 3.5 0 0 0 10 4Zm-2 12h4a2 2 0 0 1-4 0Z" />`,
  pin: () =>
    svg`<path d="M12.6 2.5 17.5 7.4l-1.06 1.06-.7-.7-3.2 3.2.36 3.18-1.06 1.06-3.18-3.18L4.8 16.9l-1.06-1.06 3.88-3.88L4.44 8.78 5.5 7.72l3.18.36 3.2-3.2-.7-.7 1.06-1.06Z" />`,
};

export interface HeaderView {
  readonly chat: string;
  /** A direct chat's other agent. */
  readonly agent: Agent | null;
  /** A group's summary. */
  readonly group: ChatSummary | undefined;
  readonly pinned: boolean;
  readonly muted: boolean;
}

export interface HeaderActions {
  back(): void;
  toggleMute(): void;
  togglePin(): void;
  /** A group's Members button. */
  members(): void;
}

export function threadHeader(view: HeaderView, l10n: LocaleController, on: HeaderActions) {
  const t = l10n.words;
  const { agent, group } = view;
  return html`<header part="header">
    <button class="icon-button back" aria-label=${t.backToAgents} @click=${on.back}>
      <svg viewBox="0 0 20 20" aria-hidden="true"><path d="m8.06 10 5.47 5.47-1.06 1.06L5.94 10l6.53-6.53 1.06 1.06L8.06 10Z" /></svg>
    </button>
    ${agent ? avatar(agent) : groupAvatar(view.chat, group?.name ?? '')}
    <div class="who">
      <h2>${agent ? agent.displayName : group?.name}</h2>
      <span class="activity"><span dir=${l10n.localization.dir}>${agent ? activityWords(agent, l10n) : t.memberCount(group?.members.length ?? 0)}</span></span>
    </div>
    ${group
      ? html`<button class="icon-button members" aria-label=${t.members} title=${t.members} @click=${on.members}>
          <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M7.5 3a3 3 0 1 1 0 6 3 3 0 0 1 0-6Zm0 1.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3ZM13.5 5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5Zm0 1.5a1 1 0 1 0 0 2 1 1 0 0 0 0-2ZM7.5 10c3 0 5.5 1.6 5.5 4v2H2v-2c0-2.4 2.5-4 5.5-4Zm0 1.5c-2.3 0-4 1.1-4 2.5v.5h8V14c0-1.4-1.7-2.5-4-2.5Zm6.5-.4c2.3.2 4 1.4 4 3.4v1.5h-3.5V14.5H16.5c-.1-1-1.2-1.8-3-1.9l.5-1.5Z" /></svg>
        </button>`
      : nothing}
    ${toggle('mute', view.muted, t.muteChat, view.muted ? t.unmuteChat : t.muteChat, on.toggleMute)}
    ${toggle('pin', view.pinned, t.pinChat, view.pinned ? t.unpinChat : t.pinChat, on.togglePin)}
  </header>`;
}

/** A header switch: its name stays the same, `pressed` says whether it is on, the tooltip says what a click does. */
function toggle(which: 'mute' | 'pin', pressed: boolean, label: string, title: string, onClick: () => unknown) {
  return html`<button class="icon-button ${which}" aria-label=${label} aria-pressed=${pressed ? 'true' : 'false'} title=${title} @click=${onClick}>
    <svg viewBox="0 0 20 20" aria-hidden="true">${TOGGLE_ICONS[which](pressed)}</svg>
  </button>`;
}
