// Twilio's Conversations roles as documented, as plain data: the permission values a role may
// hold, and the roles Flex gives its Conversations service. The fake REST server and the SDK
// doubles seed themselves from here, so they refuse what Twilio would and start where Flex does.
//
// Sources:
// - Role resource: https://www.twilio.com/docs/conversations/api/role-resource (types `service`
//   and `conversation`; an update's repeated `Permission` replaces the whole list).
// - Flex roles: https://www.twilio.com/docs/flex/admin-guide/setup/conversations/conversations-roles
// The permission values are those of the Role resource's "Permission values" table as the
// Terraform provider RJPearson94/terraform-provider-twilio validates them (the table itself could
// not be read here): names confirmed, which scope accepts which is not, so none is enforced.

/** Every permission value a Conversations role may hold, service or conversation. */
export const PERMISSION_VALUES = Object.freeze([
  // Service roles
  'createConversation',
  'joinConversation',
  'editOwnUserInfo',
  'editAnyUserInfo',
  // Conversation roles (service roles hold some of these too, for every conversation)
  'sendMessage',
  'sendMediaMessage',
  'leaveConversation',
  'editNotificationLevel',
  'editOwnMessage',
  'editOwnMessageAttributes',
  'deleteOwnMessage',
  'editAnyMessage',
  'editAnyMessageAttributes',
  'deleteAnyMessage',
  'addParticipant',
  'addNonChatParticipant',
  'removeParticipant',
  'editConversationName',
  'editConversationAttributes',
  'editOwnParticipantAttributes',
  'editAnyParticipantAttributes',
  'deleteConversation',
]);

/**
 * @typedef {'service' | 'conversation' | 'creator'} RoleDefault which default of the service's
 *   Configuration names the role: `default_chat_service_role_sid` (every new user),
 *   `default_conversation_role_sid` (a participant added to a conversation),
 *   `default_conversation_creator_role_sid` (the creator, in the conversation it creates)
 * @typedef {object} DocumentedRole
 * @property {string} friendlyName
 * @property {'service' | 'conversation'} type
 * @property {readonly string[]} permissions
 * @property {readonly RoleDefault[]} [defaultFor] the Configuration defaults that name it
 */

/** The Flex page gives the conversation roles admin and supervisor the same list. */
const ELEVATED_IN_CONVERSATION = Object.freeze([
  'editConversationAttributes',
  'sendMessage',
  'sendMediaMessage',
  'leaveConversation',
  'editOwnMessage',
  'editOwnMessageAttributes',
  'deleteOwnMessage',
  'editAnyMessage',
  'editAnyMessageAttributes',
  'deleteAnyMessage',
]);

/**
 * The roles of a Flex account's Conversations service as Flex creates it. The Flex page lists
 * admin, supervisor, guest [DEFAULT] and agent. Assumed, not on that page: agents' own service
 * role is the service's "service user" default with no createConversation (the Flex page gives
 * createConversation to no role at all), and a chat's creator gets "agent". Two versions of the
 * page differ on guest: one adds leaveConversation; this is the one without.
 * @type {readonly DocumentedRole[]}
 */
export const FLEX_DEFAULT_ROLES = Object.freeze([
  { friendlyName: 'service user', type: 'service', permissions: ['joinConversation', 'editOwnUserInfo'], defaultFor: ['service'] },
  {
    friendlyName: 'admin',
    type: 'service',
    permissions: ['joinConversation', 'deleteConversation', 'addParticipant', 'removeParticipant', 'editConversationAttributes', 'editOwnUserInfo', 'editAnyUserInfo'],
  },
  { friendlyName: 'supervisor', type: 'service', permissions: ['joinConversation', 'addParticipant', 'removeParticipant', 'editOwnUserInfo'] },
  { friendlyName: 'guest', type: 'conversation', permissions: ['sendMessage', 'sendMediaMessage'], defaultFor: ['conversation'] },
  {
    friendlyName: 'agent',
    type: 'conversation',
    permissions: ['editConversationAttributes', 'sendMessage', 'sendMediaMessage', 'leaveConversation', 'editOwnMessage', 'editOwnMessageAttributes', 'deleteOwnMessage'],
    defaultFor: ['creator'],
  },
  { friendlyName: 'admin', type: 'conversation', permissions: ELEVATED_IN_CONVERSATION },
  { friendlyName: 'supervisor', type: 'conversation', permissions: ELEVATED_IN_CONVERSATION },
]);
