/**
 * An agent from one `tr-worker` item. Items reach the directory as `object`s of any shape (from
 * the network in Flex): every field is checked here, and a malformed item never throws.
 *
 * Fields, from TWILIO-FACTS (Flex's item shape is not in twilio-sync's types, so not verified
 * by the type-check): worker_sid, friendly_name, activity_name, date_activity_changed (ISO 8601),
 * attributes.full_name, .email, .image_url, .contact_uri ('client:<identity>'), and the team:
 * .team_name, the agent data Flex Insights documents, else .teamName, which Flex 2.17.1's own
 * Teams view reads and sorts by (its bundle: `worker.attributes.teamName`). Activity names are
 * the workspace's own.
 */
import { UNKNOWN_ACTIVITY, type Agent } from './ports.js';

export const CONTACT_PREFIX = 'client:';

/** The agent, or undefined when the item has no `client:` identity to chat with. */
export function agentFromWorker(item: unknown): Agent | undefined {
  const worker = fields(item);
  const attributes = fields(worker?.attributes);
  const uri = attributes?.contact_uri;
  if (!worker || typeof uri !== 'string' || !uri.startsWith(CONTACT_PREFIX) || uri === CONTACT_PREFIX) return undefined;
  const identity = uri.slice(CONTACT_PREFIX.length);
  const email = filled(attributes!.email);
  const imageUrl = filled(attributes!.image_url);
  const team = filled(attributes!.team_name) ?? filled(attributes!.teamName);
  const activitySince = dateOf(worker.date_activity_changed);
  return {
    identity,
    displayName: filled(attributes!.full_name) ?? filled(worker.friendly_name) ?? identity,
    ...(email && { email }),
    ...(imageUrl && { imageUrl }),
    activity: filled(worker.activity_name) ?? UNKNOWN_ACTIVITY,
    ...(activitySince && { activitySince }),
    ...(team && { team }),
  };
}

const fields = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** A string with something in it besides spaces. */
const filled = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);

function dateOf(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
