import { css } from 'lit';
import { avatarStyles } from '../shared/avatar.js';
import { badgeStyles } from '../shared/badge.styles.js';
import { controlStyles } from '../shared/controls.styles.js';
import { paneStyles } from '../shared/pane.styles.js';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';

export const styles = [
  avatarStyles,
  badgeStyles,
  controlStyles,
  visuallyHiddenStyles,
  paneStyles,
  css`
    :host {
      background: var(--iac-agent-list-background, var(--iac-color-background-weak));
    }
    .search {
      display: flex;
      gap: 0.375rem;
      align-items: center;
      padding: 0.75rem;
      border-block-end: 1px solid var(--iac-color-border-weak);
    }
    .field {
      position: relative;
      flex: 1;
    }
    .field > svg {
      position: absolute;
      inset-inline-start: 0.65rem;
      inset-block-start: 50%;
      translate: 0 -50%;
      inline-size: 1rem;
      fill: var(--iac-color-text-weak);
      pointer-events: none;
    }
    input[type='search'] {
      box-sizing: border-box;
      inline-size: 100%;
      padding-block: 0.5rem;
      /* The end keeps room for the clear button, so a long search never runs under it. */
      padding-inline: 2.1rem 2.25rem;
      border: 1px solid var(--iac-color-border);
      border-radius: var(--iac-border-radius);
      background: var(--iac-color-background);
      color: inherit;
      font: inherit;
    }
    input[type='search']::placeholder {
      color: var(--iac-color-text-weak);
    }
    input[type='search']::-webkit-search-cancel-button {
      display: none;
    }
    .clear {
      position: absolute;
      inset-inline-end: 0.25rem;
      inset-block-start: 50%;
      translate: 0 -50%;
      inline-size: 1.5rem;
      block-size: 1.5rem;
    }
    .clear svg {
      inline-size: 1rem;
    }
    .sections {
      flex: 1;
      overflow-y: auto;
      padding-block-end: 0.5rem;
    }
    h2 {
      margin: 0;
      padding: 0.875rem 1rem 0.25rem;
      color: var(--iac-color-text-weak);
      font-size: 0.75rem;
      font-weight: 600;
      letter-spacing: 0.04em;
      text-transform: uppercase;
    }
    ul {
      margin: 0;
      padding: 0 0.375rem;
      list-style: none;
    }
    .row {
      position: relative;
      display: flex;
      align-items: center;
      border-radius: var(--iac-border-radius-large);
    }
    .row:hover {
      background: var(--iac-color-background-hover);
    }
    .row[data-current] {
      background: var(--iac-color-background-selected);
    }
    .agent {
      flex: 1;
      display: flex;
      align-items: center;
      gap: 0.625rem;
      min-inline-size: 0;
      padding-block: 0.4375rem;
      padding-inline: 0.625rem 2.25rem;
      border: 0;
      border-radius: inherit;
      background: none;
      color: inherit;
      font: inherit;
      text-align: start;
      cursor: pointer;
    }
    .text {
      display: grid;
      flex: 1;
      min-inline-size: 0;
    }
    .name,
    .detail {
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    /* Names and previews keep their own direction, so a long one is cut at its end; an activity
       alone is the chat's own words and follows the chat's direction. */
    .name,
    .detail[data-preview] {
      unicode-bidi: plaintext;
    }
    /* With plaintext, start is the text's own start: only a physical edge lines them up with the
       list's start in a right-to-left chat (match-parent resolves against the text, too). */
    :host(:dir(rtl)) :is(.name, .detail) {
      text-align: right;
    }
    .name {
      font-weight: 500;
    }
    .row[data-unread] .name {
      font-weight: 700;
    }
    .detail {
      color: var(--iac-color-text-weak);
      font-size: 0.8125rem;
    }
    .row[data-unread] .detail {
      color: var(--iac-color-text);
    }
    .badge {
      flex: none;
    }
    .row[data-muted] .badge {
      background: var(--iac-color-text-weak);
    }
    /* A mention speaks up in a muted chat too. */
    .row .badge.mention {
      background: var(--iac-color-brand);
    }
    .muted-mark {
      flex: none;
      inline-size: 0.875rem;
      fill: var(--iac-color-text-weak);
    }
    .row[draggable='true'] {
      cursor: grab;
    }
    .pin {
      position: absolute;
      inset-inline-end: 0.25rem;
      display: grid;
      place-items: center;
      inline-size: 1.75rem;
      block-size: 1.75rem;
      border: 0;
      border-radius: var(--iac-border-radius);
      background: none;
      cursor: pointer;
      opacity: 0;
    }
    .row:hover .pin,
    .pin:focus-visible,
    .pin[aria-pressed='true'] {
      opacity: 1;
    }
    .row:has(.badge) .pin[aria-pressed='true'] {
      opacity: 0;
    }
    .row:has(.badge):hover .pin {
      opacity: 1;
      background: var(--iac-color-background-weak);
    }
    .pin svg {
      inline-size: 1rem;
      fill: var(--iac-color-text-weak);
    }
    .pin[aria-pressed='true'] svg {
      fill: var(--iac-color-icon-brand);
    }
    .empty,
    .problem {
      margin: 1rem;
      color: var(--iac-color-text-weak);
      /* A search of any length, quoted back, wraps inside the list. */
      overflow-wrap: anywhere;
    }
    .problem {
      color: var(--iac-color-text-error);
    }
  `,
];
