/**
 * The insights query expressions the directory sends, within what Twilio documents for the
 * Live Query Language (https://www.twilio.com/docs/sync/live-query): string values only, fewer
 * than 30 operators (error 54509).
 *
 * Assumed, not verified:
 * - A result holds at most ~200 items (TWILIO-FACTS; not in the docs or twilio-sync's types),
 *   for `IN [..]` look-ups and live queries too: long identity lists go in chunks.
 * - An `IN [..]` list counts as one operator however long (the docs name `in` one operator).
 * - Whether CONTAINS ignores case: a search also asks for the text in lower case and in
 *   Title Case, so a case-sensitive CONTAINS still finds "Ann Lee" from "ann lee" or "ANN".
 * - Result order: none is documented, so nothing here relies on one.
 */
import { CONTACT_PREFIX } from './worker-agent.js';

/**
 * Identities per look-up or live query: half the ~200 cap, so a chunk is never cut even if
 * some identities have two workers or the cap is a little lower, and one `IN` operator.
 */
export const CONTACTS_PER_QUERY = 100;

const SEARCHED_FIELDS = ['data.attributes.full_name', 'data.friendly_name', 'data.attributes.email', 'data.attributes.contact_uri'];

/** A string literal for an insights expression: user text can never end the quotes early. */
export function quoteLiteral(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** What a search looks for: the typed text, trimmed, spaces collapsed. */
export const searchWords = (text: string) => text.trim().replace(/\s+/g, ' ');

/**
 * Workers whose name, email or identity contain `words`, in three spellings (4 fields × 3 = 12
 * CONTAINS and 11 OR: 23 operators). No words: every worker (the result is capped).
 */
export function searchExpression(words: string): string {
  if (!words) return 'data.worker_sid != ""';
  const spellings = [...new Set([words, words.toLowerCase(), titleCase(words)])];
  return SEARCHED_FIELDS.flatMap((path) => spellings.map((spelling) => `${path} CONTAINS ${quoteLiteral(spelling)}`)).join(' OR ');
}

/** "o'connor-smith ann" → "O'Connor-Smith Ann". */
const titleCase = (words: string) =>
  words.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

/** The workers of team `name`, by either attribute a team is kept in (worker-agent.ts says which). */
export const teamExpression = (name: string) =>
  ['team_name', 'teamName'].map((attribute) => `data.attributes.${attribute} == ${quoteLiteral(name)}`).join(' OR ');

/** One `contact_uri IN [..]` expression per chunk of distinct identities. */
export function contactExpressions(identities: readonly string[], perQuery = CONTACTS_PER_QUERY): string[] {
  const distinct = [...new Set(identities)];
  const expressions: string[] = [];
  for (let start = 0; start < distinct.length; start += perQuery) {
    const uris = distinct.slice(start, start + perQuery).map((identity) => quoteLiteral(CONTACT_PREFIX + identity));
    expressions.push(`data.attributes.contact_uri IN [${uris.join(', ')}]`);
  }
  return expressions;
}
