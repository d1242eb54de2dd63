// Role resources for the fake Conversations REST server (pass to its `resources`): the
// account's Configuration (its default service), a service's Configuration (the roles every
// new user, an added participant and a conversation's creator get) and the service's Roles:
// list, fetch, and update, where the form's repeated `Permission` field replaces the whole list
// as Twilio's does. Seeded by default with the roles Flex documents (twilio-roles.mjs).
import { iso } from './fake-conversations-api.mjs';
import { FLEX_DEFAULT_ROLES, PERMISSION_VALUES } from './twilio-roles.mjs';

/**
 * @typedef {import('./twilio-roles.mjs').DocumentedRole} DocumentedRole
 * @typedef {DocumentedRole & { sid: string }} FakeRole
 * @typedef {import('./fake-conversations-api.mjs').Reply} Reply
 */

/** The Configuration field of each role default. */
const DEFAULT_FIELDS = /** @type {const} */ ({
  service: 'default_chat_service_role_sid',
  conversation: 'default_conversation_role_sid',
  creator: 'default_conversation_creator_role_sid',
});

/**
 * @param {object} options
 * @param {string} options.serviceSid
 * @param {string} options.accountSid
 * @param {readonly DocumentedRole[]} [options.roles] the service's roles (default: Flex's); sids are given in order
 * @param {string | null} [options.defaultServiceSid] the account's default service (default: this one)
 */
export function createRolesResource({ serviceSid, accountSid, roles = FLEX_DEFAULT_ROLES, defaultServiceSid = serviceSid }) {
  /** @type {Map<string, FakeRole & { dateUpdated: Date }>} */
  const store = new Map(
    roles.map((role, i) => {
      const sid = `RL${(i + 1).toString(16).padStart(32, '0')}`;
      return [sid, { ...role, permissions: [...role.permissions], sid, dateUpdated: CREATED }];
    }),
  );
  /** Role sid → HTTP status to answer its update with. */
  const updateFailures = new Map();
  /** Changes someone else makes right after a listing, before the command's update. */
  /** @type {{ sid: string, permission: string }[]} */
  const meanwhile = [];
  const defaultSid = (/** @type {keyof typeof DEFAULT_FIELDS} */ slot) => [...store.values()].find((r) => r.defaultFor?.includes(slot))?.sid ?? null;

  /** @param {string} origin @param {FakeRole & { dateUpdated: Date }} role */
  const json = (origin, role) => ({
    sid: role.sid,
    account_sid: accountSid,
    chat_service_sid: serviceSid,
    friendly_name: role.friendlyName,
    type: role.type,
    permissions: [...role.permissions],
    date_created: iso(CREATED),
    date_updated: iso(role.dateUpdated),
    url: `${origin}/v1/Services/${serviceSid}/Roles/${role.sid}`,
  });

  /**
   * Answers the request if it is one of these resources.
   * @param {string} method
   * @param {URL} url
   * @param {URLSearchParams} form the request's form-encoded body
   * @param {Reply} reply
   * @returns {boolean} whether it was
   */
  function answer(method, url, form, reply) {
    const { origin } = reply;
    if (url.pathname === '/v1/Configuration' && method === 'GET') {
      reply.send(200, {
        account_sid: accountSid,
        default_chat_service_sid: defaultServiceSid,
        default_messaging_service_sid: null,
        default_inactive_timer: null,
        default_closed_timer: null,
        url: `${origin}/v1/Configuration`,
        links: { service: `${origin}/v1/Services/${defaultServiceSid}` },
      });
      return true;
    }
    const match = url.pathname.match(/^\/v1\/Services\/([^/]+)\/(Configuration|Roles)(?:\/([^/]+))?$/);
    if (!match || match[1] !== serviceSid) return false;
    const [, , resource, roleSid] = match;

    if (resource === 'Configuration' && !roleSid && method === 'GET') {
      reply.send(200, {
        chat_service_sid: serviceSid,
        ...Object.fromEntries(Object.entries(DEFAULT_FIELDS).map(([slot, field]) => [field, defaultSid(/** @type {keyof typeof DEFAULT_FIELDS} */ (slot))])),
        reachability_enabled: false,
        url: `${origin}${url.pathname}`,
        links: { notifications: `${origin}${url.pathname}/Notifications`, webhooks: `${origin}${url.pathname}/Webhooks` },
      });
      return true;
    }
    if (resource !== 'Roles') return false;

    if (!roleSid && method === 'GET') {
      const self = `${origin}${url.pathname}?PageSize=50&Page=0`;
      reply.send(200, {
        roles: [...store.values()].map((role) => json(origin, role)),
        meta: { page: 0, page_size: 50, first_page_url: self, previous_page_url: null, url: self, next_page_url: null, key: 'roles' },
      });
      for (const { sid, permission } of meanwhile.splice(0)) store.get(sid)?.permissions.push(permission);
      return true;
    }
    const role = roleSid ? store.get(roleSid) : undefined;
    if (!role) return false;
    if (method === 'GET') {
      reply.send(200, json(origin, role));
      return true;
    }
    if (method !== 'POST') return false;

    const failure = updateFailures.get(role.sid);
    if (failure) {
      reply.fail(failure, 20500, 'Internal server error');
      return true;
    }
    const permissions = form.getAll('Permission');
    if (permissions.length === 0) {
      reply.fail(400, 20001, 'Missing required parameter Permission in the post body');
      return true;
    }
    const unknown = permissions.find((p) => !PERMISSION_VALUES.includes(p));
    if (unknown) {
      reply.fail(400, 20001, `Invalid permission: ${unknown}`);
      return true;
    }
    role.permissions = [...new Set(permissions)]; // the whole list, replaced
    role.dateUpdated = new Date();
    reply.send(200, json(origin, role));
    return true;
  }

  return {
    answer,
    /** The roles as they are now, by friendly name and type ("service user", "guest", …). */
    roles: () => [...store.values()].map(({ sid, friendlyName, type, permissions }) => ({ sid, friendlyName, type, permissions: [...permissions] })),
    /** Grant `permission` to the role `sid` right after the next listing, as another admin might. */
    grantAfterListing: (/** @type {string} */ sid, /** @type {string} */ permission) => meanwhile.push({ sid, permission }),
    /** Answer an update of the role `sid` with `status`. */
    failUpdate: (/** @type {string} */ sid, /** @type {number} */ status) => updateFailures.set(sid, status),
  };
}

const CREATED = new Date('2024-01-01T00:00:00Z');
