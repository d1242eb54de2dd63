/**
 * A message's text as the thread shows it: links (http, https, mailto only, breakable where a
 * URL may break) and `@Name` mentions marked, the rest as text, never parsed as HTML.
 */
import { html } from 'lit';
import { linkBreaks, linkify } from './linkify.js';
import { mentionParts } from '../shared/mention-text.js';

/** `body`, with `@Name` marked for each of `mentioned` (the display names the message mentions). */
export function messageText(body: string, mentioned: readonly string[]) {
  return linkify(body).map((part) =>
    typeof part === 'string'
      ? mentionParts(part, mentioned).map((piece) => (typeof piece === 'string' ? piece : html`<mark class="mention">${piece.mention}</mark>`))
      : html`<a href=${part.href} target="_blank" rel="noopener noreferrer">${linkBreaks(part.text).map((piece, i) => (i ? html`<wbr />${piece}` : piece))}</a>`,
  );
}
