// How the commands reach Twilio: credentials from the environment, the Conversations REST API
// through the `twilio` helper library, and Twilio's failures turned into words. The clean-up's
// requests are here; setup's role requests are in roles-rest.mjs, over the same client.
import { CommandError, EXIT } from './errors.mjs';
import { chatName, toDate } from './tags.mjs';

/**
 * Where the Conversations API is, for tests only: the helper library's Conversations domain
 * (`client.conversations`) keeps its base URL in the public `baseUrl` field, and every request
 * and every `next_page_url` goes through it, so pointing it at a local server needs no other change.
 */
export const BASE_URL_VARIABLE = 'TWILIO_CONVERSATIONS_BASE_URL';

const CREDENTIALS_HELP =
  'Set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (Twilio Console, Account info), or TWILIO_ACCOUNT_SID ' +
  'with TWILIO_API_KEY and TWILIO_API_SECRET (Console, Account, API keys & tokens).';

/**
 * @typedef {{ username: string, password: string, accountSid: string }} Credentials
 * @typedef {{ sid: string, name: string, attributes: unknown, dateCreated: Date | null, dateUpdated: Date | null }} ConversationRecord
 * @typedef {object} ConversationsApi
 * @property {(pageSize?: number) => AsyncGenerator<ConversationRecord[]>} pages every conversation of the service, a page at a time
 * @property {(sid: string) => Promise<Date | null | 'gone'>} lastMessageAt the newest message's date; null without messages
 * @property {(sid: string) => Promise<'deleted' | 'gone'>} remove
 * @typedef {{ client: import('twilio').Twilio, where: string }} Connection the client, and how to name where it talks to
 */

/**
 * @param {NodeJS.ProcessEnv} env
 * @returns {Credentials}
 */
export function credentialsFromEnv(env) {
  const value = (/** @type {string} */ name) => env[name]?.trim() || '';
  const accountSid = value('TWILIO_ACCOUNT_SID');
  const authToken = value('TWILIO_AUTH_TOKEN');
  const apiKey = value('TWILIO_API_KEY');
  const apiSecret = value('TWILIO_API_SECRET');

  /** @type {Credentials} */
  let credentials;
  if (apiKey || apiSecret) {
    const missing = [
      !accountSid && 'TWILIO_ACCOUNT_SID',
      !apiKey && 'TWILIO_API_KEY',
      !apiSecret && 'TWILIO_API_SECRET',
    ].filter(Boolean);
    if (missing.length) {
      throw new CommandError(
        `An API key needs TWILIO_ACCOUNT_SID, TWILIO_API_KEY and TWILIO_API_SECRET; ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set.`,
        EXIT.usage,
      );
    }
    if (!/^SK/.test(apiKey)) {
      throw new CommandError(`TWILIO_API_KEY should be an API key SID, starting with SK. ${CREDENTIALS_HELP}`, EXIT.usage);
    }
    credentials = { username: apiKey, password: apiSecret, accountSid };
  } else {
    if (!accountSid || !authToken) {
      const missing = [!accountSid && 'TWILIO_ACCOUNT_SID', !authToken && 'TWILIO_AUTH_TOKEN'].filter(Boolean);
      throw new CommandError(`No Twilio credentials: ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set. ${CREDENTIALS_HELP}`, EXIT.usage);
    }
    credentials = { username: accountSid, password: authToken, accountSid };
  }
  if (!/^AC/.test(accountSid)) {
    throw new CommandError(`TWILIO_ACCOUNT_SID should be an account SID, starting with AC. ${CREDENTIALS_HELP}`, EXIT.usage);
  }
  return credentials;
}

/**
 * The base URL override, for tests (see BASE_URL_VARIABLE); undefined to talk to Twilio. Plain
 * http:// is refused unless it stays on this machine: every request carries the credentials.
 * @param {NodeJS.ProcessEnv} env
 * @returns {string | undefined}
 */
export function baseUrlFromEnv(env) {
  const raw = env[BASE_URL_VARIABLE]?.trim();
  if (!raw) return undefined;
  let url;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  if (!url || !/^https?:$/.test(url.protocol)) {
    throw new CommandError(`${BASE_URL_VARIABLE} must be an http(s) URL (it is for tests; unset it to use Twilio).`, EXIT.usage);
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw new CommandError(
      `${BASE_URL_VARIABLE} is plain http:// to ${url.hostname}, which would send the account's credentials unencrypted. ` +
        'Use https://, or http:// only to localhost, 127.0.0.1 or [::1] (it is for tests; unset it to use Twilio).',
      EXIT.usage,
    );
  }
  return url.origin;
}

/**
 * This machine, as the URL parser writes it (it turns 127.1 or 0x7f.0.0.1 into 127.0.0.1).
 * @param {string} hostname
 */
const isLoopback = (hostname) => hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);

/**
 * The helper library's client, pointed at the base URL override when there is one.
 * @param {{ credentials: Credentials, baseUrl?: string, command: string }} options
 * @returns {Promise<Connection>}
 */
export async function openClient({ credentials, baseUrl, command }) {
  // Loaded only when needed: the library takes a second to load, which --help and a refused
  // option should not wait for.
  const { default: twilio } = await import('twilio');
  const client = twilio(credentials.username, credentials.password, {
    accountSid: credentials.accountSid,
    autoRetry: true, // back off and retry on 429
    maxRetries: 5,
    userAgentExtensions: [`internal-agent-chat-${command}`],
    // TWILIO_EDGE / TWILIO_REGION rewrite every request's host name; a local server has none.
    ...(baseUrl ? { edge: '', region: '' } : {}),
  });
  if (baseUrl) client.conversations.baseUrl = baseUrl;
  return { client, where: baseUrl ? `${baseUrl} (from ${BASE_URL_VARIABLE})` : 'Twilio' };
}

/**
 * @param {{ credentials: Credentials, serviceSid: string, baseUrl?: string }} options
 * @returns {Promise<ConversationsApi>}
 */
export async function openConversationsApi({ credentials, serviceSid, baseUrl }) {
  const { client, where } = await openClient({ credentials, baseUrl, command: 'cleanup' });
  const service = client.conversations.v1.services(serviceSid);
  const listing = { serviceSid, where, doing: `listing the conversations of ${serviceSid}` };

  return {
    async *pages(pageSize = 100) {
      let page;
      try {
        page = await service.conversations.page({ pageSize });
      } catch (error) {
        throw failureInWords(error, listing);
      }
      for (;;) {
        yield page.instances.map((c) => ({
          sid: c.sid,
          name: chatName(c),
          attributes: c.attributes,
          dateCreated: toDate(c.dateCreated),
          dateUpdated: toDate(c.dateUpdated),
        }));
        const next = page.nextPage();
        if (!next) return;
        try {
          page = await next;
        } catch (error) {
          throw failureInWords(error, listing);
        }
      }
    },

    async lastMessageAt(sid) {
      try {
        const page = await service.conversations(sid).messages.page({ order: 'desc', pageSize: 1 });
        return toDate(page.instances[0]?.dateCreated);
      } catch (error) {
        if (statusOf(error) === 404) return 'gone';
        throw new Error(reason(error, where));
      }
    },

    async remove(sid) {
      try {
        await service.conversations(sid).remove();
        return 'deleted';
      } catch (error) {
        if (statusOf(error) === 404) return 'gone';
        throw new Error(reason(error, where));
      }
    },
  };
}

/**
 * @param {unknown} error
 * @returns {number | undefined}
 */
export function statusOf(error) {
  const status = /** @type {{ status?: unknown }} */ (error)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Why one request failed, in a few words.
 * @param {unknown} error
 * @param {string} where
 */
export function reason(error, where) {
  const e = /** @type {{ status?: number, code?: number | string, message?: string }} */ (error ?? {});
  const status = statusOf(error);
  if (status !== undefined) {
    const twilioCode = typeof e.code === 'number' ? `, Twilio error ${e.code}` : '';
    return `${where} answered HTTP ${status}${twilioCode}: ${e.message || 'no details'}`;
  }
  if (typeof e.code === 'string') return `could not reach ${where} (${e.code})`;
  return e.message || String(error);
}

/**
 * A request the whole run depends on failed: say why and what to do.
 * @param {unknown} error
 * @param {{ serviceSid?: string, where: string, doing: string }} context what was being done, e.g. "reading the roles of IS…"
 */
export function failureInWords(error, { serviceSid, where, doing }) {
  const status = statusOf(error);
  const why = reason(error, where);
  switch (status) {
    case 401:
      return new CommandError(
        `Twilio did not accept the credentials (${why}). Check that TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN ` +
          '(or TWILIO_API_KEY and TWILIO_API_SECRET) are current and belong to the account that owns the service.',
      );
    case 403:
      return new CommandError(
        `Twilio refused ${doing} (${why}). Use the account's auth token or an API key ` +
          'allowed to use the Conversations API in that account.',
      );
    case 404:
      if (serviceSid) {
        return new CommandError(
          `There is no Conversations service ${serviceSid} in this account (${why}). Check --service or ` +
            'TWILIO_CONVERSATIONS_SERVICE_SID; `--help` says how to find the one Flex uses.',
        );
      }
      break;
    case 429:
      return new CommandError(`Twilio kept rate-limiting ${doing} (${why}). Wait a minute and run the command again.`);
  }
  if (status !== undefined && status >= 500) {
    return new CommandError(`Twilio failed while ${doing} (${why}). This is usually brief: run the command again.`);
  }
  if (status === undefined && typeof (/** @type {{ code?: unknown }} */ (error)?.code) === 'string') {
    return new CommandError(`${capitalise(why)}. Check the network connection (and HTTP_PROXY, if you use a proxy), then run the command again.`);
  }
  return new CommandError(`${capitalise(doing)} failed: ${why}.`);
}

/** @param {string} text */
const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);
