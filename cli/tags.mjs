// What makes a conversation one of ours, read from REST, where attributes arrive as a JSON string.
// The same rule as isChatAttributes() in src/services/conversations/direct-chat.ts (the widget's);
// tags.test.mjs fails if the two tag names drift apart.

/** The attribute key that tags a conversation as this widget's: `{ internalAgentChat: {...} }`. */
export const CHAT_TAG = 'internalAgentChat';
/** The original plugin's tag: `{ internalChat: 'internalChat' }`. */
export const LEGACY_TAG = 'internalChat';
/** A group chat's unique name starts so; its friendly name is the group's name. */
export const GROUP_NAME_PREFIX = 'iac:group:';

/**
 * How the clean-up names a chat: a group by its name (`group “Escalations”`), any other by its
 * unique name, else its friendly name.
 * @param {{ uniqueName?: string | null, friendlyName?: string | null }} conversation
 * @returns {string}
 */
export function chatName({ uniqueName, friendlyName }) {
  if (uniqueName?.startsWith(GROUP_NAME_PREFIX)) return `group “${friendlyName ?? ''}”`;
  return uniqueName || friendlyName || '';
}

/**
 * Conversation attributes as an object, or null when they are missing, malformed or not an object.
 * @param {unknown} raw a JSON string as REST sends it (or an object already parsed)
 * @returns {Record<string, unknown> | null}
 */
export function parseAttributes(raw) {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? /** @type {Record<string, unknown>} */ (value)
    : null;
}

/**
 * Whether attributes tag a conversation as a chat of ours (or of the original plugin).
 * Anything malformed is not ours: the clean-up must never touch a conversation it is unsure of.
 * @param {unknown} raw
 * @returns {boolean}
 */
export function isChatAttributes(raw) {
  const attributes = parseAttributes(raw);
  if (!attributes) return false;
  const tag = attributes[CHAT_TAG];
  return (typeof tag === 'object' && tag !== null && !Array.isArray(tag)) || attributes[LEGACY_TAG] === LEGACY_TAG;
}

/**
 * A valid Date, or null. The helper library hands back the raw string when a date does not parse.
 * @param {unknown} value
 * @returns {Date | null}
 */
export function toDate(value) {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

/**
 * A chat's last activity: the latest of its last message, its last update and its creation.
 * Taking the latest (rather than the first known) only ever makes a chat look more recent, so an
 * update after the last message keeps the chat rather than getting it deleted.
 * @param {{ lastMessageAt?: unknown, dateUpdated?: unknown, dateCreated?: unknown }} dates
 * @returns {Date | null}
 */
export function lastActivity({ lastMessageAt, dateUpdated, dateCreated }) {
  const known = [lastMessageAt, dateUpdated, dateCreated].map(toDate).filter((d) => d !== null);
  return known.length ? new Date(Math.max(...known.map((d) => d.getTime()))) : null;
}
