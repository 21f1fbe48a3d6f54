import type { PortalRequest } from './request-of';

export const SESSION_COOKIE = 'portal_session';

function header(req: PortalRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/** The bearer token, else the session cookie; graphql-ws connections may pass `authorization` in connectionParams. */
export function extractToken(req: PortalRequest): string | undefined {
  const auth = header(req, 'authorization') ?? (req.connectionParams?.authorization as string | undefined);
  if (auth) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth);
    return m?.[1];
  }
  return cookieValue(header(req, 'cookie'), SESSION_COOKIE);
}
