/**
 * Token endpoints as portals (and their sign-in set-ups) answer, for the browser tests of
 * src/portal/token-source.ts: a dev-server middleware under /__token/. "Another origin" is the
 * same server under its other name (localhost ↔ 127.0.0.1), as the browser counts origins.
 */
const JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl';
const SIGN_IN_PAGE = '<!doctype html><html><head><title>Sign in</title></head><body><form>Sign in to the portal</form></body></html>';

export async function tokenEndpoints(ctx, next) {
  if (!ctx.path.startsWith('/__token/')) return next();
  const other = `${ctx.protocol}://${ctx.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${ctx.port ?? new URL(ctx.href).port}`;
  const answer = (status, type, body) => {
    ctx.status = status;
    ctx.type = type;
    ctx.body = body;
  };
  switch (ctx.path.slice('/__token/'.length)) {
    case 'bare':
      return answer(200, 'text/plain', `  ${JWT}\n`);
    case 'json':
      return answer(200, 'application/json', JSON.stringify({ token: JWT }));
    case 'json-without-token':
      return answer(200, 'application/json', '{"nope":1}');
    case 'json-malformed':
      return answer(200, 'application/json', '{"token":');
    case 'not-a-token':
      return answer(200, 'text/plain', 'OK');
    case 'sign-in-page':
      return answer(200, 'text/html', SIGN_IN_PAGE);
    case 'signed-out':
      return answer(401, 'text/plain', 'Unauthorized');
    case 'broken':
      return answer(500, 'text/plain', 'Internal Server Error');
    case 'redirect-here':
      return ctx.redirect('/__token/bare');
    case 'redirect-to-sign-in-here':
      return ctx.redirect('/__token/sign-in-page');
    // Another site that hands out a token to this page (it allows it through CORS): still not ours.
    case 'redirect-away':
      return ctx.redirect(`${other}/__token/token-for-anyone`);
    case 'token-for-anyone':
      ctx.set('Access-Control-Allow-Origin', ctx.get('Origin') || '*');
      ctx.set('Access-Control-Allow-Credentials', 'true');
      return answer(200, 'text/plain', JWT);
    // Single sign-on on another site: its login page, which does not allow this page to read it.
    case 'redirect-to-sign-in-away':
      return ctx.redirect(`${other}/__token/sign-in-page`);
    default:
      return answer(404, 'text/plain', 'Not Found');
  }
}
