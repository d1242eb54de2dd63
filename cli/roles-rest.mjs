// How `setup` reads and changes a Conversations service's roles, over the client and the
// failure words of rest.mjs: the account's default service, the role defaults of the service's
// Configuration, and its Role resources.
import { CommandError } from './errors.mjs';
import { failureInWords, openClient, reason, statusOf } from './rest.mjs';

/**
 * @typedef {import('./rest.mjs').Credentials} Credentials
 * @typedef {import('./twilio-roles.mjs').RoleDefault} RoleDefault
 * @typedef {{ sid: string, friendlyName: string, type: string, permissions: string[] }} RoleRecord
 * @typedef {object} RolesApi
 * @property {() => Promise<string | null>} defaultServiceSid the account's default Conversations service (Flex's, in a Flex account)
 * @property {(serviceSid: string) => Promise<Record<RoleDefault, string | null>>} roleDefaults the roles the service's Configuration names
 * @property {(serviceSid: string) => Promise<RoleRecord[]>} roles every role of the service
 * @property {(serviceSid: string, roleSid: string) => Promise<RoleRecord>} role one role, as it is now
 * @property {(serviceSid: string, roleSid: string, permissions: string[]) => Promise<RoleRecord>} setPermissions
 *   replaces the role's whole list with `permissions`
 */

/**
 * @param {{ credentials: Credentials, baseUrl?: string }} options
 * @returns {Promise<RolesApi>}
 */
export async function openRolesApi({ credentials, baseUrl }) {
  const { client, where } = await openClient({ credentials, baseUrl, command: 'setup' });
  const conversations = client.conversations.v1;

  /**
   * @template T
   * @param {() => Promise<T>} request
   * @param {{ serviceSid?: string, doing: string }} context
   */
  const asking = async (request, context) => {
    try {
      return await request();
    } catch (error) {
      throw failureInWords(error, { ...context, where });
    }
  };

  return {
    defaultServiceSid: () =>
      asking(async () => (await conversations.configuration().fetch()).defaultChatServiceSid ?? null, {
        doing: "reading the account's Conversations configuration",
      }),

    roleDefaults: (serviceSid) =>
      asking(
        async () => {
          const c = await conversations.services(serviceSid).configuration().fetch();
          return { service: c.defaultChatServiceRoleSid ?? null, conversation: c.defaultConversationRoleSid ?? null, creator: c.defaultConversationCreatorRoleSid ?? null };
        },
        { serviceSid, doing: `reading the configuration of ${serviceSid}` },
      ),

    roles: (serviceSid) =>
      asking(
        async () => {
          const roles = [];
          for (let page = await conversations.services(serviceSid).roles.page({ pageSize: 50 }); ; ) {
            roles.push(...page.instances.map(record));
            const next = page.nextPage();
            if (!next) return roles;
            page = await next;
          }
        },
        { serviceSid, doing: `reading the roles of ${serviceSid}` },
      ),

    role: (serviceSid, roleSid) => change(() => conversations.services(serviceSid).roles(roleSid).fetch(), roleSid, 'reading', where),

    setPermissions: (serviceSid, roleSid, permissions) =>
      change(() => conversations.services(serviceSid).roles(roleSid).update({ permission: permissions }), roleSid, 'updating', where),
  };
}

/**
 * One role's request while granting: its failure concerns that role, so it names it, and the
 * run goes on with the others.
 * @param {() => Promise<import('twilio/lib/rest/conversations/v1/service/role').RoleInstance>} request
 * @param {string} roleSid
 * @param {string} doing
 * @param {string} where
 */
async function change(request, roleSid, doing, where) {
  try {
    return record(await request());
  } catch (error) {
    if (statusOf(error) === 404) throw new CommandError(`role ${roleSid} is gone (deleted meanwhile?): run the command again`);
    throw new CommandError(`${doing} role ${roleSid} failed: ${reason(error, where)}`);
  }
}

/** @param {{ sid: string, friendlyName: string, type: string, permissions?: string[] | null }} role */
const record = (role) => ({ sid: role.sid, friendlyName: role.friendlyName, type: role.type, permissions: [...(role.permissions ?? [])] });
