/** An agent's avatar: their picture or initials, with a presence dot coloured by activity. */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Agent } from '../../services/directory/ports.js';
import { presenceTone } from '../../services/directory/presence.js';
import { styleProperties } from './style-properties.js';

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words.at(-1)!] : words;
  return letters.map((w) => [...w][0]?.toLocaleUpperCase() ?? '').join('') || '?';
}

/** A stable hue per identity, so an agent keeps one colour everywhere. */
function hue(identity: string): number {
  let hash = 0;
  for (const char of identity) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hash % 360;
}

export function avatar(agent: Agent, options: { presence?: boolean } = {}): TemplateResult {
  return html`<span class="avatar" part="avatar" aria-hidden="true" ${styleProperties({ '--iac-avatar-hue': String(hue(agent.identity)) })}>
    ${agent.imageUrl && /^https?:/i.test(agent.imageUrl) ? html`<img src=${agent.imageUrl} alt="" />` : initials(agent.displayName)}
    ${options.presence === false ? nothing : html`<span class="presence" data-tone=${presenceTone(agent.activity)}></span>`}
  </span>`;
}

/** A group's avatar: its name's initials on a rounded square, in a colour of its own, with no presence. */
export function groupAvatar(chat: string, name: string): TemplateResult {
  return html`<span class="avatar group" part="avatar" aria-hidden="true" ${styleProperties({ '--iac-avatar-hue': String(hue(chat)) })}>${initials(name)}</span>`;
}

export const avatarStyles = css`
  .avatar {
    position: relative;
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: var(--iac-avatar-size);
    block-size: var(--iac-avatar-size);
    border-radius: var(--iac-avatar-border-radius);
    background: hsl(var(--iac-avatar-hue) 55% var(--iac-avatar-lightness));
    color: hsl(var(--iac-avatar-hue) 60% var(--iac-avatar-text-lightness));
    /* Initials and the presence dot keep their proportions at every size (0.8125rem and 0.75rem at the default). */
    font-size: calc(var(--iac-avatar-size) * 0.36);
    font-weight: 600;
    line-height: 1;
  }
  .avatar.group {
    border-radius: 30%;
  }
  .avatar img {
    inline-size: 100%;
    block-size: 100%;
    border-radius: inherit;
    object-fit: cover;
  }
  .presence {
    position: absolute;
    inset-block-end: -1px;
    inset-inline-end: -1px;
    inline-size: calc(var(--iac-avatar-size) / 3);
    block-size: calc(var(--iac-avatar-size) / 3);
    border-radius: 50%;
    border: 2px solid var(--iac-color-background);
    background: var(--iac-presence-other);
  }
  .presence[data-tone='available'] { background: var(--iac-presence-available); }
  .presence[data-tone='busy'] { background: var(--iac-presence-busy); }
  .presence[data-tone='away'] { background: var(--iac-presence-away); }
  .presence[data-tone='offline'] { background: transparent; border-color: var(--iac-presence-offline); }
`;
