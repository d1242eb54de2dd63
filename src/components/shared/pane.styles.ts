import { css } from 'lit';

/**
 * A pane of the widget (the directory, the thread): a column that may shrink below its content
 * in a flex layout, in the widget's text colour and type. Each pane sets its own background.
 */
export const paneStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-block-size: 0;
    color: var(--iac-color-text);
    font-family: var(--iac-font-family);
    font-size: var(--iac-font-size);
  }
`;
