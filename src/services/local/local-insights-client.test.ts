import { expect } from '@open-wc/testing';
import { LocalInsightsClient, type WorkerSnapshot } from './local-insights-client.js';
import { quote } from './query-expression.js';
import { SEED_ACTIVITIES, seedWorkers } from './seed.js';
import { movesOverTime } from './seeded-presence.js';
import { nextEvent, rejection, sleep } from './test-support.js';

describe('seedWorkers', () => {
  it('seeds at least 50 agents, alice and bob first, all well formed and unique', () => {
    const workers = seedWorkers();
    expect(workers.length).to.be.at.least(50);
    expect(workers[0]!.attributes).to.include({ full_name: 'Alice Johnson', contact_uri: 'client:alice' });
    expect(workers[1]!.attributes).to.include({ full_name: 'Bob Smith', contact_uri: 'client:bob' });
    for (const worker of workers) {
      expect(worker.worker_sid).to.match(/^WK[0-9a-f]{32}$/);
      expect(worker.attributes.contact_uri).to.equal(`client:${worker.friendly_name}`);
      expect(worker.attributes.email).to.contain('@');
      expect(worker.attributes.full_name).not.to.match(/[<>]/);
    }
    expect(workers.some((w) => /[^\x00-\x7f]/.test(w.attributes.full_name!))).to.equal(true);
    expect(workers.some((w) => w.attributes.full_name!.length > 40)).to.equal(true);
    expect(new Set(workers.map((w) => w.worker_sid)).size).to.equal(workers.length);
  });

  it('is deterministic and scales to 5,000 with unique identities', () => {
    const now = Date.UTC(2026, 10, 23, 14, 30);
    expect(seedWorkers(60, now)).to.deep.equal(seedWorkers(60, now + 60_000), 'the same within the hour');
    const many = seedWorkers(5000, now);
    expect(many).to.have.length(5000);
    expect(new Set(many.map((w) => w.attributes.contact_uri)).size).to.equal(5000);
    expect(new Set(many.map((w) => w.worker_sid)).size).to.equal(5000);
    expect(many.slice(0, 60)).to.deep.equal(seedWorkers(60, now));
  });

  it('dates activities within the last hours, not long ago', () => {
    const now = Date.now();
    for (const worker of seedWorkers(60, now)) {
      const age = now - Date.parse(worker.date_activity_changed!);
      expect(age).to.be.within(0, 7 * 3_600_000);
    }
  });
});

describe('LocalInsightsClient', () => {
  it('searches tr-worker with CONTAINS on full_name', async () => {
    const insights = new LocalInsightsClient();
    const query = await insights.instantQuery('tr-worker');
    const result = nextEvent(query, 'searchResult');
    await query.search('data.attributes.full_name CONTAINS "johnson"');
    const items = await result;
    const names = Object.values(items).map((w) => w.attributes.full_name);
    expect(names).to.include('Alice Johnson');
    expect(names.every((name) => name!.toLowerCase().includes('johnson'))).to.equal(true);
    for (const [key, worker] of Object.entries(items)) expect(key).to.equal(worker.worker_sid);
    expect(query.getItems()).to.equal(items);
  });

  it('caps a result at 200 workers, so an empty query cannot list a large center', async () => {
    const insights = new LocalInsightsClient({ workers: seedWorkers(5000) });
    const query = await insights.instantQuery('tr-worker');
    await query.search('');
    expect(Object.keys(query.getItems())).to.have.length(200);
    // Searching reaches the agents past the first 200.
    const last = seedWorkers(5000)[4999]!;
    await query.search(`data.worker_sid == "${last.worker_sid}"`);
    expect(Object.keys(query.getItems())).to.deep.equal([last.worker_sid]);
  });

  it('caps live queries and IN look-ups at 200 items as well', async () => {
    const workers = seedWorkers(1000);
    const insights = new LocalInsightsClient({ workers });
    const sids = workers.slice(0, 300).map((w) => quote(w.worker_sid));
    const lookup = `data.worker_sid IN [${sids.join(', ')}]`;
    const query = await insights.instantQuery('tr-worker');
    await query.search(lookup);
    expect(Object.keys(query.getItems())).to.have.length(200);
    const live = await insights.liveQuery('tr-worker', lookup);
    expect(Object.keys(live.getItems())).to.have.length(200);
    live.close();
  });

  it('refuses an operator Twilio does not document, in a search and in a live query', async () => {
    const insights = new LocalInsightsClient();
    const query = await insights.instantQuery('tr-worker');
    expect((await rejection(query.search('data.friendly_name LIKE "al"'))).message).to.contain('"LIKE" is not an operator');
    expect((await rejection(insights.liveQuery('tr-worker', 'data.attributes.level == 3'))).message).to.contain('only double-quoted strings');
    await query.search('data.friendly_name EQ "alice" || data.friendly_name eq "bob"');
    expect(Object.values(query.getItems()).map((w) => w.friendly_name)).to.deep.equal(['alice', 'bob']);
  });

  it('drops a removed worker from results, and live queries that held it send itemRemoved at once', async () => {
    const workers = seedWorkers(60);
    const insights = new LocalInsightsClient({ workers, pollMs: 60_000, now: () => Date.UTC(2025, 5, 1, 12) });
    const [alice, bob] = workers;
    const mover = workers.find((_, position) => movesOverTime(position))!;
    const query = await insights.instantQuery('tr-worker');
    const moverNow = async () => (await query.search(`data.worker_sid == ${quote(mover.worker_sid)}`), query.getItems());
    const moverBefore = await moverNow();
    const live = await insights.liveQuery('tr-worker', `data.worker_sid IN [${quote(alice!.worker_sid)}, ${quote(bob!.worker_sid)}]`);
    const removed = nextEvent(live, 'itemRemoved');
    insights.removeWorker(bob!.worker_sid);
    expect(await removed).to.deep.equal({ key: bob!.worker_sid });
    expect(Object.keys(live.getItems())).to.deep.equal([alice!.worker_sid]);
    await query.search('data.friendly_name == "bob"');
    expect(query.getItems()).to.deep.equal({});
    expect(await moverNow(), 'the others keep their places, and so their presence').to.deep.equal(moverBefore);
    live.close();
  });

  it('rejects an unknown index and a malformed expression', async () => {
    const insights = new LocalInsightsClient();
    expect((await rejection(insights.instantQuery('tr-task'))).message).to.contain('tr-task');
    expect((await rejection(insights.liveQuery('tr-task', ''))).message).to.contain('tr-task');
    const query = await insights.instantQuery('tr-worker');
    expect((await rejection(query.search('data.activity_name =='))).message).to.match(/query expression/i);
    expect((await rejection(insights.liveQuery('tr-worker', 'nonsense'))).message).to.match(/query expression/i);
  });

  it('moves presence as a function of the clock, the same for every client; alice and bob stay Available', async () => {
    let now = Date.UTC(2025, 5, 1, 12, 0, 0);
    const periodMs = 20_000;
    const one = new LocalInsightsClient({ now: () => now, periodMs });
    const two = new LocalInsightsClient({ now: () => now, periodMs });
    const snapshot = async (client: LocalInsightsClient) => {
      const query = await client.instantQuery('tr-worker');
      await query.search('');
      return query.getItems();
    };
    const activities = (items: WorkerSnapshot) => Object.values(items).map((w) => w.activity_name);
    const before = await snapshot(one);
    expect(await snapshot(two)).to.deep.equal(before);
    const seen = new Set<string>(activities(before));
    let changed = false;
    for (let step = 0; step < 10; step++) {
      now += periodMs;
      const after = await snapshot(one);
      changed ||= JSON.stringify(activities(after)) !== JSON.stringify(activities(before));
      activities(after).forEach((a) => seen.add(a));
      const [alice, bob] = Object.values(after);
      expect([alice!.activity_name, bob!.activity_name]).to.deep.equal(['Available', 'Available']);
      for (const worker of Object.values(after)) {
        expect(Date.parse(worker.date_activity_changed!)).to.be.at.most(now);
      }
    }
    expect(changed).to.equal(true);
    expect([...seen].sort()).to.deep.equal([...SEED_ACTIVITIES].sort());
  });

  it('sends itemUpdated on a live query when the clock moves, and nothing after close()', async () => {
    let now = Date.UTC(2025, 5, 1, 12, 0, 0);
    const periodMs = 20_000;
    const workers = seedWorkers(60);
    const insights = new LocalInsightsClient({ workers, now: () => now, periodMs, pollMs: 10 });
    const moving = workers.filter((_, position) => movesOverTime(position)).map((w) => w.worker_sid);
    const live = await insights.liveQuery('tr-worker', `data.worker_sid IN [${moving.map((s) => `"${s}"`).join(', ')}]`);
    expect(Object.keys(live.getItems())).to.have.members(moving);

    const updated = nextEvent(live, 'itemUpdated');
    // Jump far enough that at least one moving agent surely changes.
    now += periodMs * 7;
    const { key, value } = await updated;
    expect(moving).to.include(key);
    expect(value.worker_sid).to.equal(key);
    expect(live.getItems()[key]).to.deep.equal(value);
    expect(Date.parse(value.date_activity_changed!)).to.be.at.most(now);

    live.close();
    let late = 0;
    live.on('itemUpdated', () => late++);
    now += periodMs * 7;
    await sleep(60);
    expect(late).to.equal(0);
  });

  it('sends itemRemoved when a worker stops matching a live query', async () => {
    let now = Date.UTC(2025, 5, 1, 12, 0, 0);
    const periodMs = 20_000;
    const insights = new LocalInsightsClient({ now: () => now, periodMs, pollMs: 10 });
    const live = await insights.liveQuery('tr-worker', 'data.activity_name == "Training"');
    const removed: string[] = [];
    live.on('itemRemoved', ({ key }) => removed.push(key));
    const start = new Set(Object.keys(live.getItems()));
    for (let step = 0; step < 20 && removed.length === 0; step++) {
      now += periodMs;
      await sleep(30);
    }
    expect(removed.length).to.be.greaterThan(0);
    expect(start.has(removed[0]!)).to.equal(true);
    expect(live.getItems()[removed[0]!]).to.equal(undefined);
    live.close();
  });
});
