import { css } from 'lit';

/** The one button that does the thing: Save an edit, Reload after a failed start. */
export const primaryButtonStyles = css`
  .primary {
    padding: 0.5rem 1rem;
    border: 0;
    border-radius: var(--iac-border-radius, 4px);
    background: var(--iac-color-brand, #0263e0);
    color: var(--iac-color-text-inverse, #ffffff);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
`;
