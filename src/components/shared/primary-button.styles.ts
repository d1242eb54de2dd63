import { css } from 'lit';

/** The one button that does the thing: Save an edit, Reload after a failed start. */
export const primaryButtonStyles = css`
  .primary {
    padding: 0.5rem 1rem;
    border: 0;
    border-radius: var(--iac-border-radius);
    background: var(--iac-color-brand);
    color: var(--iac-color-text-inverse);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
`;
