/** The composer's icons (24-unit paths, stroked unless filled), and how it draws one. */
import { html, svg } from 'lit';

export const paperclipIcon = svg`<path d="M15.5 6.5 8.6 13.4a2 2 0 0 0 2.8 2.8l7.1-7.1a4 4 0 0 0-5.7-5.7L5.7 10.5a6 6 0 0 0 8.5 8.5l6.3-6.3" />`;
export const sendIcon = svg`<path d="M4.4 3.6 20.5 11a1.1 1.1 0 0 1 0 2L4.4 20.4a.8.8 0 0 1-1.1-1l2.5-6.6L13 12l-7.2-.8-2.5-6.6a.8.8 0 0 1 1.1-1Z" />`;
export const fileIcon = svg`<path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8Z" /><path d="M14 3v5h5" />`;
export const closeIcon = svg`<path d="m7 7 10 10M17 7 7 17" />`;

export function icon(paths: ReturnType<typeof svg>, size: number, filled = false) {
  return html`<svg
    aria-hidden="true"
    focusable="false"
    width=${size}
    height=${size}
    viewBox="0 0 24 24"
    fill=${filled ? 'currentColor' : 'none'}
    stroke=${filled ? 'none' : 'currentColor'}
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    ${paths}
  </svg>`;
}
