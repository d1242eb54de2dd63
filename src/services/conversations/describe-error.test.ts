import { expect } from '@open-wc/testing';
import { describeError, errorCode, isNotFound } from './describe-error.js';
import { inEnglish } from '../../../test/helpers/english.js';

describe('errors in words', () => {
  it('reads the Twilio code wherever a failure carries it', () => {
    expect(errorCode({ reply: { body: { code: 50353 } } })).to.equal(50353);
    expect(errorCode({ body: { code: 50107 } })).to.equal(50107);
    expect(errorCode(Object.assign(new Error('x'), { code: 50417 }))).to.equal(50417);
    expect(errorCode('nonsense')).to.equal(undefined);
  });

  it('recognises every shape of "not found"', () => {
    expect(isNotFound({ body: { code: 50350 } })).to.equal(true);
    expect(isNotFound({ body: { code: 20404 } })).to.equal(true);
    expect(isNotFound({ reply: { status: { code: 404 } } })).to.equal(true);
    expect(isNotFound(new Error('Conversation with unique name iac:dm:a:b was not found.'))).to.equal(true);
    expect(isNotFound(new Error('disconnected'))).to.equal(false);
  });

  it('says what failed and what to do, for known and unknown failures', () => {
    expect(inEnglish(describeError({ body: { code: 50107 } }, 'actionStart'))).to.match(/^Couldn't start the chat: your account isn't allowed to\. Ask your Flex admin/);
    expect(inEnglish(describeError(new Error('disconnected'), 'actionSend'))).to.match(/you're offline\. It will work again/);
    expect(inEnglish(describeError(new Error('Boom'), 'actionOlder'))).to.equal("Couldn't load older messages (Boom). Try again in a moment.");
    // A phrase, not words: each element says it in its own language.
    expect(describeError(new Error('Boom'), 'actionOlder')).to.deep.equal({ key: 'couldNot', values: [{ key: 'actionOlder', values: [] }, 'Boom'] });
  });
});
