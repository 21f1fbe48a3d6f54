import { createHash, randomBytes } from 'node:crypto';

export type TokenKind = 'session' | 'api_token' | 'invitation';
const PREFIX: Record<TokenKind, string> = { session: 'cps_', api_token: 'cpt_', invitation: 'inv_' };

/** A random opaque token; only its SHA-256 is stored. */
export function newToken(kind: TokenKind): { token: string; hash: Buffer } {
  const token = PREFIX[kind] + randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** Which credential table a bearer token belongs to (invitations are not credentials). */
export function credentialKind(token: string): 'session' | 'api_token' | null {
  if (token.startsWith(PREFIX.session)) return 'session';
  if (token.startsWith(PREFIX.api_token)) return 'api_token';
  return null;
}
