/**
 * Seeded agents whose activity moves over time, as a pure function of the clock: every tab
 * computes the same presence at the same moment without talking to the others.
 */
import type { WorkerItem } from '../directory/insights-port.js';
import { SEED_ACTIVITIES, hash } from './seed.js';

/** How far back to look for the last change before settling on the oldest period checked. */
const LOOKBACK_PERIODS = 48;

/** Every third seeded agent moves; alice and bob (positions 0 and 1) stay Available. */
export function movesOverTime(position: number): boolean {
  return position >= 2 && position % 3 === 2;
}

function activityIn(position: number, period: number): string {
  return SEED_ACTIVITIES[hash(position, period) % SEED_ACTIVITIES.length]!;
}

/** The worker as of `now`: its activity and when that activity began. */
export function presenceAt(worker: WorkerItem, position: number, now: number, periodMs: number): WorkerItem {
  if (!movesOverTime(position)) return worker;
  const period = Math.floor(now / periodMs);
  const activity = activityIn(position, period);
  let since = period;
  while (period - since < LOOKBACK_PERIODS && activityIn(position, since - 1) === activity) since--;
  return { ...worker, activity_name: activity, date_activity_changed: new Date(since * periodMs).toISOString() };
}
