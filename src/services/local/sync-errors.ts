/**
 * Errors in twilio-sync's shape (`SyncError`: `message`, `status`, `code`; twilio-sync 2.0.1
 * lib/utils/syncerror.d.ts), for the embedded insights client.
 */
export class SyncLikeError extends Error {
  override name = 'SyncError';

  constructor(
    message: string,
    readonly status: number,
    readonly code: number,
  ) {
    super(message);
  }
}

/** Twilio error 54509, documented: "The query expression must contain less than 30 operators." */
export const TOO_MANY_OPERATORS_CODE = 54509;

/** The HTTP status is assumed (a refused request); the code and the words are Twilio's. */
export const tooManyOperators = () => new SyncLikeError('Query expression contains too many operators', 400, TOO_MANY_OPERATORS_CODE);
