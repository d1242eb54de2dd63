/**
 * A detail put inside a sentence, in parentheses: without its own closing full stop, so the
 * sentence around it ends once ("…(the limit is 32768 bytes)." rather than "…bytes.).").
 * Libraries' messages are whole sentences; other marks (…, ?, !) say something and stay.
 */
export function withoutFullStop(detail: string): string {
  return detail.replace(/(?<!\.)\.\s*$/, '').trimEnd();
}
