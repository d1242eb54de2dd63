import { css } from 'lit';

/** The unread count beside an agent: the directory's rows and the quick switcher's. */
export const badgeStyles = css`
  .badge {
    min-inline-size: 1.25rem;
    padding: 0.125rem 0.375rem;
    box-sizing: border-box;
    border-radius: 999px;
    background: var(--iac-color-brand);
    color: var(--iac-color-text-inverse);
    font-size: 0.75rem;
    font-weight: 700;
    text-align: center;
  }
`;
