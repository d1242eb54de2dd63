/**
 * Failures in the shapes the real client produces.
 *
 * A REST failure is an Error whose `.reply = { status: { code, status }, body: { code, message } }`
 * (TWILIO-FACTS.md; body.code is inferred). Twilsock's own TwilsockUpstreamError also carries
 * `.status` (the HTTP code) and `.body` (the service's JSON, with the Twilio code), and the SDK
 * itself reads `error.body.code` (CommandExecutor.fetchResource); so the double sets both and,
 * like the real client, no top-level `.code`: callers must read the code where Twilio puts it.
 */
export interface ServiceErrorBody {
  code: number;
  message: string;
  status: number;
}

export class ServiceError extends Error {
  readonly reply: { status: { code: number; status: string }; body: ServiceErrorBody };
  readonly status: number;
  readonly body: ServiceErrorBody;

  constructor(code: number, httpStatus: number, statusText: string, message: string) {
    super(message);
    this.name = 'TwilsockUpstreamError';
    this.status = httpStatus;
    this.body = { code, message, status: httpStatus };
    this.reply = { status: { code: httpStatus, status: statusText }, body: this.body };
  }
}

export const CONVERSATION_NOT_FOUND = 50350;
export const UNIQUE_NAME_EXISTS = 50353;
/** Inferred for Conversations. */
export const NOT_AUTHORIZED = 50107;
/** Inferred: the 1001st conversation of one identity. */
export const CONVERSATIONS_LIMIT = 50430;
/** Inferred: adding someone who already takes part. */
export const PARTICIPANT_EXISTS = 50433;

export const conversationNotFound = () => new ServiceError(CONVERSATION_NOT_FOUND, 404, 'Not Found', 'Conversation not found');
export const uniqueNameExists = () =>
  new ServiceError(UNIQUE_NAME_EXISTS, 409, 'Conflict', 'Conversation with provided unique name already exists');
export const notAuthorized = () =>
  new ServiceError(NOT_AUTHORIZED, 403, 'Forbidden', 'User not authorized to perform the requested operation');
export const participantExists = () => new ServiceError(PARTICIPANT_EXISTS, 409, 'Conflict', 'Participant already exists');
export const conversationsLimit = (identity: string, limit: number) =>
  new ServiceError(CONVERSATIONS_LIMIT, 400, 'Bad Request', `Identity ${identity} is already in ${limit} conversations`);

/** What twilsock rejects every pending call with when its socket drops. */
export const disconnected = () => Object.assign(new Error('disconnected'), { name: 'TwilsockError' });

/** A failed start, as `initFailed` reports it and as `throwErrorsAlways` rejects calls with. */
export interface ConnectionError {
  terminal: boolean;
  message: string;
}

/** What a call dies with after a failed start without `throwErrorsAlways` (the SDK reads an undefined service). */
export const uninitialized = (what: string) => new TypeError(`Cannot read properties of undefined (reading '${what}')`);
