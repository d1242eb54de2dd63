/**
 * Splits message text into plain text and links. Only http, https and mailto become links;
 * anything else (javascript:, data:, …) stays text. The text is never parsed as HTML.
 */
export type TextPart = string | { readonly href: string; readonly text: string };

const CANDIDATE = /\b(?:https?:\/\/|mailto:|www\.)[^\s<>"]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gi;
const TRAILING = /[.,;:!?)\]}'"]+$/;
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const raw = trimTrailing(match[0]);
    const href = safeHref(raw);
    if (!href) continue;
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ href, text: raw });
    last = match.index + raw.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Drops closing punctuation a sentence puts after a link, keeping balanced parentheses. */
function trimTrailing(raw: string): string {
  let link = raw.replace(TRAILING, '');
  const open = (link.match(/\(/g) ?? []).length;
  const close = (link.match(/\)/g) ?? []).length;
  if (open > close && raw.length > link.length && raw[link.length] === ')') link += ')';
  return link;
}

function safeHref(raw: string): string | undefined {
  const candidate = /^www\./i.test(raw) ? `https://${raw}` : raw.includes('://') || /^mailto:/i.test(raw) ? raw : `mailto:${raw}`;
  try {
    const url = new URL(candidate);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A link's text cut where a line may break (as style guides break URLs): after `://`, and before
 * each `/ . ? # & = ~ _ %` that follows a letter or digit. Browsers break a URL only at its
 * hyphens, so without these a long one is cut mid-word wherever the line ends.
 */
export function linkBreaks(text: string): string[] {
  return text.split(/(?<=:\/\/)|(?<![/:.?#&=~_%])(?=[/.?#&=~_%])/);
}
