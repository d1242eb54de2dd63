// What Internal Agent Chat needs from a Conversations service's roles, as plain data: which
// call of the Conversations port needs which permission, and which of the service's default
// roles must hold each permission the product uses. `setup` checks and grants from here; the
// SDK doubles can refuse from here. Permission names: twilio-roles.mjs (and its sources).

/**
 * @typedef {import('./twilio-roles.mjs').RoleDefault} RoleDefault
 * @typedef {{ field: string, type: 'service' | 'conversation', who: string }} RoleDefaultInfo
 * @typedef {{ permission: string, on: readonly RoleDefault[], for: string }} Need
 */

/** The three role defaults of a service's Configuration, with its REST field and in words. */
export const ROLE_DEFAULTS = Object.freeze(
  /** @type {Record<RoleDefault, RoleDefaultInfo>} */ ({
    service: { field: 'default_chat_service_role_sid', type: 'service', who: 'the service role agents get' },
    conversation: { field: 'default_conversation_role_sid', type: 'conversation', who: 'the conversation role of an agent added to a chat' },
    creator: { field: 'default_conversation_creator_role_sid', type: 'conversation', who: "the conversation role of a chat's creator" },
  }),
);

/**
 * Every call of the Conversations port (src/services/conversations/ports.ts) and the role
 * permission Twilio checks for it; null: none beyond taking part in the conversation (reading
 * messages and participants, typing, read state, media URLs, user look-ups). A message's
 * permission is checked when it is sent; `addMedia` is what makes it a media message.
 * `updateUniqueName` → editConversationName is inferred: Twilio documents no permission for the
 * unique name, and editConversationName is the one for a conversation's names.
 */
export const PERMISSION_OF_CALL = Object.freeze(
  /** @type {Record<string, string | null>} */ ({
    'Client.createConversation': 'createConversation',
    'Client.getUser': null,
    'Client.getSubscribedConversations': null,
    'Client.getConversationBySid': null,
    'Client.getConversationByUniqueName': null,
    'Client.updateToken': null,
    'Client.shutdown': null,
    'Conversation.add': 'addParticipant',
    'Conversation.join': 'joinConversation',
    'Conversation.leave': 'leaveConversation',
    'Conversation.delete': 'deleteConversation',
    'Conversation.updateAttributes': 'editConversationAttributes',
    'Conversation.updateUniqueName': 'editConversationName',
    'Conversation.updateFriendlyName': 'editConversationName',
    'Conversation.sendMessage': 'sendMessage',
    'Conversation.prepareMessage': null,
    'Conversation.getParticipants': null,
    'Conversation.getMessages': null,
    'Conversation.typing': null,
    'Conversation.setAllMessagesRead': null,
    'Conversation.advanceLastReadMessageIndex': null,
    'Conversation.getUnreadMessagesCount': null,
    'Conversation.getMessagesCount': null,
    'MessageBuilder.setBody': null,
    'MessageBuilder.setAttributes': null,
    'MessageBuilder.addMedia': 'sendMediaMessage',
    'MessageBuilder.build': null,
    'UnsentMessage.send': 'sendMessage',
    'Message.updateBody': 'editOwnMessage',
    'Message.remove': 'deleteOwnMessage',
    'Media.getContentTemporaryUrl': null,
  }),
);

/** Both conversation roles: in a chat, the agent who created it and the agents added to it do the same things. */
const IN_A_CHAT = Object.freeze(/** @type {RoleDefault[]} */ (['conversation', 'creator']));

/**
 * The permissions the product uses, and the role defaults that must hold each. Not needed
 * today, though the port has them: joinConversation and deleteConversation (the clean-up
 * command deletes over REST with the account's credentials).
 * @type {readonly Need[]}
 */
export const CHAT_NEEDS = Object.freeze([
  { permission: 'createConversation', on: ['service'], for: "start a chat: an agent's first message creates its conversation" },
  { permission: 'sendMessage', on: IN_A_CHAT, for: 'send messages' },
  { permission: 'sendMediaMessage', on: IN_A_CHAT, for: 'send attachments' },
  { permission: 'editOwnMessage', on: IN_A_CHAT, for: "edit one's own messages" },
  { permission: 'deleteOwnMessage', on: IN_A_CHAT, for: "delete one's own messages" },
  { permission: 'leaveConversation', on: IN_A_CHAT, for: 'leave idle chats, and chats the other agent has left' },
  { permission: 'addParticipant', on: IN_A_CHAT, for: 'add the other agent to a new chat; add people to a group (any member may)' },
  { permission: 'editConversationName', on: IN_A_CHAT, for: "rename a group (any member may); free an idle chat's unique name before leaving it" },
  { permission: 'editConversationAttributes', on: IN_A_CHAT, for: 'tag a chat as ours again when another client overwrote its attributes' },
]);

/**
 * What the role named by `roleDefault` must hold.
 * @param {RoleDefault} roleDefault
 * @returns {Need[]}
 */
export const needsOf = (roleDefault) => CHAT_NEEDS.filter((need) => need.on.includes(roleDefault));
