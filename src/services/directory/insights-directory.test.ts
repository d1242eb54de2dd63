/**
 * The Flex directory against the real embedded insights client: its expressions are parsed and
 * run, its results are capped at 200 like Flex's, and its live queries tick with a clock.
 */
import { expect } from '@open-wc/testing';
import { InsightsDirectory, agentFromWorker } from './insights-directory.js';
import type { InsightsClient, LiveQuery, WorkerItem } from './insights-port.js';
import { UNKNOWN_ACTIVITY, type Agent } from './ports.js';
import { LocalInsightsClient, type LocalInsightsClientOptions } from '../local/local-insights-client.js';
import { seedWorkers } from '../local/seed.js';
import { movesOverTime, presenceAt } from '../local/seeded-presence.js';
import { rejection, sleep, until } from '../local/test-support.js';

const worker = (identity: string, fullName: string, extra: Partial<WorkerItem> = {}): WorkerItem => ({
  worker_sid: `WK${identity}`,
  friendly_name: `${identity}-friendly`,
  activity_name: 'Available',
  attributes: { full_name: fullName, email: `${identity}@mail.example`, contact_uri: `client:${identity}` },
  ...extra,
});

/**
 * A real insights client whose queries are recorded: each search and live query with when it
 * started, and each live query's `close()` calls.
 */
function spiedInsights(options: LocalInsightsClientOptions & { liveQueryDelayMs?: (call: number) => number } = {}) {
  const inner = new LocalInsightsClient(options);
  const searches: Array<{ expression: string; at: number }> = [];
  const live: Array<{ expression: string; at: number; closed: number }> = [];
  let calls = 0;
  const client: InsightsClient = {
    async instantQuery(index) {
      const query = await inner.instantQuery(index);
      const search = query.search.bind(query);
      query.search = (expression) => (searches.push({ expression, at: performance.now() }), search(expression));
      return query;
    },
    async liveQuery(index, expression) {
      const at = performance.now();
      const call = calls++;
      const delayMs = options.liveQueryDelayMs?.(call) ?? 0;
      const query: LiveQuery = await inner.liveQuery(index, expression);
      if (delayMs) await sleep(delayMs);
      const entry = { expression, at, closed: 0 };
      live.push(entry);
      const close = query.close.bind(query);
      query.close = () => (entry.closed++, close());
      return query;
    },
  };
  return { client, live, searches, inner, opening: () => calls };
}

/** The most starts that fall within any `windowMs`. */
const mostWithin = (windowMs: number, starts: number[]) =>
  Math.max(0, ...starts.map((start) => starts.filter((other) => other >= start && other < start + windowMs).length));

const PERIOD_MS = 20_000;
type Mover = { worker: WorkerItem; position: number; identity: string };

/** Seeded workers that move over time, with their identities and places in the seed. */
function movingAgents(count: number, total: number): { workers: WorkerItem[]; moving: Mover[] } {
  const workers = seedWorkers(total);
  const moving = workers.flatMap((worker, position) => (movesOverTime(position) ? [{ worker, position, identity: agentFromWorker(worker)!.identity }] : []));
  return { workers, moving: moving.slice(0, count) };
}

/** A moving agent's activity at `now`, as the local index computes it. */
const activityAt = ({ worker, position }: Mover, now: number) => presenceAt(worker, position, now, PERIOD_MS).activity_name;

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

  it("finds a team's workers by the team_name attribute Flex Insights reads, quoted", async () => {
    const inTeam = (identity: string, team: string) => worker(identity, identity, { attributes: { ...worker(identity, identity).attributes, team_name: team } });
    const directory = new InsightsDirectory(
      new LocalInsightsClient({ workers: [inTeam('ann', 'Billing'), inTeam('bo', 'Billing "B"'), inTeam('cy', 'Billing'), worker('dee', 'Dee')] }),
    );
    expect((await directory.team('Billing')).map((agent) => agent.identity).sort()).to.deep.equal(['ann', 'cy']);
    expect((await directory.team('Billing "B"')).map((agent) => [agent.identity, agent.team])).to.deep.equal([['bo', 'Billing "B"']]);
    expect(await directory.team('Nobody')).to.deep.equal([]);

    // A workspace that keeps the team where Flex's own Teams view reads it.
    const flexKept = new InsightsDirectory(
      new LocalInsightsClient({ workers: [worker('eve', 'Eve', { attributes: { ...worker('eve', 'Eve').attributes, teamName: 'Billing' } }), inTeam('fay', 'Billing')] }),
    );
    expect((await flexKept.team('Billing')).map((agent) => [agent.identity, agent.team]).sort()).to.deep.equal([['eve', 'Billing'], ['fay', 'Billing']]);
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

  it('looks up more agents than one result holds, a chunk at a time well under the cap', async () => {
    const workers = seedWorkers(5000);
    const { client, searches } = spiedInsights({ workers });
    const wanted = workers.filter((_, position) => position % 11 === 3).map((w) => agentFromWorker(w)!.identity);
    expect(wanted.length).to.be.greaterThan(450);
    const found = await new InsightsDirectory(client).lookup([...wanted, 'nobody', wanted[0]!]);
    expect(found.map((a) => a.identity)).to.have.members(wanted);
    for (const { expression } of searches) expect(expression.split('"client:').length - 1).to.be.at.most(100);
  });

  it('watches presence past the first 200 of a long list, one live query per chunk', async () => {
    let now = Date.UTC(2025, 5, 1, 12, 0, 0);
    const { workers, moving } = movingAgents(320, 1200);
    const { client, live } = spiedInsights({ workers, now: () => now, periodMs: PERIOD_MS, pollMs: 10 });
    const latest = new Map<string, string>();
    const unwatch = new InsightsDirectory(client).watch(
      moving.map((m) => m.identity),
      (agent) => latest.set(agent.identity, agent.activity),
    );
    await until(() => live.length === 4);
    const watchedByLive = live.map(({ expression }) => expression.split('"client:').length - 1);
    expect(watchedByLive.reduce((a, b) => a + b)).to.equal(320);

    now += PERIOD_MS * 7;
    const beyond = moving.slice(200);
    await until(() => beyond.every((m) => latest.get(m.identity) === activityAt(m, now)));
    unwatch();
  });

  it('reports the state a live query starts with: a change between look-up and watch is not missed', async () => {
    let now = Date.UTC(2025, 5, 1, 12, 0, 0);
    const { workers, moving } = movingAgents(30, 120);
    // Live queries never poll here: whatever the watch reports comes from their initial items.
    const { client } = spiedInsights({ workers, now: () => now, periodMs: PERIOD_MS, pollMs: 3_600_000 });
    const directory = new InsightsDirectory(client);
    const identities = moving.map((m) => m.identity);
    const before = new Map((await directory.lookup(identities)).map((a) => [a.identity, a.activity]));

    now += PERIOD_MS * 7;
    const changed = moving.filter((m) => activityAt(m, now) !== before.get(m.identity));
    expect(changed.length, 'some agents moved meanwhile').to.be.greaterThan(0);
    const reported = new Map<string, Agent>();
    const unwatch = directory.watch(identities, (agent) => reported.set(agent.identity, agent));
    await until(() => changed.every((m) => reported.has(m.identity)));
    for (const m of changed) expect(reported.get(m.identity)!.activity).to.equal(activityAt(m, now));
    unwatch();
  });

  it('reports an agent who leaves the index as of unknown activity, keeping their name', async () => {
    const workers = seedWorkers(60);
    const { client, inner, live } = spiedInsights({ workers, pollMs: 3_600_000 });
    const changes: Agent[] = [];
    const unwatch = new InsightsDirectory(client).watch(['alice', 'bob'], (agent) => changes.push(agent));
    await until(() => live.length === 1);
    changes.length = 0;
    inner.removeWorker(workers[1]!.worker_sid);
    await until(() => changes.length > 0);
    expect(changes).to.have.length(1);
    expect(changes[0]).to.deep.include({ identity: 'bob', displayName: 'Bob Smith', activity: UNKNOWN_ACTIVITY });
    expect(changes[0]!.activitySince).to.equal(undefined);
    unwatch();
  });

  it('paces its queries: at most ten start in any one second', async () => {
    const workers = seedWorkers(5000);
    const { client, searches, live } = spiedInsights({ workers, pollMs: 3_600_000 });
    const directory = new InsightsDirectory(client);
    const identities = workers.slice(0, 1300).map((w) => agentFromWorker(w)!.identity);
    const [found] = await Promise.all([directory.lookup(identities), directory.search('ann')]);
    expect(found).to.have.length(1300);
    const unwatch = directory.watch(identities, () => {});
    await until(() => live.length === 13, 4000);
    // The spy sees each start a little after the directory makes it (the local client's searches
    // run on this thread), so it measures a slightly shorter second.
    expect(mostWithin(900, [...searches, ...live].map((query) => query.at))).to.be.at.most(10);
    expect(mostWithin(2000, [...searches, ...live].map((query) => query.at)), 'not slower than it must be').to.be.at.least(15);
    unwatch();
  });

  it('lists the well-formed workers of a result that also holds malformed ones', async () => {
    const malformed = [
      { worker_sid: 'WKnull-attributes', attributes: null },
      { worker_sid: 'WKodd-types', friendly_name: 5, activity_name: {}, date_activity_changed: 'soon', attributes: { contact_uri: 'client:odd', full_name: ['x'], email: 7 } },
    ] as unknown as WorkerItem[];
    const directory = new InsightsDirectory(new LocalInsightsClient({ workers: [...malformed, worker('ann', 'Ann Other')] }));
    const agents = await directory.search('');
    expect(agents.map((a) => a.identity)).to.have.members(['ann', 'odd']);
    expect(agents.find((a) => a.identity === 'odd')).to.deep.equal({ identity: 'odd', displayName: 'odd', activity: UNKNOWN_ACTIVITY });
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

  it("closes every chunk's live query when unwatched, also those still opening, and opens none for nobody", async () => {
    const workers = seedWorkers(400);
    // Each live query takes longer to open than the one before.
    const { client, live, opening } = spiedInsights({ workers, liveQueryDelayMs: (call) => 100 * (call + 1) });
    const directory = new InsightsDirectory(client);
    directory.watch([], () => {})();
    const unwatchAlice = directory.watch(['alice'], () => {});
    await until(() => opening() === 1);
    unwatchAlice();
    await until(() => live.length === 1);
    expect(live[0]!.closed).to.equal(1);

    const unwatch = directory.watch(workers.map((w) => agentFromWorker(w)!.identity), () => {});
    await until(() => live.length >= 2);
    expect(live.length, 'some chunks are still opening').to.be.below(5);
    expect(opening(), 'all four chunks started opening').to.equal(5);
    unwatch();
    unwatch();
    await until(() => live.length === 5);
    expect(live.slice(1).map((query) => query.closed)).to.deep.equal([1, 1, 1, 1]);
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
