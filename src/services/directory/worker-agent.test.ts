import { expect } from '@open-wc/testing';
import { agentFromWorker } from './worker-agent.js';
import { UNKNOWN_ACTIVITY } from './ports.js';

describe('agentFromWorker', () => {
  it('reads a well-formed tr-worker item', () => {
    const agent = agentFromWorker({
      worker_sid: 'WK1',
      friendly_name: 'ann.lee',
      activity_name: 'Coaching session',
      date_activity_changed: '2025-06-01T09:30:00.000Z',
      attributes: { full_name: 'Ann Lee', email: 'ann@example.com', image_url: 'https://example.com/a.png', contact_uri: 'client:ann', team_name: 'Billing' },
    });
    expect(agent).to.deep.equal({
      team: 'Billing',
      identity: 'ann',
      displayName: 'Ann Lee',
      email: 'ann@example.com',
      imageUrl: 'https://example.com/a.png',
      activity: 'Coaching session',
      activitySince: new Date('2025-06-01T09:30:00.000Z'),
    });
  });

  it('never throws on a malformed item: no agent without a client: identity, and odd fields left out', () => {
    const noAgent: unknown[] = [
      undefined,
      null,
      42,
      'client:ann',
      [],
      {},
      { attributes: null },
      { attributes: 'client:ann' },
      { attributes: { contact_uri: 7 } },
      { attributes: { contact_uri: 'sip:ann@example.com' } },
      { attributes: { contact_uri: 'client:' } },
      { attributes: { contact_uri: ['client:ann'] } },
    ];
    for (const item of noAgent) expect(agentFromWorker(item), JSON.stringify(item) ?? String(item)).to.equal(undefined);

    const odd = agentFromWorker({
      friendly_name: { name: 'x' },
      activity_name: 12,
      date_activity_changed: 'not a date',
      attributes: { contact_uri: 'client:odd', full_name: '   ', email: ['a@b'], image_url: { href: 'x' } },
    });
    expect(odd).to.deep.equal({ identity: 'odd', displayName: 'odd', activity: UNKNOWN_ACTIVITY });
    expect(agentFromWorker({ friendly_name: 'odd.friendly', attributes: { contact_uri: 'client:odd' } })).to.deep.include({
      displayName: 'odd.friendly',
    });
    expect(agentFromWorker({ attributes: { contact_uri: 'client:x' }, date_activity_changed: 1748770200000 })!.activitySince).to.equal(undefined);
  });
});
