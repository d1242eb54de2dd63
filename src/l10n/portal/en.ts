/**
 * The portal's words: why its token endpoint gave no chat token, after "Couldn't start the chat".
 * Apart from the rest of the catalog, so that the Flex plugin, which never fetches a token,
 * ships without them in any language (esbuild.config.mjs gives it an empty set instead).
 */
export function portalWords() {
  return {
    noChatToken: (detail: string) => `no chat token: ${detail}`,
    signInAgain: (detail: string) => `${detail}; reload the page to sign in again`,
    tokenEmpty: 'the token source gave an empty answer',
    tokenUnreachable: 'the token service could not be reached',
    tokenStatus: (status: number, text: string) => `the token service answered ${status} ${text}`.trim(),
    tokenElsewhere: (origin: string) => `the token service sent the request on to another site${origin && ` (${origin})`}`,
    tokenNotJwt: 'the token service answered with something that is not a chat token',
  };
}

export type PortalWords = ReturnType<typeof portalWords>;
