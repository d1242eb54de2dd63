// A failure the person running the command can act on: its message says what happened and what
// to do next, and it carries the exit code.

export const EXIT = Object.freeze({
  /** Done (a clean-up dry run that found idle chats is a success too). */
  ok: 0,
  /** The run failed, or some chats could not be checked or deleted. */
  failed: 1,
  /** The command was called wrongly: unknown option, bad value, missing credentials or service. */
  usage: 2,
  /** `setup`'s dry run found permissions missing: nothing failed, but the service is not ready. */
  missing: 3,
});

export class CommandError extends Error {
  /**
   * @param {string} message words for the person, with a way forward
   * @param {number} [exitCode]
   */
  constructor(message, exitCode = EXIT.failed) {
    super(message);
    this.name = 'CommandError';
    this.exitCode = exitCode;
  }
}
