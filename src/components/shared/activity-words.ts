/** An agent's activity as the person reads it, the same in every element. */
import { UNKNOWN_ACTIVITY, type Agent } from '../../services/directory/ports.js';
import { sinceDuration } from '../../l10n/format-time.js';
import type { LocaleController } from '../../l10n/locale-controller.js';

/** The workspace's name for the activity; the chat's own words when it is not known. */
export function activityName(agent: Agent, l10n: LocaleController): string {
  return agent.activity === UNKNOWN_ACTIVITY ? l10n.words.activityUnknown : agent.activity;
}

/** The activity, and for how long when that is known ("Available for 5 min"). */
export function activityWords(agent: Agent, l10n: LocaleController): string {
  const activity = activityName(agent, l10n);
  return agent.activitySince ? l10n.words.activityFor(activity, sinceDuration(agent.activitySince, new Date(), l10n.tag)) : activity;
}
