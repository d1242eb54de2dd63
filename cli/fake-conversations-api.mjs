// A local HTTP server that answers like the Conversations REST API, for the commands' tests:
// list a service's conversations a page at a time (PageSize, Page, PageToken, and
// meta.next_page_url as an absolute URL, which the helper library follows as given), the newest
// message of one, and delete one. It checks Basic auth and records every request, form body
// included. More resources plug in through `resources` (the roles: fake-roles-api.mjs).
import { createServer } from 'node:http';

/**
 * @typedef {object} FakeConversation
 * @property {string} sid
 * @property {string} [uniqueName]
 * @property {string} [friendlyName]
 * @property {string} attributes  a JSON string, or anything at all, as REST would carry it
 * @property {Date} dateCreated
 * @property {Date} [dateUpdated]
 * @property {Date[]} [messages]  the messages' dates
 *
 * @typedef {{ method: string, path: string, query: URLSearchParams, form: URLSearchParams }} RecordedRequest
 * @typedef {{ send: (status: number, body?: unknown) => void, fail: (status: number, code: number, message: string) => void, origin: string }} Reply
 * @typedef {{ answer: (method: string, url: URL, form: URLSearchParams, reply: Reply) => boolean }} Resource
 *   answers a request it knows (true), or leaves it to the next (false)
 */

/**
 * @param {object} options
 * @param {string} options.serviceSid
 * @param {string} options.accountSid
 * @param {string} options.username  the Basic auth user name accepted (account SID or API key)
 * @param {string} options.password
 * @param {FakeConversation[]} options.conversations
 * @param {Resource[]} [options.resources] asked first, in order
 */
export async function startFakeConversationsApi({ serviceSid, accountSid, username, password, conversations, resources = [] }) {
  /** @type {Map<string, FakeConversation & { seq: number }>} */
  const store = new Map(conversations.map((c, seq) => [c.sid, { ...c, seq }]));
  /** @type {RecordedRequest[]} */
  const requests = [];
  /** Conversation sid → HTTP status to answer its DELETE with. */
  const deleteFailures = new Map();
  const expectedAuth = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const origin = `http://${req.headers.host}`;
    let text = '';
    for await (const chunk of req) text += chunk;
    const form = new URLSearchParams(req.headers['content-type']?.startsWith('application/x-www-form-urlencoded') ? text : '');
    requests.push({ method: req.method ?? '', path: url.pathname, query: url.searchParams, form });

    /** @param {number} status @param {unknown} [body] */
    const send = (status, body) => {
      res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    /** @param {number} status @param {number} code @param {string} message */
    const fail = (status, code, message) =>
      send(status, { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });

    if (req.headers.authorization !== expectedAuth) return fail(401, 20003, 'Authenticate');
    if (resources.some((resource) => resource.answer(req.method ?? '', url, form, { send, fail, origin }))) return;

    const match = url.pathname.match(/^\/v1\/Services\/([^/]+)\/Conversations(?:\/([^/]+)(\/Messages)?)?$/);
    if (!match || match[1] !== serviceSid) return fail(404, 20404, `The requested resource ${url.pathname} was not found`);
    const [, , conversationSid, messages] = match;

    if (req.method === 'GET' && !conversationSid) return send(200, listPage(url, origin));
    const conversation = conversationSid ? store.get(conversationSid) : undefined;
    if (!conversation) return fail(404, 20404, `The requested resource ${url.pathname} was not found`);

    if (req.method === 'GET' && messages) {
      const newest = [...(conversation.messages ?? [])].sort((a, b) => b.getTime() - a.getTime());
      const pageSize = Number(url.searchParams.get('PageSize') ?? 50);
      const items = url.searchParams.get('Order') === 'desc' ? newest : newest.reverse();
      const self = `${origin}${url.pathname}?Order=${url.searchParams.get('Order') ?? 'asc'}&PageSize=${pageSize}&Page=0`;
      return send(200, {
        messages: items.slice(0, pageSize).map((date, index) => ({
          sid: `IM${conversation.sid.slice(2, 30)}${String(index).padStart(4, '0')}`,
          account_sid: accountSid,
          chat_service_sid: serviceSid,
          conversation_sid: conversation.sid,
          index,
          author: 'alice',
          body: 'hello',
          attributes: '{}',
          date_created: iso(date),
          date_updated: iso(date),
        })),
        meta: { page: 0, page_size: pageSize, first_page_url: self, previous_page_url: null, url: self, next_page_url: null, key: 'messages' },
      });
    }

    if (req.method === 'DELETE' && !messages) {
      const status = deleteFailures.get(conversation.sid);
      if (status === 404) store.delete(conversation.sid); // someone else deleted it meanwhile
      if (status) return fail(status, status === 404 ? 20404 : 20500, status === 404 ? 'Not found' : 'Internal server error');
      store.delete(conversation.sid);
      return send(204);
    }
    return fail(405, 20004, 'Method not allowed');
  });

  /**
   * One page, in creation order. The PageToken names the last item of the previous page, so
   * deleting between pages shifts nothing, like Twilio's tokens.
   * @param {URL} url
   * @param {string} origin
   */
  function listPage(url, origin) {
    const pageSize = Math.min(Math.max(Number(url.searchParams.get('PageSize') ?? 50) || 50, 1), 100);
    const page = Number(url.searchParams.get('Page') ?? 0) || 0;
    const token = url.searchParams.get('PageToken');
    const after = token ? Number(token.replace(/^PT/, '')) : -1;
    const remaining = [...store.values()].filter((c) => c.seq > after).sort((a, b) => a.seq - b.seq);
    const items = remaining.slice(0, pageSize);
    const base = `${origin}${url.pathname}?PageSize=${pageSize}`;
    const last = items.at(-1);
    return {
      conversations: items.map((c) => ({
        account_sid: accountSid,
        chat_service_sid: serviceSid,
        messaging_service_sid: 'MG00000000000000000000000000000000',
        sid: c.sid,
        friendly_name: c.friendlyName ?? null,
        unique_name: c.uniqueName ?? null,
        attributes: c.attributes,
        date_created: iso(c.dateCreated),
        date_updated: iso(c.dateUpdated ?? c.dateCreated),
        state: 'active',
        timers: {},
        url: `${origin}${url.pathname}/${c.sid}`,
        links: {},
        bindings: null,
      })),
      meta: {
        page,
        page_size: pageSize,
        first_page_url: `${base}&Page=0`,
        previous_page_url: page > 0 ? `${base}&Page=${page - 1}` : null,
        url: `${base}&Page=${page}${token ? `&PageToken=${token}` : ''}`,
        next_page_url: last && remaining.length > pageSize ? `${base}&Page=${page + 1}&PageToken=PT${last.seq}` : null,
        key: 'conversations',
      },
    };
  }

  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    requests,
    /** The sids still on the server. */
    remaining: () => new Set(store.keys()),
    /** Answer DELETE of `sid` with `status` (404: it was deleted meanwhile). */
    failDelete: (/** @type {string} */ sid, /** @type {number} */ status) => deleteFailures.set(sid, status),
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

/** Twilio's date format: ISO 8601 to the second, UTC. @param {Date} date */
export const iso = (date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
