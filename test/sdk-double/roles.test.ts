/**
 * The strict double refuses what a Flex Conversations service refuses until an admin grants the
 * chat's permissions: Flex's default roles (cli/twilio-roles.mjs) let agents send, nothing more.
 */
import { expect } from '@open-wc/testing';
import { whenInitialized } from '../../src/services/conversations/initialized.js';
import { errorCode } from '../../src/services/conversations/describe-error.js';
import { nextEvent, rejection } from '../../src/services/local/test-support.js';
import { ConversationsServiceDouble, conversationsSdkDouble, ServiceRoles, type StrictClient } from './index.js';
import type { ChatConversation } from '../../src/services/conversations/ports.js';

describe('strict SDK double: roles', () => {
  let service: ConversationsServiceDouble;
  const clients: StrictClient[] = [];
  const connect = async (identity: string) => {
    const { Client } = conversationsSdkDouble(service);
    const client = new Client(service.issueToken(identity), { throwErrorsAlways: true });
    clients.push(client);
    await whenInitialized(client);
    return client;
  };
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.shutdown()));
  });

  /** Alice creates a chat and adds Bob, with whatever the roles need granted for that. */
  const chatOf = async (alice: StrictClient, bob: StrictClient) => {
    service.roles.grant('service', ['createConversation']);
    service.roles.grant('creator', ['addParticipant']);
    const chat = await alice.createConversation({ uniqueName: 'alice+bob' });
    const joined = nextEvent(bob, 'conversationJoined');
    await chat.add('bob');
    return { chat, bobs: (await joined) as ChatConversation };
  };

  it('on a Flex service nobody has set up, agents can neither start a conversation nor add anyone to one', async () => {
    service = new ConversationsServiceDouble({ roles: ServiceRoles.flexDefaults() });
    const alice = await connect('alice');
    expect(errorCode(await rejection(alice.createConversation({ uniqueName: 'alice+bob' })))).to.equal(50107);

    service.roles.grant('service', ['createConversation']);
    const chat = await alice.createConversation({ uniqueName: 'alice+bob' });
    expect(errorCode(await rejection(chat.add('bob')))).to.equal(50107, "the creator's role (agent) lacks addParticipant");
  });

  it('gives an added agent the default conversation role: sending, but not editing, deleting or leaving', async () => {
    service = new ConversationsServiceDouble({ roles: ServiceRoles.flexDefaults() });
    const [alice, bob] = await Promise.all([connect('alice'), connect('bob')]);
    const { bobs } = await chatOf(alice, bob);
    const added = nextEvent(alice, 'messageAdded');
    await bobs.sendMessage('Hi Alice');
    const message = await nextEvent(bob, 'messageAdded');
    await added;
    expect(errorCode(await rejection(message.updateBody('Hello Alice')))).to.equal(50107);
    expect(errorCode(await rejection(message.remove()))).to.equal(50107);
    expect(errorCode(await rejection(bobs.leave()))).to.equal(50107);
    expect(errorCode(await rejection(bobs.updateUniqueName(null)))).to.equal(50107);
  });

  it('lets a role granted later serve those who already hold it, as a REST role update does', async () => {
    service = new ConversationsServiceDouble({ roles: ServiceRoles.flexDefaults() });
    const [alice, bob] = await Promise.all([connect('alice'), connect('bob')]);
    const { bobs } = await chatOf(alice, bob);
    service.roles.grant('conversation', ['leaveConversation']);
    const left = nextEvent(bob, 'conversationLeft');
    await bobs.leave();
    expect(await left).to.equal(bobs);
  });

  it('after setup, allows everything the chat does, for the creator and for those added', async () => {
    service = new ConversationsServiceDouble({ roles: ServiceRoles.setUp() });
    const [alice, bob] = await Promise.all([connect('alice'), connect('bob')]);
    const chat = await alice.createConversation({ uniqueName: 'alice+bob' });
    const joined = nextEvent(bob, 'conversationJoined');
    await chat.add('bob');
    const bobs = (await joined) as ChatConversation;
    await bobs.sendMessage('Hi Alice');
    const message = await nextEvent(bob, 'messageAdded');
    await message.updateBody('Hello Alice');
    await message.remove();
    await bobs.updateUniqueName(null);
    await bobs.leave();
  });
});
