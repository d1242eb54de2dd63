/**
 * Where a portal gets Conversations access tokens: its own endpoint (fetched with the page's
 * credentials, so the portal's login session says who the user is) or a function of its own.
 *
 * An endpoint's answer is checked before it is used: a 2xx, from the endpoint's own origin (a
 * redirect within it is fine), holding a JWT, bare or as JSON `{ "token": "…" }`. Anything else
 * is refused in words: a sign-in page after a session ended, a 401, or another site that the
 * request was sent on to (whose token, even if it gave one, is not the portal's to trust).
 */
import { phrase, type Phrase } from '../l10n/phrase.js';
import { FailureInWords } from '../services/conversations/describe-error.js';

export type TokenSource = string | URL | (() => Promise<string> | string);

/** Three base64url parts, as every Twilio access token is. */
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * A token from `source`; rejects with words (a `FailureInWords`) a person can act on, which
 * the element shows after "Couldn't start the chat (no chat token: …)".
 */
export async function fetchToken(source: TokenSource): Promise<string> {
  let token: unknown;
  if (typeof source === 'function') {
    try {
      token = await source();
    } catch (error) {
      // The portal's own words, as its callback gave them.
      throw refused(error instanceof Error ? error.message : String(error));
    }
  } else {
    token = await fromEndpoint(new URL(source, document.baseURI));
  }
  if (typeof token !== 'string' || !token.trim()) throw refused(phrase('tokenEmpty'));
  return token.trim();
}

function refused(detail: string | Phrase): FailureInWords {
  return new FailureInWords(phrase('noChatToken', detail));
}

async function fromEndpoint(url: URL): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'include', headers: { Accept: 'application/json, text/plain' } });
  } catch {
    throw refused(await whyUnreachable(url));
  }
  // A redirect is followed (the browser cannot say where to before it is), then judged by where it ended.
  const answeredFrom = new URL(response.url || url.href).origin;
  if (answeredFrom !== url.origin) throw refused(phrase('tokenElsewhere', answeredFrom));
  const status = phrase('tokenStatus', response.status, response.statusText);
  if (response.status === 401 || response.status === 403) throw refused(phrase('signInAgain', status));
  if (!response.ok) throw refused(status);
  const type = response.headers.get('Content-Type') ?? '';
  const text = (await response.text()).trim();
  let token: unknown = text;
  if (type.includes('json') || text.startsWith('{')) {
    try {
      token = (JSON.parse(text) as { token?: unknown } | null)?.token;
    } catch {
      token = undefined;
    }
  }
  if (typeof token === 'string' && JWT_SHAPE.test(token.trim())) return token.trim();
  // A web page instead of a token is, as a rule, a sign-in page: the portal session has ended.
  const page = type.includes('html') || /^<(!doctype|html)/i.test(text);
  throw refused(page ? phrase('signInAgain', phrase('tokenNotJwt')) : phrase('tokenNotJwt'));
}

/**
 * Why a fetch failed without an answer. A redirect to another site that does not let this page
 * read it (a single sign-on page, typically) fails just like a network error; asking again
 * without following redirects tells the two apart.
 */
async function whyUnreachable(url: URL): Promise<Phrase> {
  try {
    const response = await fetch(url, { credentials: 'include', redirect: 'manual' });
    if (response.type === 'opaqueredirect') return phrase('signInAgain', phrase('tokenElsewhere', ''));
  } catch {
    // Not reachable at all.
  }
  return phrase('tokenUnreachable');
}
