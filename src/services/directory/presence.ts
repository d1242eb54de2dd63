/**
 * A colour family for an activity name. Workspaces name their activities freely, so this reads
 * common words and gives anything else a neutral tone rather than guessing.
 */
export type PresenceTone = 'available' | 'busy' | 'away' | 'offline' | 'other';

const TONES: ReadonlyArray<[RegExp, PresenceTone]> = [
  [/\b(available|online|ready|idle)\b/i, 'available'],
  [/\b(offline|logged ?out|unavailable)\b/i, 'offline'],
  [/\b(break|lunch|away|brb|coffee|meal)\b/i, 'away'],
  [/\b(busy|call|meeting|training|wrap|dnd|do not disturb|task)\b/i, 'busy'],
];

export function presenceTone(activity: string): PresenceTone {
  return TONES.find(([pattern]) => pattern.test(activity))?.[1] ?? 'other';
}
