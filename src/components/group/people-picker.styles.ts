import { css } from 'lit';
import { avatarStyles } from '../shared/avatar.js';
import { fieldStyles } from './group-dialog.styles.js';

export const styles = [
  avatarStyles,
  fieldStyles,
  css`
    :host {
      display: grid;
      gap: 0.375rem;
      --iac-avatar-size: 1.5rem;
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    [role='listbox'] {
      padding: 0.25rem;
      border: 1px solid var(--iac-color-border-weak);
      border-radius: var(--iac-border-radius);
    }
    [role='option'] {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      padding: 0.375rem 0.5rem;
      border-radius: var(--iac-border-radius);
      cursor: pointer;
    }
    [aria-selected='true'] {
      background: var(--iac-color-background-selected);
    }
    .name {
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
    }
    .chips li {
      display: flex;
      align-items: center;
      gap: 0.375rem;
      max-inline-size: 100%;
      padding-inline: 0.25rem 0.125rem;
      border-radius: 1rem;
      background: var(--iac-color-background-weak);
      --iac-avatar-size: 1.25rem;
    }
    .remove {
      inline-size: 1.5rem;
      block-size: 1.5rem;
      padding: 0;
      border: 0;
      border-radius: 50%;
      background: none;
      color: var(--iac-color-text-weak);
      font: inherit;
      font-size: 1rem;
      cursor: pointer;
    }
    .remove:hover {
      background: var(--iac-color-background-hover);
    }
    .empty {
      margin: 0;
      color: var(--iac-color-text-weak);
    }
  `,
];
