/** Buttons every element shares: a text link button, a square icon button, one focus ring. */
import { css } from 'lit';

/** A button that reads as a link ("Try again", "Dismiss"): for elements that draw their own other controls. */
export const linkButtonStyles = css`
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--iac-color-text-link);
    font: inherit;
    font-weight: 600;
    text-decoration: underline;
    cursor: pointer;
  }
`;

export const controlStyles = [
  linkButtonStyles,
  css`
  .icon-button {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 2rem;
    block-size: 2rem;
    padding: 0;
    border: 0;
    border-radius: var(--iac-border-radius);
    background: none;
    color: inherit;
    cursor: pointer;
  }
  .icon-button:hover {
    background: var(--iac-color-background-hover);
  }
  .icon-button svg {
    inline-size: 1.25rem;
    fill: var(--iac-color-text-weak);
  }
  :is(button, a, input, [tabindex]):focus-visible {
    outline: 2px solid var(--iac-color-focus);
    outline-offset: 1px;
  }
`,
];
