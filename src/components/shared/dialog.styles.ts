import { css } from 'lit';

/** A modal dialog's surface over the page: the quick switcher's and Settings'. Each sets its own size and place. */
export const dialogStyles = css`
  dialog {
    box-sizing: border-box;
    padding: 0;
    border: 1px solid var(--iac-color-border-weak);
    border-radius: var(--iac-border-radius-large);
    background: var(--iac-color-background);
    color: var(--iac-color-text);
    box-shadow: 0 12px 32px rgb(18 28 45 / 0.3);
    font-family: var(--iac-font-family);
    font-size: var(--iac-font-size);
  }
  dialog::backdrop {
    background: rgb(18 28 45 / 0.4);
  }
`;
