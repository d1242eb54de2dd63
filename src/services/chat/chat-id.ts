/**
 * How a chat is named where the store keeps or looks one up. Today every chat is a direct chat,
 * named by the other agent's identity (its peer); issue 14 names a chat by its conversation
 * instead, so direct and group chats are alike. Maps keyed by chat and parameters that name one
 * use this name, so that change is to what a ChatId holds, not to every signature.
 */
export type ChatId = string;
