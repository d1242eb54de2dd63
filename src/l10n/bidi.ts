/**
 * Bidi isolation for values put into words: a Latin name, a file name or an error's detail inside
 * an Arabic sentence (or a duration beside an activity) keeps its own direction and does not pull
 * the punctuation around it out of place. First-strong isolates (U+2068 … U+2069) are invisible.
 */
export function isolate(value: string): string {
  return `\u2068${value}\u2069`;
}
