/**
 * Mentions in a message's text: `@Name`, for the display name of someone the message mentions,
 * not inside a word and not running on into one ("@Ana" is not in "@Anabel" nor in "me@Ana").
 * The composer reads them to say whom a message mentions; the thread marks them.
 */
export type MentionPart = string | { readonly mention: string };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` cut into plain runs and `@Name` mentions of `names` (the longest name first, case aside). */
export function mentionParts(text: string, names: readonly string[]): MentionPart[] {
  const wanted = [...new Set(names.map((name) => name.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!wanted.length || !text.includes('@')) return [text];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_@])@(?:${wanted.map(escape).join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
  const parts: MentionPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ mention: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/**
 * Which of `people` `text` mentions, each once: read in one pass, longest name first, so that
 * "@Bob Smith" mentions Bob Smith and not also a "Bob".
 */
export function mentionedIn<T extends { readonly displayName: string }>(text: string, people: readonly T[]): T[] {
  const byName = new Map(people.map((person) => [person.displayName.trim().toLocaleLowerCase(), person]));
  const named = mentionParts(text, people.map((person) => person.displayName)).flatMap((part) =>
    typeof part === 'string' ? [] : (byName.get(part.mention.slice(1).toLocaleLowerCase()) ?? []),
  );
  return [...new Set(named)];
}
