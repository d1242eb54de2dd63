/**
 * The portal's token endpoint, as real ones answer: the bare token or `{ token }`, and also a
 * sign-in page, a 401, a redirect within the portal or to another site. The endpoints are the
 * test server's (scripts/token-endpoints.mjs); "another site" is the same server under its other
 * name, which the browser counts as another origin.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../index.js';
import type { InternalAgentChat } from '../components/internal-agent-chat/internal-agent-chat.js';
import { FailureInWords } from '../services/conversations/describe-error.js';
import { ConversationsServiceDouble, conversationsSdkDouble } from '../../test/sdk-double/index.js';
import { rejection, until } from '../services/local/test-support.js';
import { inEnglish } from '../../test/helpers/english.js';
import { fetchToken } from './token-source.js';

const JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl';
const endpoint = (name: string) => `/__token/${name}`;

/** The words a refusal reaches the person with, in English; they come from the catalogs. */
async function refusal(source: Parameters<typeof fetchToken>[0]): Promise<string> {
  const error = await rejection(fetchToken(source));
  expect(error, `words from the catalogs, not a library's message: ${error.message}`).to.be.instanceOf(FailureInWords);
  return inEnglish((error as FailureInWords).words);
}

describe('portal token source', () => {
  it('reads a JWT from an endpoint, bare or as JSON { token }', async () => {
    expect(await fetchToken(endpoint('bare'))).to.equal(JWT);
    expect(await fetchToken(endpoint('json'))).to.equal(JWT);
  });

  it('follows a redirect within the same origin', async () => {
    expect(await fetchToken(endpoint('redirect-here'))).to.equal(JWT);
  });

  it('refuses an answer that is not a JWT, saying what came instead', async () => {
    const signIn = 'no chat token: the token service answered with something that is not a chat token; reload the page to sign in again';
    expect(await refusal(endpoint('sign-in-page')), 'a web page: a sign-in page, as a rule').to.equal(signIn);
    expect(await refusal(endpoint('redirect-to-sign-in-here')), 'a sign-in page after a redirect').to.equal(signIn);
    const notAToken = 'no chat token: the token service answered with something that is not a chat token';
    expect(await refusal(endpoint('not-a-token'))).to.equal(notAToken);
    expect(await refusal(endpoint('json-without-token'))).to.equal(notAToken);
    expect(await refusal(endpoint('json-malformed'))).to.equal(notAToken);
  });

  it('refuses a redirect to another origin, even one that hands out a token', async () => {
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    expect(await refusal(endpoint('redirect-away'))).to.equal(
      `no chat token: the token service sent the request on to another site (http://${other}:${location.port})`,
    );
    expect(await refusal(endpoint('redirect-to-sign-in-away'))).to.equal(
      'no chat token: the token service sent the request on to another site; reload the page to sign in again',
    );
  });

  it('refuses an answer other than 2xx with words a person can act on', async () => {
    expect(await refusal(endpoint('signed-out'))).to.equal('no chat token: the token service answered 401 Unauthorized; reload the page to sign in again');
    expect(await refusal(endpoint('broken'))).to.equal('no chat token: the token service answered 500 Internal Server Error');
    expect(await refusal(endpoint('no-such-endpoint'))).to.equal('no chat token: the token service answered 404 Not Found');
  });

  it("takes a callback's token as it is, and says when it fails or gives nothing", async () => {
    expect(await fetchToken(() => ' any-token ')).to.equal('any-token');
    expect(await refusal(() => Promise.reject(new Error('your portal session has ended')))).to.equal('no chat token: your portal session has ended');
    expect(await refusal(async () => '   ')).to.equal('no chat token: the token source gave an empty answer');
  });

  it('shows a refusal in the element, in its language', async () => {
    const service = new ConversationsServiceDouble();
    const chat = await fixture<InternalAgentChat>(html`<internal-agent-chat
      token-url=${endpoint('redirect-to-sign-in-away')}
      .directory=${[]}
      .loadSdk=${async () => conversationsSdkDouble(service)}
    ></internal-agent-chat>`);
    await until(() => chat.store?.state.startup === 'failed');
    await chat.updateComplete;
    await expect(chat).to.be.accessible();
    const alert = () => chat.shadowRoot!.querySelector('[role=alert]')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(alert()).to.match(/^Couldn't start the chat \(no chat token: the token service sent the request on to another site; reload the page to sign in again\)\. Try again in a moment\. Reload$/);

    chat.lang = 'es';
    await until(() => /No se pudo iniciar el chat \(no hay token de chat:/.test(alert() ?? ''));
    expect(alert()).to.contain('volver a iniciar sesión');
  });
});
