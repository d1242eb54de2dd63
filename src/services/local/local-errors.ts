/**
 * The Twilio errors the embedded backend reproduces. Codes marked "inferred" have not been
 * confirmed against the live service; callers should not branch on them alone.
 */
import { TwilioLikeError } from './twilio-like-error.js';

export const CONVERSATION_NOT_FOUND_CODE = 50350;
export const UNIQUE_NAME_EXISTS_CODE = 50353;
/** Inferred for Conversations (TWILIO-FACTS.md). */
export const NOT_AUTHORIZED_CODE = 50107;
/** Inferred: the real service refuses a 1001st conversation; this exact code is unconfirmed. */
export const PARTICIPANT_CONVERSATIONS_LIMIT_CODE = 50430;
/** Inferred: adding someone who is already a participant. */
export const PARTICIPANT_EXISTS_CODE = 50433;
/** Twilio's generic "resource not found". */
export const RESOURCE_NOT_FOUND_CODE = 20404;

export const conversationNotFound = () =>
  new TwilioLikeError(CONVERSATION_NOT_FOUND_CODE, 404, 'Not Found', 'Conversation not found');

export const uniqueNameExists = () =>
  new TwilioLikeError(UNIQUE_NAME_EXISTS_CODE, 409, 'Conflict', 'Conversation with provided unique name already exists');

export const notAuthorized = () =>
  new TwilioLikeError(NOT_AUTHORIZED_CODE, 403, 'Forbidden', 'User not authorized to perform the requested operation');

export const conversationsLimitReached = (identity: string, limit: number) =>
  new TwilioLikeError(
    PARTICIPANT_CONVERSATIONS_LIMIT_CODE,
    400,
    'Bad Request',
    `Identity "${identity}" already takes part in the maximum of ${limit} conversations`,
  );

export const participantExists = () =>
  new TwilioLikeError(PARTICIPANT_EXISTS_CODE, 409, 'Conflict', 'Participant already exists');

export const messageNotFound = () =>
  new TwilioLikeError(RESOURCE_NOT_FOUND_CODE, 404, 'Not Found', 'Message not found');

/** What the SDK rejects pending calls with when its socket drops. */
export const disconnected = () => new Error('disconnected');
