/**
 * The double's Conversations roles: what each identity may do, service-wide and in each
 * conversation, seeded from the roles Twilio documents for a Flex service
 * (cli/twilio-roles.mjs) so the double refuses what an un-set-up Flex would. Every user holds
 * the service's default service role; a conversation's creator holds the default creator role
 * in it, and a participant added with `add()` the default conversation role. A permission held
 * by either the service role or the conversation role allows the call. Roles are changed in
 * place, as a REST role update does: participants who hold a role gain what it is granted.
 */
import { FLEX_DEFAULT_ROLES } from '../../cli/twilio-roles.mjs';
import { CHAT_NEEDS } from '../../cli/chat-permissions.mjs';

/** Which of the service Configuration's defaults names a role. */
export type RoleDefault = 'service' | 'conversation' | 'creator';

export interface DoubleRole {
  readonly friendlyName: string;
  readonly type: 'service' | 'conversation';
  readonly permissions: Set<string>;
}

export class ServiceRoles {
  readonly #defaults: Record<RoleDefault, DoubleRole>;

  private constructor(defaults: Record<RoleDefault, DoubleRole>) {
    this.#defaults = defaults;
  }

  /** Flex's roles as Flex creates them, before an admin runs `npx internal-agent-chat setup --yes`. */
  static flexDefaults(): ServiceRoles {
    const byDefault = (which: RoleDefault): DoubleRole => {
      const role = FLEX_DEFAULT_ROLES.find((candidate) => candidate.defaultFor?.includes(which));
      if (!role) throw new Error(`No documented Flex role is the ${which} default`);
      return { friendlyName: role.friendlyName, type: role.type, permissions: new Set(role.permissions) };
    };
    const [service, conversation, creator] = (['service', 'conversation', 'creator'] as const).map(byDefault);
    return new ServiceRoles({ service: service!, conversation: conversation!, creator: creator! });
  }

  /** Flex's roles after `setup --yes`: each default granted what the chat needs of it. */
  static setUp(): ServiceRoles {
    const roles = ServiceRoles.flexDefaults();
    for (const need of CHAT_NEEDS) for (const which of need.on) roles.grant(which, [need.permission]);
    return roles;
  }

  /** Adds permissions to the role a default names (what `setup --yes` or an admin in the Console does). */
  grant(which: RoleDefault, permissions: readonly string[]): void {
    for (const permission of permissions) this.#defaults[which].permissions.add(permission);
  }

  /** Takes permissions away from the role a default names. */
  revoke(which: RoleDefault, permissions: readonly string[]): void {
    for (const permission of permissions) this.#defaults[which].permissions.delete(permission);
  }

  /** The role a default names, as it is now. */
  role(which: RoleDefault): DoubleRole {
    return this.#defaults[which];
  }

  /** Whether someone holding the service role and, in the conversation, `conversationRole` may do `permission`. */
  allows(permission: string, conversationRole?: DoubleRole): boolean {
    return this.#defaults.service.permissions.has(permission) || (conversationRole?.permissions.has(permission) ?? false);
  }
}
