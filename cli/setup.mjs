// `internal-agent-chat setup`: read the roles a Conversations service gives agents, say which
// permission the chat needs is present or missing on each, and grant only what is missing when
// asked. A role update replaces the whole list, so each one sends the role's permissions as they
// are at that moment plus the missing ones: nothing the role had is ever dropped.
import { ROLE_DEFAULTS, needsOf } from './chat-permissions.mjs';
import { EXIT } from './errors.mjs';
import { plural, printable } from './output.mjs';

/**
 * @typedef {import('./roles-rest.mjs').RolesApi} RolesApi
 * @typedef {import('./roles-rest.mjs').RoleRecord} RoleRecord
 * @typedef {import('./chat-permissions.mjs').RoleDefault} RoleDefault
 * @typedef {import('./chat-permissions.mjs').Need} Need
 * @typedef {import('./output.mjs').Output} Output
 * @typedef {{ role: RoleRecord, defaults: RoleDefault[], needs: Need[], missing: string[] }} RoleCheck
 */

/**
 * @param {object} options
 * @param {RolesApi} options.api
 * @param {string} options.serviceSid
 * @param {boolean} options.apply grant what is missing (`--yes`); otherwise only say it
 * @param {Output} options.out
 * @returns {Promise<number>} the exit code
 */
export async function setup({ api, serviceSid, apply, out }) {
  const defaults = await api.roleDefaults(serviceSid);
  const roles = new Map((await api.roles(serviceSid)).map((role) => [role.sid, role]));
  const { checks, problems } = checkRoles(defaults, roles);

  out.line(`What Internal Agent Chat needs from the roles of ${serviceSid}:`);
  const width = Math.max(...checks.flatMap((c) => c.needs.map((n) => n.permission.length)));
  for (const { role, defaults: named, needs, missing } of checks) {
    out.line('');
    out.line(`${name(role)}: ${named.map((d) => `${ROLE_DEFAULTS[d].who} (${ROLE_DEFAULTS[d].field})`).join('; ')}`);
    for (const need of needs) {
      out.line(`  ${missing.includes(need.permission) ? 'MISSING' : 'present'}  ${need.permission.padEnd(width)}  ${need.for}`);
    }
  }
  out.line('');
  for (const problem of problems) out.problem(problem);

  const lacking = checks.filter((c) => c.missing.length > 0);
  const total = lacking.reduce((sum, c) => sum + c.missing.length, 0);
  const checked = problems.length ? EXIT.failed : EXIT.ok;
  if (total === 0) {
    out.line(problems.length ? 'Nothing missing on the roles that could be checked.' : 'Nothing missing: these roles allow everything the chat does.');
    return checked;
  }
  if (!apply) {
    out.line(
      `${plural(total, 'permission')} missing on ${plural(lacking.length, 'role')}. Dry run: nothing changed. ` +
        'Run again with --yes to grant them; every permission the roles have now is kept.',
    );
    return problems.length ? EXIT.failed : EXIT.missing;
  }

  // Grant, one role at a time, from the role as it is now (someone may have changed it since).
  let granted = 0;
  let updated = 0;
  let failed = 0;
  for (const { role, needs } of lacking) {
    try {
      const now = await api.role(serviceSid, role.sid);
      const toGrant = needs.map((n) => n.permission).filter((p) => !now.permissions.includes(p));
      if (toGrant.length === 0) {
        out.line(`${name(now)} has them all already (granted meanwhile).`);
        continue;
      }
      const after = await api.setPermissions(serviceSid, role.sid, [...now.permissions, ...toGrant]);
      const dropped = now.permissions.filter((p) => !after.permissions.includes(p));
      const refused = toGrant.filter((p) => !after.permissions.includes(p));
      if (dropped.length || refused.length) {
        throw new Error(`Twilio answered the update without ${[...refused, ...dropped].join(', ')}: check the role in the Twilio Console`);
      }
      out.line(`Granted ${toGrant.join(', ')} to ${name(after)}.`);
      granted += toGrant.length;
      updated++;
    } catch (error) {
      failed++;
      out.problem(`Could not grant what ${name(role)} lacks: ${error instanceof Error ? error.message : String(error)}.`);
    }
  }
  const failures = failed ? ` ${plural(failed, 'role')} could not be updated (see above): run the command again to retry.` : '';
  out.line(`Granted ${plural(granted, 'permission')} on ${plural(updated, 'role')}; every permission they had is kept.${failures}`);
  return failed ? EXIT.failed : checked;
}

/**
 * One check per role: a role may be named by more than one default, and is then checked once
 * for what each of them needs.
 * @param {Record<RoleDefault, string | null>} defaults
 * @param {Map<string, RoleRecord>} roles
 * @returns {{ checks: RoleCheck[], problems: string[] }}
 */
function checkRoles(defaults, roles) {
  /** @type {Map<string, RoleCheck>} */
  const checks = new Map();
  /** @type {string[]} */
  const problems = [];
  for (const roleDefault of /** @type {RoleDefault[]} */ (Object.keys(ROLE_DEFAULTS))) {
    const { field, who, type } = ROLE_DEFAULTS[roleDefault];
    const sid = defaults[roleDefault];
    const role = sid ? roles.get(sid) : undefined;
    const unusable = !sid
      ? `The service's configuration leaves ${field} (${who}) empty`
      : !role
        ? `The service's configuration names ${sid} as ${who} (${field}), but the service has no such role`
        : role.type !== type
          ? `${name(role)} is a ${role.type} role, but the service's configuration names it as ${who} (${field})`
          : null;
    if (unusable || !role) {
      problems.push(`${unusable}. Set ${field} to one of the service's ${type} roles (Service Configuration resource), then run the command again.`);
      continue;
    }
    const check = checks.get(role.sid) ?? { role, defaults: [], needs: [], missing: [] };
    check.defaults.push(roleDefault);
    for (const need of needsOf(roleDefault)) if (!check.needs.includes(need)) check.needs.push(need);
    check.missing = check.needs.map((n) => n.permission).filter((p) => !role.permissions.includes(p));
    checks.set(role.sid, check);
  }
  return { checks: [...checks.values()], problems };
}

/** "guest (RL…)": a role's name is whatever an admin typed, so it is printed safely. @param {RoleRecord} role */
const name = (role) => `${printable(role.friendlyName) || 'a role without a name'} (${role.sid})`;
