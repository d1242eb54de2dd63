import { expect } from '@open-wc/testing';
import { Retention } from './retention.js';
import { StateContainer } from './state-container.js';
import { ReadTracker } from './read-tracker.js';
import type { ChatRegistry } from './chat-registry.js';

describe('Retention', () => {
  it('stops for good when disposed while a run is under way: no later run is set', async () => {
    const state = new StateContainer();
    const retention = new Retention(state, {} as ChatRegistry, new ReadTracker(state), 30);
    let finishRun!: () => void;
    let runs = 0;
    // The run under way: held open until the store has been disposed.
    retention.leaveIdleChats = () => {
      runs++;
      return new Promise((resolve) => (finishRun = () => resolve([])));
    };
    const timers: number[] = [];
    const setTimer = globalThis.setTimeout;
    globalThis.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
      timers.push(delay ?? 0);
      return setTimer(handler, delay, ...rest);
    }) as typeof setTimeout;
    try {
      retention.schedule(5);
      await new Promise((resolve) => setTimer(resolve, 30));
      expect(runs).to.equal(1);
      retention.dispose();
      finishRun();
      await new Promise((resolve) => setTimer(resolve, 30));
    } finally {
      globalThis.setTimeout = setTimer;
    }
    expect(timers, 'the first run only, no daily one after it').to.deep.equal([5]);
  });
});
