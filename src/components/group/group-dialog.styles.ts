import { css } from 'lit';
import { dialogStyles } from '../shared/dialog.styles.js';
import { avatarStyles } from '../shared/avatar.js';
import { controlStyles } from '../shared/controls.styles.js';
import { primaryButtonStyles } from '../shared/primary-button.styles.js';

/** A labelled text field, as the group dialogs and the people picker draw it. */
export const fieldStyles = css`
  label {
    font-weight: 600;
  }
  input {
    box-sizing: border-box;
    inline-size: 100%;
    padding: 0.5rem 0.625rem;
    border: 1px solid var(--iac-color-border);
    border-radius: var(--iac-border-radius);
    background: var(--iac-color-background);
    color: inherit;
    font: inherit;
  }
  :is(button, input):focus-visible {
    outline: 2px solid var(--iac-color-focus);
    outline-offset: 1px;
  }
`;

/** The New group and Members dialogs: a title, fields, a problem when there is one, and the buttons. */
export const styles = [
  dialogStyles,
  avatarStyles,
  controlStyles,
  primaryButtonStyles,
  fieldStyles,
  css`
    dialog {
      inline-size: min(28rem, calc(100vw - 1rem));
      max-block-size: calc(100dvh - 2rem);
      margin-block-start: 10vh;
    }
    form {
      display: grid;
      gap: 0.75rem;
      padding: 1rem;
    }
    h2 {
      margin: 0;
      font-size: 1.125rem;
      font-weight: 600;
    }
    /* Focused on opening, to announce the dialog: not a control, so no ring. */
    h2[tabindex]:focus-visible {
      outline: none;
    }
    .name-field {
      display: flex;
      gap: 0.5rem;
      margin-block-start: -0.5rem;
    }
    .name-field input {
      flex: 1;
      min-inline-size: 0;
    }
    .problem {
      margin: 0;
      color: var(--iac-color-text-error);
    }
    .buttons {
      display: flex;
      justify-content: flex-end;
      gap: 0.5rem;
    }
    .secondary {
      padding: 0.5rem 1rem;
      border: 1px solid var(--iac-color-border);
      border-radius: var(--iac-border-radius);
      background: none;
      color: inherit;
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    .team {
      justify-self: start;
    }
    .secondary:disabled {
      color: var(--iac-color-text-disabled);
      cursor: not-allowed;
    }
    .members {
      display: grid;
      gap: 0.25rem;
      max-block-size: 16rem;
      margin: 0;
      padding: 0;
      overflow-y: auto;
      list-style: none;
      --iac-avatar-size: 1.75rem;
    }
    .members li {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .activity {
      margin-inline-start: auto;
      color: var(--iac-color-text-weak);
      font-size: 0.8125rem;
    }
    .danger {
      color: var(--iac-color-text-error);
    }
  `,
];
