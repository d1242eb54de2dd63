import { css } from 'lit';
import { dialogStyles } from '../shared/dialog.styles.js';
import { avatarStyles } from '../shared/avatar.js';
import { badgeStyles } from '../shared/badge.styles.js';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';

export const styles = [
  dialogStyles,
  avatarStyles,
  badgeStyles,
  visuallyHiddenStyles,
  css`
    dialog {
      inline-size: min(32rem, calc(100vw - 2rem));
      margin-block-start: 12vh;
    }
    input {
      box-sizing: border-box;
      inline-size: 100%;
      padding: 0.875rem 1rem;
      border: 0;
      border-block-end: 1px solid var(--iac-color-border-weak);
      background: transparent;
      color: inherit;
      font: inherit;
      font-size: 1rem;
    }
    input:focus-visible {
      outline: 2px solid var(--iac-color-focus);
      outline-offset: -2px;
    }
    ul {
      margin: 0;
      padding: 0.375rem;
      list-style: none;
    }
    li {
      display: flex;
      align-items: center;
      gap: 0.625rem;
      padding: 0.4375rem 0.625rem;
      border-radius: var(--iac-border-radius);
      cursor: pointer;
      --iac-avatar-size: 1.75rem;
    }
    li[aria-selected='true'] {
      background: var(--iac-color-background-selected);
      outline: 1px solid var(--iac-color-brand);
    }
    .name {
      flex: 1;
      overflow: hidden;
      font-weight: 500;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .activity,
    .hint,
    .empty {
      color: var(--iac-color-text-weak);
      font-size: 0.8125rem;
    }
    .empty,
    .hint {
      margin: 0;
      padding: 0.5rem 1rem 0.75rem;
    }
    .hint {
      border-block-start: 1px solid var(--iac-color-border-weak);
    }
  `,
];
