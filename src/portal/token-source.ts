/**
 * Where a portal gets Conversations access tokens: its own endpoint (fetched with the page's
 * credentials, so the portal's login session says who the user is) or a function of its own.
 */
export type TokenSource = string | URL | (() => Promise<string> | string);

/** A token from `source`; rejects with words a person can read after "Couldn't start the chat". */
export async function fetchToken(source: TokenSource): Promise<string> {
  let token: unknown;
  if (typeof source === 'function') {
    try {
      token = await source();
    } catch (error) {
      throw new Error(`no chat token: ${error instanceof Error ? error.message : String(error)}`);
    }
  } else {
    token = await fromEndpoint(source);
  }
  if (typeof token !== 'string' || !token.trim()) throw new Error('no chat token: the token source gave an empty answer');
  return token.trim();
}

/** The endpoint may answer with the bare token or with JSON `{ "token": "…" }`. */
async function fromEndpoint(url: string | URL): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'include', headers: { Accept: 'application/json, text/plain' } });
  } catch {
    throw new Error('no chat token: the token service could not be reached');
  }
  if (!response.ok) throw new Error(`no chat token: the token service answered ${response.status} ${response.statusText}`.trim());
  const text = await response.text();
  if (!(response.headers.get('Content-Type') ?? '').includes('json')) return text;
  try {
    return (JSON.parse(text) as { token?: unknown }).token;
  } catch {
    throw new Error('no chat token: the token service answered with malformed JSON');
  }
}
