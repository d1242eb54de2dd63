/**
 * The Flex directory against the real embedded insights client: its expressions are parsed and
 * run, its results are capped at 200 like Flex's, and its live queries tick with a clock.
 */
import { expect } from '@open-wc/testing';
import { InsightsDirectory, agentFromWorker } from './insights-directory.js';
import type { InsightsClient, LiveQuery, WorkerItem } from './insights-port.js';
import type { Agent } from './ports.js';
import { LocalInsightsClient, type LocalInsightsClientOptions } from '../local/local-insights-client.js';
import { seedWorkers } from '../local/seed.js';
import { movesOverTime } from '../local/seeded-presence.js';
import { rejection, sleep, until } from '../local/test-support.js';

const worker = (identity: string, fullName: string, extra: Partial<WorkerItem> = {}): WorkerItem => ({
  worker_sid: `WK${identity}`,
  friendly_name: `${identity}-friendly`,
  activity_name: 'Available',
  attributes: { full_name: fullName, email: `${identity}@mail.example`, contact_uri: `client:${identity}` },
  ...extra,
});

/** A real insights client whose live queries are counted, with each `close()` recorded. */
function spiedInsights(options: LocalInsightsClientOptions & { liveQueryDelayMs?: number } = {}) {
  const inner = new LocalInsightsClient(options);
  const live: Array<{ expression: string; closed: number }> = [];
  const client: InsightsClient = {
    instantQuery: (index) => inner.instantQuery(index),
    async liveQuery(index, expression) {
      const query: LiveQuery = await inner.liveQuery(index, expression);
      if (options.liveQueryDelayMs) await sleep(options.liveQueryDelayMs);
      const entry = { expression, closed: 0 };
      live.push(entry);
      const close = query.close.bind(query);
      query.close = () => (entry.closed++, close());
      return query;
    },
  };
  return { client, live };
}

describe('InsightsDirectory', () => {
  it('reaches an agent beyond the 200-worker cap by searching their name on the server', async () => {
    const workers = seedWorkers(5000);
    const directory = new InsightsDirectory(new LocalInsightsClient({ workers }));
    const everyone = await directory.search('');
    expect(everyone).to.have.length(200, 'an empty search cannot list a large center');
    const last = agentFromWorker(workers[4999]!)!;
    expect(everyone.map((a) => a.identity)).not.to.include(last.identity);

    const found = await directory.search(`  ${last.displayName}  `);
    expect(found.map((a) => a.identity)).to.include(last.identity);
    expect(found.every((a) => a.displayName.toLowerCase().includes(last.displayName.toLowerCase()))).to.equal(true);
  });

  it('searches full name, friendly name, email and contact_uri', async () => {
    const directory = new InsightsDirectory(
      new LocalInsightsClient({ workers: [worker('zed', 'Zedekiah Quill'), worker('ann', 'Ann Other')] }),
    );
    for (const text of ['zedekiah', 'zed-friendly', 'zed@mail', 'client:zed']) {
      expect((await directory.search(text)).map((a) => a.identity), text).to.deep.equal(['zed']);
    }
  });

  it('quotes what the person types: quotes and backslashes are searched for, never run', async () => {
    const directory = new InsightsDirectory(
      new LocalInsightsClient({ workers: [worker('conan', 'Conan "The" O\\Brien'), worker('ann', 'Ann Other')] }),
    );
    expect((await directory.search('"the"')).map((a) => a.identity)).to.deep.equal(['conan']);
    expect((await directory.search('o\\brien')).map((a) => a.identity)).to.deep.equal(['conan']);
    expect(await directory.search('" OR data.worker_sid != "')).to.deep.equal([], 'an injection attempt finds nobody');
  });

  it('takes identity from contact_uri and activity names from the data, whatever the workspace calls them', async () => {
    const since = '2025-06-01T09:30:00.000Z';
    const directory = new InsightsDirectory(
      new LocalInsightsClient({
        workers: [
          worker('coach', 'Casey Coach', { activity_name: 'Coaching session', date_activity_changed: since }),
          worker('nouri', 'No Uri', { attributes: { full_name: 'No Uri' } }),
        ],
      }),
    );
    const [agent, ...rest] = await directory.search('');
    expect(rest).to.deep.equal([], 'a worker without a client: contact_uri cannot be chatted with');
    expect(agent).to.deep.include({ identity: 'coach', displayName: 'Casey Coach', activity: 'Coaching session', email: 'coach@mail.example' });
    expect(agent!.activitySince?.toISOString()).to.equal(since);
    expect((await directory.lookup(['coach', 'nobody'])).map((a) => a.identity)).to.deep.equal(['coach']);
  });

  it('watches presence with one live query for the watched agents only, and closes it when unwatched', async () => {
    let now = Date.UTC(2025, 5, 1, 12, 0, 0);
    const periodMs = 20_000;
    const workers = seedWorkers(60);
    const watched = workers.filter((_, position) => movesOverTime(position)).slice(0, 3).map((w) => agentFromWorker(w)!.identity);
    const { client, live } = spiedInsights({ workers, now: () => now, periodMs, pollMs: 10 });
    const directory = new InsightsDirectory(client);

    const changes: Agent[] = [];
    const unwatch = directory.watch(watched, (agent) => changes.push(agent));
    await until(() => live.length === 1);
    for (const identity of watched) expect(live[0]!.expression).to.contain(`"client:${identity}"`);
    expect(live[0]!.expression).not.to.contain('client:alice');

    now += periodMs * 7; // Far enough that a moving agent surely changes activity.
    await until(() => changes.length > 0);
    expect(watched).to.include(changes[0]!.identity);

    unwatch();
    expect(live[0]!.closed).to.equal(1);
    const heard = changes.length;
    now += periodMs * 7;
    await sleep(60);
    expect(changes.length).to.equal(heard, 'nothing after unwatching');
  });

  it('closes a live query that opens only after it was unwatched, and opens none for nobody', async () => {
    const { client, live } = spiedInsights({ liveQueryDelayMs: 30 });
    const directory = new InsightsDirectory(client);
    directory.watch([], () => {})();
    directory.watch(['alice'], () => {})();
    await until(() => live.length === 1);
    expect(live[0]!.closed).to.equal(1);
  });

  it('asks for the instant query again after it once failed to open', async () => {
    const inner = new LocalInsightsClient();
    let failures = 1;
    const directory = new InsightsDirectory({
      instantQuery: (index) => (failures-- > 0 ? Promise.reject(new Error('insights unavailable')) : inner.instantQuery(index)),
      liveQuery: (index, expression) => inner.liveQuery(index, expression),
    });
    expect((await rejection(directory.search('bob'))).message).to.equal('insights unavailable');
    expect((await directory.search('bob')).map((a) => a.identity)).to.include('bob');
  });
});
