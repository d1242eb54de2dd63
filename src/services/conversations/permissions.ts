/**
 * Which Conversations role permission a refused call needed, so the words can name it. The
 * service refuses with 50107 and does not say which permission was missing; the store knows
 * what it was doing. A Flex service's default roles lack several of these until an admin runs
 * `npx internal-agent-chat setup --yes` (cli/chat-permissions.mjs lists what each role needs).
 */
import { ERROR_CODES, errorCode } from './describe-error.js';

/** The permissions the chat's calls need (names as Twilio's Role resource spells them). */
export type ChatPermission =
  | 'createConversation'
  | 'addParticipant'
  | 'sendMessage'
  | 'sendMediaMessage'
  | 'editOwnMessage'
  | 'deleteOwnMessage'
  | 'leaveConversation'
  | 'editConversationName';

/** A call the service refused for want of `permission`. */
export class PermissionRefused extends Error {
  constructor(
    readonly permission: ChatPermission,
    override readonly cause: unknown,
  ) {
    super(`Not allowed: the Conversations permission "${permission}" is missing`);
    this.name = 'PermissionRefused';
  }
}

/** `call`, with a refusal (50107) turned into a PermissionRefused naming `permission`. */
export async function needing<T>(permission: ChatPermission, call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    throw errorCode(error) === ERROR_CODES.notAuthorized ? new PermissionRefused(permission, error) : error;
  }
}
