/**
 * What makes a conversation one of ours, and the one name a direct chat between two agents has.
 *
 * The original plugin named a pair `[a, b].sort().join('+')`, which is ambiguous when an identity
 * holds '+' ("a+b" & "c" vs "a" & "b+c"). Ours percent-encodes each identity, so the separator
 * cannot occur inside one, and falls back to a SHA-256 digest when two long identities would pass
 * the length limit. Both names are looked up, so chats made by the original plugin carry over.
 */
import type { JSONValue } from './ports.js';

/** The attribute key that tags a conversation as this widget's. */
export const CHAT_TAG = 'internalAgentChat';
/** The original plugin's tag: `{ internalChat: 'internalChat' }`. */
export const LEGACY_TAG = 'internalChat';
export const CHAT_FRIENDLY_NAME = 'internal-agent-chat';
/** Twilio's limit for a uniqueName. */
export const UNIQUE_NAME_MAX_LENGTH = 256;

const PREFIX = 'iac:dm:';
/** A group's uniqueName starts so: a group stays recognisable when its attributes are overwritten. */
export const GROUP_NAME_PREFIX = 'iac:group:';

export async function directChatName(a: string, b: string): Promise<string> {
  const [first, second] = [a, b].sort();
  const readable = `${PREFIX}${encodeURIComponent(first)}:${encodeURIComponent(second)}`;
  if (readable.length <= UNIQUE_NAME_MAX_LENGTH) return readable;
  const bytes = new TextEncoder().encode(JSON.stringify([first, second]));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return `${PREFIX}sha256:${Array.from(digest, (x) => x.toString(16).padStart(2, '0')).join('')}`;
}

export function legacyPairName(a: string, b: string): string {
  return [a, b].sort().join('+');
}

/** The attributes a new direct chat is created with. */
export function directChatAttributes(a: string, b: string): { readonly [key: string]: JSONValue } {
  return { [CHAT_TAG]: { kind: 'direct', agents: [a, b].sort() } };
}

/** Whether attributes (of any shape, possibly malformed) tag a conversation as a chat of ours. */
export function isChatAttributes(attributes: JSONValue | undefined): boolean {
  if (!attributes || typeof attributes !== 'object' || Array.isArray(attributes)) return false;
  const tag = attributes[CHAT_TAG];
  return (typeof tag === 'object' && tag !== null && !Array.isArray(tag)) || attributes[LEGACY_TAG] === LEGACY_TAG;
}

/** Whether attributes are a direct chat of ours between exactly `a` and `b` (as directChatAttributes writes them). */
export function isDirectChatBetween(attributes: JSONValue | undefined, a: string, b: string): boolean {
  if (!attributes || typeof attributes !== 'object' || Array.isArray(attributes)) return false;
  const tag = attributes[CHAT_TAG];
  if (!tag || typeof tag !== 'object' || Array.isArray(tag) || tag.kind !== 'direct' || !Array.isArray(tag.agents)) return false;
  const [first, second] = [a, b].sort();
  return tag.agents.length === 2 && tag.agents[0] === first && tag.agents[1] === second;
}

/** The attributes a new group is created with. */
export function groupChatAttributes(): { readonly [key: string]: JSONValue } {
  return { [CHAT_TAG]: { kind: 'group' } };
}

/**
 * Which kind of chat of ours a conversation claims to be, by its tag or, when its attributes
 * were overwritten by another client, by its name (a direct chat's pair name is checked against
 * its participants by the caller).
 */
export function claimedKind(conversation: { attributes?: JSONValue; uniqueName?: string | null }): 'direct' | 'group' | 'named' | undefined {
  const { attributes, uniqueName } = conversation;
  const tag = attributes && typeof attributes === 'object' && !Array.isArray(attributes) ? attributes[CHAT_TAG] : undefined;
  if (tag && typeof tag === 'object' && !Array.isArray(tag) && tag.kind === 'group') return 'group';
  if (typeof uniqueName === 'string' && uniqueName.startsWith(GROUP_NAME_PREFIX)) return 'group';
  if (isChatAttributes(attributes)) return 'direct';
  return typeof uniqueName === 'string' && uniqueName ? 'named' : undefined;
}

/** The pair a direct chat's tag names, when it names one. */
export function taggedPair(attributes: JSONValue | undefined): readonly string[] | undefined {
  if (!attributes || typeof attributes !== 'object' || Array.isArray(attributes)) return undefined;
  const tag = attributes[CHAT_TAG];
  if (!tag || typeof tag !== 'object' || Array.isArray(tag) || !Array.isArray(tag.agents)) return undefined;
  const agents = tag.agents.filter((a): a is string => typeof a === 'string');
  return agents.length === 2 ? agents : undefined;
}

/** Whether `name` is a direct chat's pair name for `a` and `b` (ours or the original plugin's). */
export async function isPairName(name: string | null | undefined, a: string, b: string): Promise<boolean> {
  return !!name && (name === legacyPairName(a, b) || name === (await directChatName(a, b)));
}

/** Twilio's limit on a conversation's attributes, in bytes of JSON. */
const ATTRIBUTES_MAX_BYTES = 16 * 1024;

/**
 * Attributes that tag a conversation as ours again after another client overwrote them: an
 * object keeps what it holds, with the tag beside it, while that fits Twilio's limit; anything
 * else (a number, an array, null, text) gives way to the tag.
 */
export function retagged(attributes: JSONValue | undefined, tag: { readonly [key: string]: JSONValue }): JSONValue {
  if (!attributes || typeof attributes !== 'object' || Array.isArray(attributes)) return tag;
  const merged = { ...attributes, ...tag };
  return new TextEncoder().encode(JSON.stringify(merged)).length <= ATTRIBUTES_MAX_BYTES ? merged : tag;
}
