/** The portal's words in Spanish (see ./en.ts). */
import type { PortalWords } from './en.js';

export function portalWords(): PortalWords {
  return {
    noChatToken: (detail: string) => `no hay token de chat: ${detail}`,
    signInAgain: (detail: string) => `${detail}; recarga la página para volver a iniciar sesión`,
    tokenEmpty: 'la fuente del token dio una respuesta vacía',
    tokenUnreachable: 'no se pudo contactar con el servicio de tokens',
    tokenStatus: (status: number, text: string) => `el servicio de tokens respondió ${status} ${text}`.trim(),
    tokenElsewhere: (origin: string) => `el servicio de tokens reenvió la solicitud a otro sitio${origin && ` (${origin})`}`,
    tokenNotJwt: 'el servicio de tokens respondió con algo que no es un token de chat',
  };
}
