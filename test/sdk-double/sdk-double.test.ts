/**
 * The quirks of the real client that the contract suite cannot ask of the embedded backend:
 * start-up failures with and without `throwErrorsAlways`, events strictly after the call that
 * caused them, replicas that lag the service, token expiry, and the exact error shapes.
 */
import { expect } from '@open-wc/testing';
import { whenInitialized } from '../../src/services/conversations/initialized.js';
import { errorCode } from '../../src/services/conversations/describe-error.js';
import { nextEvent, rejection, sleep } from '../../src/services/local/test-support.js';
import { ConversationsServiceDouble, conversationsSdkDouble, type StrictClient } from './index.js';

describe('strict SDK double', () => {
  let service: ConversationsServiceDouble;
  let Client: ReturnType<typeof conversationsSdkDouble>['Client'];
  const clients: StrictClient[] = [];
  const connect = async (identity: string, ttlMs?: number) => {
    const client = new Client(service.issueToken(identity, ttlMs), { throwErrorsAlways: true });
    clients.push(client);
    await whenInitialized(client);
    return client;
  };

  beforeEach(() => {
    service = new ConversationsServiceDouble({ tokenWarningMs: 100, mediaUrlLifetimeMs: 100 });
    ({ Client } = conversationsSdkDouble(service));
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.shutdown()));
  });

  it('lets calls made before initialized wait for it, like the SDK', async () => {
    const client = new Client(service.issueToken('alice'));
    clients.push(client);
    const order: string[] = [];
    client.on('initialized', () => order.push('initialized'));
    expect(client.user.identity).to.equal('', 'an uninitialized user until start-up completes');
    await client.getSubscribedConversations().then(() => order.push('answered'));
    expect(order).to.deep.equal(['initialized', 'answered']);
    expect(client.user.identity).to.equal('alice');
  });

  it('connects its socket before it initializes, as the SDK does: connected with an empty identity, then initialized', async () => {
    service = new ConversationsServiceDouble({ initializationMs: 50 });
    ({ Client } = conversationsSdkDouble(service));
    const client = new Client(service.issueToken('alice'));
    clients.push(client);
    const seen: string[] = [];
    client.on('connectionStateChanged', (state) => seen.push(`${state}:${client.user.identity}`));
    client.on('initialized', () => seen.push(`initialized:${client.user.identity}`));
    await nextEvent(client, 'initialized');
    expect(seen).to.deep.equal(['connected:', 'initialized:alice']);
  });

  it('replays initialized and initFailed to a listener that comes late (onceWithReplay)', async () => {
    const ready = new Client(service.issueToken('alice'));
    const refused = new Client('not-a-token');
    clients.push(ready, refused);
    await Promise.all([nextEvent(ready, 'initialized'), nextEvent(refused, 'initFailed')]);
    const heard: string[] = [];
    ready.onceWithReplay('initialized', () => heard.push('initialized'));
    refused.onceWithReplay('initFailed', ({ error }) => heard.push(`initFailed: ${error?.message}`));
    expect(heard).to.deep.equal(['initialized', 'initFailed: Invalid Access Token']);
    expect(await whenInitialized(ready).then(() => 'ready')).to.equal('ready');
    expect(await whenInitialized(refused).catch((error: Error) => error.message)).to.equal('Invalid Access Token');
  });

  it('reports a failed start, and rejects calls with it when throwErrorsAlways is set', async () => {
    const client = new Client('not-a-token', { throwErrorsAlways: true });
    const failed = nextEvent(client, 'initFailed');
    const call = rejection(client.getSubscribedConversations());
    const { error } = await failed;
    expect(error).to.deep.equal({ terminal: true, message: 'Invalid Access Token' });
    expect(client.connectionState).to.equal('denied');
    expect(await call).to.deep.equal(error);
  });

  it('lets calls die with a TypeError after a failed start without throwErrorsAlways, like the SDK', async () => {
    const client = new Client(service.issueToken('alice', -1));
    const failed = nextEvent(client, 'initFailed');
    const call = rejection(client.createConversation());
    expect((await failed).error?.message).to.equal('Token expired');
    const error = await call;
    expect(error).to.be.instanceOf(TypeError);
    expect(error.message).to.match(/Cannot read properties of undefined/);
  });

  it('emits every event after the promise of the call that caused it has resolved', async () => {
    const alice = await connect('alice');
    const bob = await connect('bob');
    const order: string[] = [];
    alice.on('conversationAdded', () => order.push('conversationAdded'));
    alice.on('participantJoined', () => order.push('participantJoined'));
    alice.on('messageAdded', () => order.push('messageAdded'));
    bob.on('conversationJoined', () => order.push('bob:conversationJoined'));

    // Each call's events come after its promise settles (and before the next call's answer).
    const conversation = await alice.createConversation();
    order.push('created');
    await conversation.add('bob');
    order.push('added');
    await conversation.sendMessage('hi');
    order.push('sent');
    await sleep(20);
    expect(order).to.deep.equal(['created', 'conversationAdded', 'added', 'participantJoined', 'bob:conversationJoined', 'sent', 'messageAdded']);
  });

  it('keeps a replica that lags the service: the roster changes when the event arrives', async () => {
    const alice = await connect('alice');
    await connect('bob');
    const conversation = await alice.createConversation();
    const joined = nextEvent(alice, 'participantJoined');
    await conversation.add('bob');
    expect((await conversation.getParticipants()).map((p) => p.identity)).to.deep.equal(['alice']);
    await joined;
    expect((await conversation.getParticipants()).map((p) => p.identity)).to.deep.equal(['alice', 'bob']);
  });

  it('shapes REST failures as the SDK does: .reply and .body with the Twilio code, no top-level code', async () => {
    const alice = await connect('alice');
    const error = await rejection(alice.getConversationByUniqueName('nobody-has-this'));
    expect(error).to.be.instanceOf(Error);
    expect(error.reply).to.deep.equal({
      status: { code: 404, status: 'Not Found' },
      body: { code: 50350, message: 'Conversation not found', status: 404 },
    });
    expect((error as unknown as { body: { code: number } }).body.code).to.equal(50350);
    expect(error.code).to.equal(undefined);
    expect(errorCode(error)).to.equal(50350);
  });

  it('warns before the token expires, goes denied when it does, and comes back with updateToken', async () => {
    const alice = await connect('alice', 300);
    const warned = nextEvent(alice, 'tokenAboutToExpire');
    const expired = nextEvent(alice, 'tokenExpired');
    await warned;
    await expired;
    expect(alice.connectionState).to.equal('denied');
    expect((await rejection(alice.getSubscribedConversations())).message).to.equal('disconnected');

    expect((await rejection(alice.updateToken(service.issueToken('mallory')))).message).to.match(/different identity/);
    await alice.updateToken(service.issueToken('alice'));
    expect(alice.connectionState).to.equal('connected');
    await alice.getSubscribedConversations();
  });

  it('hands out a new media URL per call, each of which stops working after its lifetime', async () => {
    const alice = await connect('alice');
    const conversation = await alice.createConversation();
    const added = nextEvent(alice, 'messageAdded');
    await conversation.sendMessage({ contentType: 'text/plain', filename: 'note.txt', media: new Blob(['note']) });
    const [media] = (await added).attachedMedia!;
    const url = await media!.getContentTemporaryUrl();
    expect(await (await fetch(url!)).text()).to.equal('note');
    await sleep(150);
    expect(await rejection(fetch(url!))).to.be.instanceOf(TypeError);
    expect(await media!.getContentTemporaryUrl()).not.to.equal(url);
  });

  it('shares one service between several clients of one identity (two tabs)', async () => {
    const here = await connect('alice');
    const there = await connect('alice');
    const heard = nextEvent(there, 'conversationJoined');
    const conversation = await here.createConversation({ uniqueName: 'mine' });
    expect((await heard).sid).to.equal(conversation.sid);
    expect((await there.getConversationByUniqueName('mine')).sid).to.equal(conversation.sid);
  });
});
