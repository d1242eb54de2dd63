/**
 * Who is typing, with a timer each: a participant stays "typing" until `timeoutMs` passes
 * without another notice, or until stopped (they sent a message, left, or we went offline).
 */
export class TypingTimers<P> {
  private readonly timers = new Map<P, ReturnType<typeof setTimeout>>();

  /** Starts or restarts the timer; true when `who` was not typing before. */
  start(who: P, timeoutMs: number, onTimeout: (who: P) => void): boolean {
    const running = this.timers.get(who);
    if (running !== undefined) clearTimeout(running);
    this.timers.set(
      who,
      setTimeout(() => {
        this.timers.delete(who);
        onTimeout(who);
      }, timeoutMs),
    );
    return running === undefined;
  }

  /** True when `who` was typing. */
  stop(who: P): boolean {
    const running = this.timers.get(who);
    if (running === undefined) return false;
    clearTimeout(running);
    this.timers.delete(who);
    return true;
  }

  /** Stops the timers of those who match (everyone by default) and returns them. */
  stopAll(matches: (who: P) => boolean = () => true): P[] {
    const stopped = [...this.timers.keys()].filter(matches);
    for (const who of stopped) this.stop(who);
    return stopped;
  }
}
